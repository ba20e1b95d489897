package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.id;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StepsSchedulingTest {

    private static final String TWO_GROUPS = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {generateName: steps-}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - name: a
                    template: say
                    arguments: {parameters: [{name: msg, value: one}]}
                - - name: b1
                    template: say
                  - name: b2
                    template: fail
                    CONTINUE
                - - name: c
                    template: say
              - name: say
                inputs: {parameters: [{name: msg, default: hi}]}
                container: {image: alpine, command: [echo]}
              - name: fail
                container: {image: alpine, command: ["false"]}
            """;

    private static String workflow(String continueOn) {
        return TWO_GROUPS.replace("CONTINUE", continueOn);
    }

    @Test
    void groupsRunInOrderAndNodesCarryArgosNamesAndLinks() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(workflow(""), runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(status.message()).isNull();
        assertThat(runtime.launched()).extracting(LeafRequest::nodeName)
                .containsExactly("wf[0].a", "wf[1].b1", "wf[1].b2", "wf[2].c");
        NodeStatus root = node(status, "wf");
        assertThat(root.type()).isEqualTo(NodeType.STEPS);
        assertThat(root.id()).isEqualTo("wf");
        assertThat(root.children()).containsExactly(id("wf[0]"));
        NodeStatus group0 = node(status, "wf[0]");
        assertThat(group0.type()).isEqualTo(NodeType.STEP_GROUP);
        assertThat(group0.displayName()).isEqualTo("[0]");
        assertThat(group0.boundaryId()).isEqualTo("wf");
        assertThat(group0.children()).containsExactly(id("wf[0].a"));
        assertThat(node(status, "wf[0].a").children()).as("the next group hangs under the step").containsExactly(id("wf[1]"));
        assertThat(node(status, "wf[1].b1").children()).containsExactly(id("wf[2]"));
        assertThat(node(status, "wf[1].b2").children()).containsExactly(id("wf[2]"));
        NodeStatus a = node(status, "wf[0].a");
        assertThat(a.displayName()).isEqualTo("a");
        assertThat(a.templateName()).isEqualTo("say");
        assertThat(a.templateScope()).isEqualTo("local/wf");
        assertThat(a.inputs().parameters()).extracting(p -> p.name() + "=" + p.value()).containsExactly("msg=one");
        assertThat(node(status, "wf[1].b1").inputs().parameters()).extracting(p -> p.value()).containsExactly("hi");
        assertThat(root.outboundNodes()).containsExactly(id("wf[2].c"));
        assertThat(runtime.launched().get(0).podName()).isEqualTo("wf-say-" + id("wf[0].a").substring(3));
    }

    @Test
    void aFailedStepFailsItsGroupAndTheStepsNodeAndNoLaterGroupStarts() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("fail", Outcome.exit(1));
        WorkflowStatus status = run(workflow(""), runtime);

        String failed = id("wf[1].b2");
        assertThat(node(status, "wf[1].b2").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf[1].b2").message()).isEqualTo("main: Error (exit code 1)");
        assertThat(node(status, "wf[1]").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf[1]").message()).isEqualTo("child '" + failed + "' failed");
        assertThat(node(status, "wf").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(status.message()).isEqualTo("child '" + failed + "' failed");
        assertThat(status.nodeByName("wf[2]")).isEmpty();
        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).doesNotContain("wf[2].c");
    }

    @Test
    void anErroredStepAlsoFailsTheGroup() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("fail", Outcome.error("pod deleted"));
        WorkflowStatus status = run(workflow(""), runtime);

        assertThat(node(status, "wf[1].b2").phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node(status, "wf[1]").phase()).as("a group always rolls up as Failed").isEqualTo(NodePhase.FAILED);
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
    }

    @Test
    void continueOnLetsTheGroupSucceedWhileTheStepKeepsItsPhase() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("fail", Outcome.exit(2));
        WorkflowStatus status = run(workflow("continueOn: {failed: true}"), runtime);

        assertThat(node(status, "wf[1].b2").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf[1]").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "wf[2].c").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void continueOnFailedDoesNotCoverAnError() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("fail", Outcome.error("pod deleted"));
        WorkflowStatus status = run(workflow("continueOn: {failed: true}"), runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
    }

    @Test
    void aSingleLeafAtTheRootEndsTheWorkflowWithItsMessage() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("main", Outcome.exit(3));
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    container: {image: alpine, command: [sh, -c, "exit 3"]}
                """, runtime);

        assertThat(node(status, "wf").type()).isEqualTo(NodeType.POD);
        assertThat(runtime.launched().get(0).podName()).as("a pod at the root is named after the workflow").isEqualTo("wf");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(status.message()).isEqualTo("main: Error (exit code 3)");
    }

    @Test
    void anInvalidSpecFailsTheWorkflowWithoutRunningAnything() {
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
                    - - name: a
                        template: nope
                """, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(status.message()).startsWith("invalid spec: ").contains("'nope'");
        assertThat(status.nodes()).isEmpty();
        assertThat(runtime.launched()).isEmpty();
    }

    @Test
    void aWorkflowItsCallerAlreadyLintedIsNotLintedAgain() throws Exception {
        // A task name that begins with a digit is a lint error only: the scheduler can run it. Run without the
        // option it fails as invalid; with it, lint is skipped and the DAG runs.
        Workflow workflow = RunFixtures.workflow("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: 1a, template: ok}
                      - {name: b, template: ok, dependencies: [1a]}
                  - name: ok
                    container: {image: alpine, command: ["true"]}
                """);
        RunOptions options = new RunOptions("wf", RunFixtures.CLOCK, RunListener.NONE);
        try (WorkflowRun run = WorkflowRun.start(workflow, new TemplateStore(), new ScriptedRuntime(), options)) {
            WorkflowStatus status = run.completion().get(60, TimeUnit.SECONDS);
            assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
            assertThat(status.message()).startsWith("invalid spec: ").contains("cannot begin with a digit");
        }
        ScriptedRuntime runtime = new ScriptedRuntime();
        try (WorkflowRun run = WorkflowRun.start(workflow, new TemplateStore(), runtime, options.withAlreadyLinted())) {
            assertThat(run.completion().get(60, TimeUnit.SECONDS).phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
            assertThat(runtime.launched()).hasSize(2);
        }
        assertThat(options.withAlreadyLinted().withName("x").alreadyLinted()).isTrue();
    }
}
