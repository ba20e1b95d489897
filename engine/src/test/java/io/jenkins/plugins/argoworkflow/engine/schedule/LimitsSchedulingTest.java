package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.id;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.runLive;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ForwardingNodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Parallelism limits and deadlines. */
class LimitsSchedulingTest {

    /** Wraps a runtime and records the most nodes it ran at once. */
    private static final class ConcurrencyProbe implements NodeRuntime {
        private final ScriptedRuntime delegate;
        private final AtomicInteger active = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();

        ConcurrencyProbe(ScriptedRuntime delegate) {
            this.delegate = delegate;
        }

        @Override
        public void launch(LeafRequest request, NodeListener listener) {
            most.accumulateAndGet(active.incrementAndGet(), Math::max);
            delegate.launch(request, new ForwardingNodeListener(listener) {
                @Override
                public void finished(String nodeId, LeafResult result) {
                    active.decrementAndGet();
                    super.finished(nodeId, result);
                }
            });
        }

        @Override
        public void stop(String nodeId, StopReason reason) {
            delegate.stop(nodeId, reason);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }


    private static String fanOut(String specLimit, String templateLimit) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  SPEC
                  templates:
                  - name: main
                    TEMPLATE
                    steps:
                    - - {name: each, template: work, withSequence: {count: "6"}}
                  - name: work
                    container: {image: alpine, command: ["true"]}
                """.replace("SPEC", specLimit).replace("TEMPLATE", templateLimit);
    }

    @Test
    void workflowParallelismCapsRunningPods() throws Exception {
        try (ConcurrencyProbe probe = new ConcurrencyProbe(new ScriptedRuntime()
                .onTemplate("work", Outcome.succeed().after(Duration.ofMillis(30))))) {
            WorkflowStatus status = runLive(fanOut("parallelism: 2", ""), probe);
            assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
            assertThat(probe.most.get()).isEqualTo(2);
        }
    }

    @Test
    void templateParallelismCapsItsChildren() throws Exception {
        try (ConcurrencyProbe probe = new ConcurrencyProbe(new ScriptedRuntime()
                .onTemplate("work", Outcome.succeed().after(Duration.ofMillis(30))))) {
            WorkflowStatus status = runLive(fanOut("", "parallelism: 3"), probe);
            assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
            assertThat(probe.most.get()).isEqualTo(3);
            assertThat(node(status, "wf[0]").children()).as("children keep their planned order")
                    .containsExactly(id("wf[0].each(0:0)"), id("wf[0].each(1:1)"), id("wf[0].each(2:2)"),
                            id("wf[0].each(3:3)"), id("wf[0].each(4:4)"), id("wf[0].each(5:5)"));
        }
    }

    @Test
    void aDagWithParallelismOneRunsItsTasksOneAtATime() throws Exception {
        try (ConcurrencyProbe probe = new ConcurrencyProbe(new ScriptedRuntime()
                .onTemplate("work", Outcome.succeed().after(Duration.ofMillis(20))))) {
            WorkflowStatus status = runLive("""
                    apiVersion: argoproj.io/v1alpha1
                    kind: Workflow
                    metadata: {name: wf}
                    spec:
                      entrypoint: main
                      templates:
                      - name: main
                        parallelism: 1
                        dag:
                          tasks:
                          - {name: a, template: work}
                          - {name: b, template: work}
                          - {name: c, template: work}
                      - name: work
                        container: {image: alpine, command: ["true"]}
                    """, probe);
            assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
            assertThat(probe.most.get()).isEqualTo(1);
        }
    }

    @Test
    void aTemplateTimeoutStopsItsNodeWithThePodDeadlineMessage() throws Exception {
        try (ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("slow", Outcome.succeed().after(Duration.ofMinutes(10)))) {
            WorkflowStatus status = runLive("""
                    apiVersion: argoproj.io/v1alpha1
                    kind: Workflow
                    metadata: {name: wf}
                    spec:
                      entrypoint: main
                      templates:
                      - name: main
                        steps:
                        - - {name: s, template: slow}
                      - name: slow
                        timeout: "1s"
                        container: {image: alpine, command: [sleep, "600"]}
                    """, runtime);
            assertThat(node(status, "wf[0].s").phase()).isEqualTo(NodePhase.FAILED);
            assertThat(node(status, "wf[0].s").message())
                    .isEqualTo("Pod was active on the node longer than the specified deadline");
            assertThat(runtime.launched().get(0).timeout()).isEqualTo(Duration.ofSeconds(1));
            assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        }
    }

    @Test
    void theWorkflowDeadlineStopsRunningNodesButNotTheExitHandler() throws Exception {
        try (ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("slow", Outcome.succeed().after(Duration.ofMinutes(10)))) {
            WorkflowStatus status = runLive("""
                    apiVersion: argoproj.io/v1alpha1
                    kind: Workflow
                    metadata: {name: wf}
                    spec:
                      entrypoint: main
                      activeDeadlineSeconds: 1
                      onExit: cleanup
                      templates:
                      - name: main
                        steps:
                        - - {name: s, template: slow}
                        - - {name: t, template: slow}
                      - name: slow
                        container: {image: alpine, command: [sleep, "600"]}
                      - name: cleanup
                        container: {image: alpine, command: ["true"]}
                    """, runtime);
            assertThat(node(status, "wf[0].s").message()).isEqualTo("Step exceeded its deadline");
            assertThat(node(status, "wf.onExit").phase()).isEqualTo(NodePhase.SUCCEEDED);
            assertThat(status.nodeByName("wf[1]")).isEmpty();
            assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
            assertThat(status.message()).isEqualTo("child '" + id("wf[0].s") + "' failed");
        }
    }
}
