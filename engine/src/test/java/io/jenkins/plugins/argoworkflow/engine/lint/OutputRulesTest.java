package io.jenkins.plugins.argoworkflow.engine.lint;

import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertError;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.lint;

import org.junit.jupiter.api.Test;

class OutputRulesTest {

    @Test
    void outputParametersNeedOneSourceThatTheTemplateTypeAllows() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  templates:
                  - name: leaf
                    outputs:
                      parameters:
                      - name: none
                        valueFrom: {}
                      - name: two
                        valueFrom: {path: /tmp/a, jsonPath: "{.a}"}
                      - name: wrong
                        valueFrom: {parameter: "{{steps.x.outputs.result}}"}
                    container: {image: alpine, command: [echo]}
                  - name: main
                    steps:
                    - - {name: x, template: leaf}
                    outputs:
                      parameters:
                      - name: from-file
                        valueFrom: {path: /tmp/a}
                      artifacts:
                      - name: lost
                """);
        assertError(d, 10, 20, "outputs.parameters.none valueFrom type unspecified");
        assertError(d, 12, 20, "outputs.parameters.two multiple valueFrom types specified (path, jsonPath)");
        assertError(d, 14, 20, "outputs.parameters.wrong.path must be specified for container templates");
        assertError(d, 22, 20, "templates.main.outputs.parameters.from-file.parameter or expression must be specified");
        assertError(d, 24, 9, "outputs.artifacts.lost needs 'from' or 'fromExpression'");
    }
}
