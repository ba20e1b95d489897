package io.jenkins.plugins.argoworkflow;

import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateDir;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateRecorder;
import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A workflow fixture run on the engine's scripted runtime and recorded into a state directory by the ui
 * module's StateRecorder, as a build records its run in {@code <build dir>/argo/}.
 */
final class RecordedRun implements AutoCloseable {

    private final StateRecorder recorder;
    private final WorkflowRun run;
    private final StateDir dir;

    private RecordedRun(StateRecorder recorder, WorkflowRun run, Path stateDir) {
        this.recorder = recorder;
        this.run = run;
        this.dir = new StateDir(stateDir);
    }

    static RecordedRun start(String fixture, ScriptedRuntime runtime, Path stateDir) throws IOException {
        CheckedWorkflow input = CheckedWorkflow.of(fixture, Fixtures.text(fixture));
        String name = input.workflow().metadata().name();
        StateRecorder recorder = new StateRecorder(stateDir, name, io.jenkins.plugins.argoworkflow.engine.schedule
                .RunListener.NONE);
        WorkflowRun run = WorkflowRun.start(input.workflow(), input.store(), runtime,
                new RunOptions(name, Clock.systemUTC(), recorder));
        recorder.attach(run::statusJson);
        return new RecordedRun(recorder, run, stateDir);
    }

    WorkflowRun run() {
        return run;
    }

    WorkflowStatus awaitEnd() throws Exception {
        WorkflowStatus status = run.completion().get(30, TimeUnit.SECONDS);
        recorder.close();
        return status;
    }

    /** Waits until status.json shows a node {@code wanted} accepts; returns it. */
    RunSnapshot.Node awaitRecordedNode(Predicate<RunSnapshot.Node> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Optional<RunSnapshot.Node> node = recordedNode(wanted);
            if (node.isPresent()) {
                return node.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("status.json showed no such node within 30 s");
            }
            Thread.sleep(20);
        }
    }

    Optional<RunSnapshot.Node> recordedNode(Predicate<RunSnapshot.Node> wanted) {
        try {
            return dir.read().flatMap(s -> s.run().nodes().stream().filter(wanted).findFirst());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        recorder.close();
        run.close();
    }
}
