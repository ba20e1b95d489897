package io.jenkins.plugins.argoworkflow.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.NodeNames;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/** Runs workflow text to the end with a given runtime, for scheduling tests. */
final class RunFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private RunFixtures() {
    }

    static Workflow workflow(String yaml) {
        LoadedFile file = new WorkflowLoader().load("wf.yaml", yaml);
        assertThat(file.diagnostics()).as("the fixture loads").noneMatch(d -> d.isError());
        return (Workflow) file.documents().get(0);
    }

    static WorkflowStatus run(String yaml, NodeRuntime runtime) {
        return run(workflow(yaml), new TemplateStore(), runtime);
    }

    static WorkflowStatus run(Workflow workflow, TemplateStore store, NodeRuntime runtime) {
        return run(workflow, store, runtime, RunListener.NONE);
    }

    /** Runs workflow text to the end on the fixed clock, telling {@code listener} as it goes. */
    static WorkflowStatus run(String yaml, NodeRuntime runtime, RunListener listener) {
        return run(workflow(yaml), new TemplateStore(), runtime, listener);
    }

    private static WorkflowStatus run(Workflow workflow, TemplateStore store, NodeRuntime runtime,
            RunListener listener) {
        try (WorkflowRun run = WorkflowRun.start(workflow, store, runtime,
                new RunOptions("wf", CLOCK, listener))) {
            return run.completion().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the run did not complete", e);
        }
    }

    /**
     * Runs workflow text to the end on the real clock (for timers: delays, backoffs, deadlines) and closes
     * the runtime afterwards.
     */
    static WorkflowStatus runLive(String yaml, NodeRuntime runtime) throws Exception {
        try (runtime; WorkflowRun run = WorkflowRun.start(workflow(yaml), new TemplateStore(), runtime,
                new RunOptions("wf", Clock.systemUTC(), RunListener.NONE))) {
            return run.completion().get(30, TimeUnit.SECONDS);
        }
    }

    static NodeStatus node(WorkflowStatus status, String name) {
        return status.nodeByName(name).orElseThrow(() -> new AssertionError("no node " + name + "; nodes: "
                + status.nodes().stream().map(NodeStatus::name).toList()));
    }

    static String id(String name) {
        return NodeNames.nodeId("wf", name);
    }
}
