package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.runLive;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Lifecycle hooks with expressions, on steps, tasks and the workflow. */
class HookSchedulingTest {


    @Test
    void aStepHookRunsWhenItsExpressionBecomesTrueAndTheGroupWaitsForIt() throws Exception {
        ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("work", Outcome.succeed().after(Duration.ofMillis(200)))
                .onTemplate("notify", Outcome.succeed().after(Duration.ofMillis(100)));
        WorkflowStatus status = runLive("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: a
                        template: work
                        hooks:
                          running: {expression: "steps.a.status == 'Running'", template: notify}
                          failed: {expression: "steps.a.status == 'Failed'", template: notify}
                    - - {name: b, template: work}
                  - name: work
                    container: {image: alpine, command: ["true"]}
                  - name: notify
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        NodeStatus hook = node(status, "wf[0].a.hooks.running");
        assertThat(hook.hooked()).isTrue();
        assertThat(hook.displayName()).isEqualTo("a.hooks.running");
        assertThat(hook.phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "wf[0].a").children()).contains(hook.id());
        assertThat(status.nodeByName("wf[0].a.hooks.failed")).as("its expression never held").isEmpty();
        assertThat(runtime.launched()).extracting(LeafRequest::nodeName)
                .containsExactly("wf[0].a", "wf[0].a.hooks.running", "wf[1].b");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void aTasksHookRunsBeforeItsDependents() throws Exception {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = runLive("""
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
                        hooks:
                          done: {expression: "tasks.a.status == 'Succeeded'", template: work}
                      - {name: b, template: work, depends: a}
                  - name: work
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).containsExactly("wf.a", "wf.a.hooks.done", "wf.b");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void aWorkflowHookSeesTheWorkflowsStatus() throws Exception {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("work", Outcome.exit(1));
        WorkflowStatus status = runLive("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  hooks:
                    on-failure: {expression: "workflow.status == 'Failed'", template: alert}
                  templates:
                  - name: main
                    steps:
                    - - {name: a, template: work}
                  - name: work
                    container: {image: alpine, command: ["false"]}
                  - name: alert
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        NodeStatus hook = node(status, "wf.hooks.on-failure");
        assertThat(hook.phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "wf").children()).contains(hook.id());
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
    }
}
