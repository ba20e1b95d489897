package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.id;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.run;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExitHandlerSchedulingTest {

    private static final String WORKFLOW_ON_EXIT = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: wf}
            spec:
              entrypoint: main
              onExit: cleanup
              templates:
              - name: main
                steps:
                - - {name: a, template: work}
              - name: work
                container: {image: alpine, command: ["true"]}
              - name: cleanup
                container: {image: alpine, command: ["true"]}
            """;

    @Test
    void theWorkflowsExitHandlerRunsAfterTheRootWithNoBoundary() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(WORKFLOW_ON_EXIT, runtime);

        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).containsExactly("wf[0].a", "wf.onExit");
        NodeStatus exit = node(status, "wf.onExit");
        assertThat(exit.boundaryId()).isNull();
        assertThat(exit.displayName()).isEqualTo("wf.onExit");
        assertThat(exit.hooked()).isTrue();
        assertThat(status.nodes()).filteredOn(n -> n.children().contains(exit.id())).as("under no node").isEmpty();
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void theExitHandlerRunsWhenTheWorkflowFailsAndKeepsTheRootsMessage() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("work", Outcome.exit(1));
        WorkflowStatus status = run(WORKFLOW_ON_EXIT, runtime);

        assertThat(node(status, "wf.onExit").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(status.message()).isEqualTo("child '" + id("wf[0].a") + "' failed");
    }

    @Test
    void aFailingExitHandlerFailsASucceededWorkflowWithItsMessage() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("cleanup", Outcome.exit(4));
        WorkflowStatus status = run(WORKFLOW_ON_EXIT, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(status.message()).isEqualTo("main: Error (exit code 4)");
    }

    @Test
    void aStepsExitHandlerRunsBeforeTheNextGroup() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: a, template: work, onExit: cleanup}
                    - - {name: b, template: work}
                  - name: work
                    container: {image: alpine, command: ["true"]}
                  - name: cleanup
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        assertThat(runtime.launched()).extracting(LeafRequest::nodeName)
                .containsExactly("wf[0].a", "wf[0].a.onExit", "wf[1].b");
        NodeStatus exit = node(status, "wf[0].a.onExit");
        assertThat(exit.displayName()).isEqualTo("a.onExit");
        assertThat(exit.boundaryId()).isEqualTo("wf");
        assertThat(node(status, "wf[0].a").children()).containsExactly(exit.id(), id("wf[1]"));
    }

    @Test
    void aTasksExitHookRunsBeforeItsDependents() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - name: a
                        template: work
                        hooks: {exit: {template: cleanup}}
                      - {name: b, template: work, dependencies: [a]}
                  - name: work
                    container: {image: alpine, command: ["true"]}
                  - name: cleanup
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).containsExactly("wf.a", "wf.a.onExit", "wf.b");
        assertThat(node(status, "wf.a.onExit").displayName()).isEqualTo("a.onExit");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void stopRunsTheExitHandlerAndTerminateDoesNot() throws Exception {
        assertThat(stopped(false)).extracting(LeafRequest::nodeName).containsExactly("wf[0].a", "wf.onExit");
        assertThat(stopped(true)).extracting(LeafRequest::nodeName).containsExactly("wf[0].a");
    }

    private static java.util.List<LeafRequest> stopped(boolean terminate) throws Exception {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("work", Outcome.succeed().after(Duration.ofMinutes(10)));
        CompletableFuture<Void> running = new CompletableFuture<>();
        RunListener listener = new RunListener() {
            @Override
            public void nodeChanged(NodeStatus n) {
                if (n.name().equals("wf[0].a") && n.phase() == NodePhase.RUNNING) {
                    running.complete(null);
                }
            }
        };
        try (runtime; WorkflowRun run = WorkflowRun.start(workflow(WORKFLOW_ON_EXIT), new TemplateStore(), runtime,
                new RunOptions("wf", Clock.systemUTC(), listener))) {
            running.get(30, TimeUnit.SECONDS);
            if (terminate) {
                run.terminate();
            } else {
                run.stop();
            }
            assertThat(run.completion().get(30, TimeUnit.SECONDS).phase()).isEqualTo(WorkflowPhase.FAILED);
            return runtime.launched();
        }
    }
}
