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
}
