package io.jenkins.plugins.argoworkflow.engine.lint;

import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertError;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertNoErrors;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.lint;

import org.junit.jupiter.api.Test;

class VariableRulesTest {

    private static final String LEAF = """
              - name: leaf
                inputs:
                  parameters: [{name: msg, default: x}]
                outputs:
                  parameters:
                  - name: out
                    valueFrom: {path: /tmp/out}
                container: {image: alpine, command: [echo]}
            """;

    private static String workflow(String kind, String templates) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: %s
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  arguments:
                    parameters: [{name: who, value: world}]
                  templates:
                """.formatted(kind) + templates + LEAF;
    }

    @Test
    void undeclaredInputParameterIsReportedAtItsText() {
        var d = lint(workflow("Workflow", """
                  - name: main
                    inputs:
                      parameters: [{name: message, default: hi}]
                    container:
                      image: alpine
                      command: [echo, "{{inputs.parameters.mesage}}"]
                """));
        assertError(d, 14, 23, "failed to resolve {{inputs.parameters.mesage}}", "declares no such input");
    }

    @Test
    void stepSeesStepsOfEarlierGroupsButNotOfItsOwn() {
        var d = lint(workflow("Workflow", """
                  - name: main
                    steps:
                    - - name: a
                        template: leaf
                      - name: b
                        template: leaf
                        arguments:
                          parameters: [{name: msg, value: "{{steps.a.outputs.parameters.out}}"}]
                    - - name: c
                        template: leaf
                        arguments:
                          parameters: [{name: msg, value: "{{steps.a.outputs.parameters.out}}"}]
                """));
        assertError(d, 16, 43, "failed to resolve {{steps.a.outputs.parameters.out}}", "earlier groups only");
        org.assertj.core.api.Assertions.assertThat(d).filteredOn(x -> x.isError()).hasSize(1);
    }

    @Test
    void taskSeesOnlyTheTasksItDependsOnTransitively() {
        var d = lint(workflow("Workflow", """
                  - name: main
                    dag:
                      tasks:
                      - {name: a, template: leaf}
                      - {name: b, template: leaf, depends: a}
                      - name: c
                        template: leaf
                        depends: b
                        arguments:
                          parameters: [{name: msg, value: "{{tasks.a.outputs.parameters.out}}"}]
                      - name: d
                        template: leaf
                        arguments:
                          parameters: [{name: msg, value: "{{tasks.a.outputs.parameters.out}}"}]
                """));
        assertError(d, 22, 43, "templates.main.tasks.d: failed to resolve {{tasks.a.outputs.parameters.out}}",
                "add 'a' to its depends");
        org.assertj.core.api.Assertions.assertThat(d).filteredOn(x -> x.isError()).hasSize(1);
    }

    @Test
    void aTaskOfALayeredDagSeesEveryAncestorHoweverFarAndNoTaskBesideIt() {
        // 30 layers of 5, each task depending on two of the layer before, listed last layer first; the last
        // layer reads the first (its ancestors) and one task also reads a task of its own layer (not one).
        StringBuilder tasks = new StringBuilder("  - name: main\n    dag:\n      tasks:\n");
        for (int layer = 29; layer >= 0; layer--) {
            for (int i = 0; i < 5; i++) {
                tasks.append("      - {name: l").append(layer).append("-").append(i).append(", template: leaf");
                if (layer > 0) {
                    tasks.append(", dependencies: [l").append(layer - 1).append("-").append(i).append(", l")
                            .append(layer - 1).append("-").append((i + 1) % 5).append("]");
                }
                if (layer == 29) {
                    String read = i == 4 ? "l29-0" : "l0-" + (4 - i);
                    tasks.append(", arguments: {parameters: [{name: msg, value: \"{{tasks.").append(read)
                            .append(".outputs.parameters.out}}\"}]}");
                }
                tasks.append("}\n");
            }
        }
        var d = lint(workflow("Workflow", tasks.toString()));
        assertError(d, 16, 113, "templates.main.tasks.l29-4: failed to resolve {{tasks.l29-0.outputs.parameters.out}}");
        org.assertj.core.api.Assertions.assertThat(d).filteredOn(x -> x.isError()).hasSize(1);
    }

    @Test
    void itemIsOnlyDefinedInsideALoop() {
        var d = lint(workflow("Workflow", """
                  - name: main
                    steps:
                    - - name: loop
                        template: leaf
                        withItems: [{k: 1}]
                        arguments:
                          parameters: [{name: msg, value: "{{item.k}} {{item.z}}"}]
                    - - name: after
                        template: leaf
                        arguments:
                          parameters: [{name: msg, value: "{{item}}"}]
                """));
        assertError(d, 15, 43, "failed to resolve {{item.z}}", "withItems");
        assertError(d, 19, 43, "failed to resolve {{item}}");
    }

    @Test
    void workflowParametersMustBeDeclaredInAWorkflowButNotInAWorkflowTemplate() {
        String templates = """
                  - name: main
                    container:
                      image: alpine
                      command: [echo, "{{workflow.parameters.who}} {{workflow.parameters.other}}"]
                """;
        var d = lint(workflow("Workflow", templates));
        assertError(d, 12, 23, "failed to resolve {{workflow.parameters.other}}", "parameters are: who");
        assertNoErrors(lint(workflow("WorkflowTemplate", templates)));
    }

    @Test
    void expressionTagsAndUnknownRootsAreNotScopeChecked() {
        assertNoErrors(lint(workflow("Workflow", """
                  - name: main
                    container:
                      image: alpine
                      command: [echo, "{{= inputs.parameters.nope }}", "{{custom.thing}}", "{{workflow.name}}"]
                """)));
    }

    @Test
    void exitHandlerMaySeeItsOwnStepAndWorkflowFailures() {
        assertNoErrors(lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  onExit: notify
                  templates:
                  - name: main
                    steps:
                    - - name: a
                        template: leaf
                        onExit: notify
                        hooks:
                          exit:
                            template: leaf
                            arguments:
                              parameters: [{name: msg, value: "{{steps.a.outputs.parameters.out}}"}]
                  - name: notify
                    container: {image: alpine, command: [echo, "{{workflow.status}} {{workflow.failures}}"]}
                """ + LEAF));
    }
}
