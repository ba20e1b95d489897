package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.run;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import org.junit.jupiter.api.Test;

/** Template references, recursion and retry expressions. */
class ReferenceSchedulingTest {

    private static final String LIBRARY = """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata: {name: lib}
            spec:
              entrypoint: pipeline
              arguments: {parameters: [{name: who, value: library}, {name: greeting, value: hi}]}
              templates:
              - name: pipeline
                steps:
                - - {name: greet, template: say}
              - name: say
                container: {image: alpine, command: [echo], args: ["{{workflow.parameters.greeting}} {{workflow.parameters.who}}"]}
            """;

    private static TemplateStore library() {
        return new TemplateStore().addAll(new WorkflowLoader().load("lib.yaml", LIBRARY).documents());
    }

    @Test
    void templateRefRunsTheReferencedTemplateInItsOwnScope() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = RunFixtures.run(workflow("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: call
                        templateRef: {name: lib, template: pipeline}
                """), library(), runtime);

        NodeStatus call = node(status, "wf[0].call");
        assertThat(call.type()).isEqualTo(NodeType.STEPS);
        assertThat(call.templateScope()).isEqualTo("namespaced/lib");
        assertThat(call.templateRef().template()).isEqualTo("pipeline");
        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).containsExactly("wf[0].call[0].greet");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void workflowTemplateRefRunsTheTemplatesSpecWithTheWorkflowsArguments() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = RunFixtures.run(workflow("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  arguments: {parameters: [{name: who, value: caller}]}
                  workflowTemplateRef: {name: lib}
                """), library(), runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(runtime.launched().get(0).template().container().args()).containsExactly("hi caller");
    }

    @Test
    void aMissingWorkflowTemplateEndsTheRunInError() {
        WorkflowStatus status = RunFixtures.run(workflow("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  workflowTemplateRef: {name: lib}
                """), new TemplateStore(), new ScriptedRuntime());

        assertThat(status.phase()).isEqualTo(WorkflowPhase.ERROR);
        assertThat(status.message()).isEqualTo("workflow template 'lib' not found; pass its file with --templates");
    }

    @Test
    void recursionWithoutAPodInBetweenStopsAtArgosDepthLimit() {
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: loop
                  templates:
                  - name: loop
                    steps:
                    - - {name: again, template: loop}
                """, new ScriptedRuntime());

        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        NodeStatus deepest = status.nodes().stream().filter(n -> n.type() == NodeType.SKIPPED).findFirst().orElseThrow();
        assertThat(deepest.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(deepest.message()).startsWith("Maximum recursion depth exceeded.");
    }

    @Test
    void recursionThroughPodsGoesDeeperThanOnePass() {
        // coinflip-recursive: each level waits for a pod, so depth restarts with each event, as in Argo.
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("flip", r -> Outcome.print(
                r.nodeName().split("\\.again").length > 150 ? "heads" : "tails"));
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: coin
                  templates:
                  - name: coin
                    steps:
                    - - {name: flip, template: flip}
                    - - {name: again, template: coin, when: "{{steps.flip.outputs.result}} == tails"}
                  - name: flip
                    container: {image: alpine, command: [echo]}
                """, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(runtime.launched().size()).isGreaterThan(150);
    }

    @Test
    void aRetryExpressionSeesTheLastAttemptAndAttemptsSeeTheirIndex() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("flaky", r -> Outcome.exit(
                r.template().container().args().get(0).equals("2") ? 7 : 1));
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: flaky
                  templates:
                  - name: flaky
                    retryStrategy:
                      limit: 10
                      expression: "asInt(lastRetry.exitCode) == 1"
                    container: {image: alpine, command: [sh, -c], args: ["{{retries}}"]}
                """, runtime);

        assertThat(runtime.launched()).extracting(r -> r.template().container().args().get(0))
                .containsExactly("0", "1", "2");
        assertThat(node(status, "wf").message()).isEqualTo("retryStrategy.expression evaluated to false");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
    }
}
