package io.jenkins.plugins.argoworkflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.MemoryArtifactStore;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateRecorder;
import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import io.jenkins.plugins.argoworkflow.ui.graph.StatusReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** Runs the test workflows through the engine with a scripted runtime, as the dashboard's hosts do. */
public final class UiRuns {

    private UiRuns() {
    }

    /**
     * The runtime of the fixtures: {@code say}/{@code echo} print their argument, {@code fail} exits 3, {@code make}
     * saves each output artifact into the run's store with the text {@code <artifact> of <pod>}, as a runtime's
     * wait container would.
     */
    public static ScriptedRuntime runtime() {
        return new ScriptedRuntime()
                .onTemplate("make", UiRuns::saveOutputArtifacts)
                .onTemplate("say", r -> Outcome.print(r.template().container().command().get(1) + "\n"))
                .onTemplate("echo", r -> Outcome.print(r.template().container().command().get(1) + "\n"))
                .onTemplate("fail", r -> new Outcome(3, "failing\n", java.util.Map.of(), java.time.Duration.ZERO, null));
    }

    private static Outcome saveOutputArtifacts(LeafRequest r) {
        if (r.artifactStore() instanceof MemoryArtifactStore store) {
            for (Artifact a : r.template().outputs().artifacts()) {
                store.put(store.outputKey(r.workflowName(), r.podName(), a),
                        (a.name() + " of " + r.podName()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return Outcome.print("made\n");
    }

    public static String resource(String name) {
        try (InputStream in = UiRuns.class.getResourceAsStream("/workflows/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Workflow workflow(String yaml) {
        LoadedFile file = new WorkflowLoader().load("wf.yaml", yaml);
        assertThat(file.diagnostics()).as("the fixture loads").noneMatch(d -> d.isError());
        return (Workflow) file.documents().get(0);
    }

    /** Runs {@code yaml} to its end and returns its final state as the view reads it. */
    public static RunSnapshot snapshot(String yaml, ScriptedRuntime runtime) {
        Workflow wf = workflow(yaml);
        String name = WorkflowRun.nameOf(wf);
        try (WorkflowRun run = WorkflowRun.start(wf, new TemplateStore(), runtime,
                new RunOptions(name, Clock.systemUTC(), RunListener.NONE))) {
            run.completion().get(60, TimeUnit.SECONDS);
            return StatusReader.readStatus(name, run.statusJson());
        } catch (Exception e) {
            throw new AssertionError("the run did not complete", e);
        }
    }

    /** Runs {@code yaml} to its end, recording it into {@code stateDir}; returns the workflow's name. */
    public static String record(String yaml, ScriptedRuntime runtime, Path stateDir) throws Exception {
        return record(yaml, runtime, stateDir, null);
    }

    /** As {@link #record(String, ScriptedRuntime, Path)}, with {@code artifacts} as the run's artifact store. */
    public static String record(String yaml, ScriptedRuntime runtime, Path stateDir, ArtifactStore artifacts)
            throws Exception {
        Workflow wf = workflow(yaml);
        String name = WorkflowRun.nameOf(wf);
        try (StateRecorder recorder = new StateRecorder(stateDir, name, RunListener.NONE);
                WorkflowRun run = WorkflowRun.start(wf, new TemplateStore(), runtime,
                        new RunOptions(name, Clock.systemUTC(), recorder).withArtifactStore(artifacts))) {
            recorder.attach(run::statusJson);
            run.completion().get(60, TimeUnit.SECONDS);
        }
        return name;
    }
}
