package io.jenkins.plugins.argoworkflow.engine.lint;

import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertError;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertNoErrors;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.lint;

import org.junit.jupiter.api.Test;

class ExpressionRulesTest {

    private static final String HEAD = """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata: {name: lib}
            spec:
              templates:
              - name: leaf
                container: {image: alpine, command: [echo]}
              - name: main
                steps:
                - - name: flip
                    template: leaf
            """;

    @Test
    void whenThatDoesNotParseIsReportedAtTheWhenValue() {
        var d = lint(HEAD + """
                    - - name: heads
                        template: leaf
                        when: "{{steps.flip.outputs.result}} == (heads"
                """);
        assertError(d, 14, 15, "templates.main.steps[1].heads.when", "is not a valid expression");
    }

    @Test
    void whenWithSubstitutedTagsParses() {
        assertNoErrors(lint(HEAD + """
                    - - name: heads
                        template: leaf
                        when: "{{steps.flip.outputs.result}} == heads && '{{steps.flip.status}}' != Failed"
                """));
    }

    @Test
    void expressionTagThatDoesNotParseIsReportedAtItsField() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  templates:
                  - name: leaf
                    container:
                      image: alpine
                      command: [echo]
                      args: ["{{= sprig.upper(workflow.name }}"]
                """);
        assertError(d, 10, 14, "{{= sprig.upper(workflow.name }} is not a valid expression", "expected ')'");
    }

    @Test
    void hookExpressionThatDoesNotParseIsReported() {
        var d = lint(HEAD + """
                        hooks:
                          running:
                            expression: steps.flip.status == 'Running' &&
                            template: leaf
                """);
        assertError(d, 14, 25, "hooks.running.expression", "is not a valid expression");
    }

    @Test
    void expressionTagCallingAnUnknownFunctionIsReported() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  templates:
                  - name: leaf
                    container:
                      image: alpine
                      command: [echo]
                      args: ["{{= toUpper(workflow.name) }}", "{{= sprig.shout(workflow.name) }}"]
                """);
        assertError(d, 10, 14, "{{= toUpper(workflow.name) }} calls an unknown function toUpper()",
                "functions are expr-lang's builtins");
        assertError(d, 10, 47, "{{= sprig.shout(workflow.name) }} calls an unknown function sprig.shout()",
                "Sprig has no function 'shout'");
    }

    @Test
    void hookExpressionCallingAnUnknownFunctionIsReported() {
        var d = lint(HEAD + """
                        hooks:
                          running:
                            expression: "asint(steps.flip.outputs.result) > 1"
                            template: leaf
                """);
        assertError(d, 14, 25, "hooks.running.expression", "calls an unknown function asint(); did you mean asInt()?");
    }

    @Test
    void expressionsUsingArgoAndSprigFunctionsPass() {
        assertNoErrors(lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  templates:
                  - name: leaf
                    inputs:
                      parameters: [{name: x}]
                    container:
                      image: alpine
                      command: [echo]
                      args: ["{{= asInt(inputs.parameters.x) > 5 }}", "{{=sprig.upper(inputs.parameters.x)}}",
                             "{{= filter([1, 2], {# > 1}) | toJson() }}"]
                """));
    }
}
