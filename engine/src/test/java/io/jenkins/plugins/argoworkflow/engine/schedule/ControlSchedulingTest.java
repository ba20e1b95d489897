package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Suspend and resume, spec.suspend, stop and terminate: runs steered from outside while they go on. */
class ControlSchedulingTest {

    private static final String STEPS = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: wf}
            spec:
              entrypoint: main
              SUSPEND
              templates:
              - name: main
                steps:
                - - {name: first, template: FIRST}
                - - {name: second, template: work}
              - name: work
                container: {image: alpine, command: ["true"]}
              - name: wait
                suspend: {}
              - name: wait-a-second
                suspend: {duration: "1"}
            """;

    private final ScriptedRuntime runtime = new ScriptedRuntime();
    private WorkflowRun run;

    private static String steps(String first, boolean suspendSpec) {
        return STEPS.replace("FIRST", first).replace("SUSPEND", suspendSpec ? "suspend: true" : "");
    }

    /** Starts a run and returns a future that completes when a node named {@code name} reaches {@code phase}. */
    private CompletableFuture<NodeStatus> start(String yaml, String name, NodePhase phase) {
        CompletableFuture<NodeStatus> reached = new CompletableFuture<>();
        RunListener listener = new RunListener() {
            @Override
            public void nodeChanged(NodeStatus n) {
                if (n.name().equals(name) && n.phase() == phase) {
                    reached.complete(n);
                }
            }
        };
        run = WorkflowRun.start(workflow(yaml), new TemplateStore(), runtime,
                new RunOptions("wf", Clock.systemUTC(), listener));
        return reached;
    }

    private WorkflowStatus finished() throws Exception {
        return run.completion().get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void closeRun() {
        if (run != null) {
            run.close();
        }
        runtime.close();
    }

    @Test
    void aSuspendNodeWaitsUntilResumed() throws Exception {
        NodeStatus waiting = start(steps("wait", false), "wf[0].first", NodePhase.RUNNING).get(30, TimeUnit.SECONDS);
        assertThat(waiting.type()).isEqualTo(NodeType.SUSPEND);
        assertThat(run.completion()).isNotDone();
        assertThat(runtime.launched()).isEmpty();

        assertThat(run.resume("first").get(30, TimeUnit.SECONDS)).isEqualTo(1);

        WorkflowStatus status = finished();
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(status, "wf[0].first").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).containsExactly("wf[1].second");
    }

    @Test
    void aSuspendWithADurationEndsByItself() throws Exception {
        start(steps("wait-a-second", false), "wf", NodePhase.SUCCEEDED);
        assertThat(finished().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void specSuspendHoldsTheWholeWorkflowUntilResumed() throws Exception {
        CompletableFuture<NodeStatus> done = start(steps("work", true), "wf", NodePhase.SUCCEEDED);
        assertThat(new ObjectMapper().readTree(run.statusJson()).get("nodes").size()).as("nothing has started").isZero();
        assertThat(runtime.launched()).isEmpty();

        assertThat(run.resume(null).get(30, TimeUnit.SECONDS)).isZero();

        done.get(30, TimeUnit.SECONDS);
        assertThat(finished().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(runtime.launched()).hasSize(2);
    }

    @Test
    void stopEndsRunningNodesAndStartsNothingNew() throws Exception {
        runtime.onTemplate("work", Outcome.succeed().after(Duration.ofMinutes(10)));
        start(steps("work", false), "wf[0].first", NodePhase.RUNNING).get(30, TimeUnit.SECONDS);

        run.stop();

        WorkflowStatus status = finished();
        assertThat(node(status, "wf[0].first").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf[0].first").message()).isEqualTo("workflow shutdown with strategy:  Stop");
        assertThat(status.nodeByName("wf[1]")).isEmpty();
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(status.message()).isEqualTo("Stopped with strategy 'Stop'");
    }

    @Test
    void terminateEndsAWaitingSuspendNode() throws Exception {
        start(steps("wait", false), "wf[0].first", NodePhase.RUNNING).get(30, TimeUnit.SECONDS);

        run.terminate();

        WorkflowStatus status = finished();
        assertThat(node(status, "wf[0].first").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf[0].first").message()).isEqualTo("Stopped with strategy 'Terminate'");
        assertThat(status.message()).isEqualTo("Stopped with strategy 'Terminate'");
        assertThat(runtime.launched()).isEmpty();
    }

    @Test
    void stoppingADagRunsNoFurtherTasks() throws Exception {
        runtime.onTemplate("slow", Outcome.succeed().after(Duration.ofMinutes(10)));
        start("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: a, template: slow}
                      - {name: b, template: slow, dependencies: [a]}
                      - {name: c, template: slow, dependencies: [b]}
                  - name: slow
                    container: {image: alpine, command: ["true"]}
                """, "wf.a", NodePhase.RUNNING).get(30, TimeUnit.SECONDS);

        run.stop();

        WorkflowStatus status = finished();
        assertThat(node(status, "wf").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(status.nodeByName("wf.b")).isEmpty();
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).containsExactly("wf.a");
    }
}
