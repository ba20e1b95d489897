package io.jenkins.plugins.argoworkflow.engine.lint;

import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertError;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertNoErrors;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.lint;

import org.junit.jupiter.api.Test;

class ArgumentRulesTest {

    private static String workflow(String arguments) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: call
                        template: say
                """ + arguments + """
                  - name: say
                    inputs:
                      parameters:
                      - name: message
                      - name: greeting
                        default: hello
                      artifacts:
                      - name: data
                        path: /tmp/data
                      - name: maybe
                        path: /tmp/maybe
                        optional: true
                    container: {image: alpine, command: [cat, /tmp/data]}
                """;
    }

    @Test
    void inputWithoutValueOrDefaultMustBeSuppliedByTheCall() {
        var d = lint(workflow(""));
        assertError(d, 9, 9, "templates.main.steps[0].call templates.say inputs.parameters.message was not supplied");
        assertError(d, 9, 9, "inputs.artifacts.data was not supplied");
    }

    @Test
    void callSupplyingEveryRequiredInputPasses() {
        assertNoErrors(lint(workflow("""
                        arguments:
                          parameters: [{name: message, value: hi}]
                          artifacts:
                          - name: data
                            raw: {data: hello}
                """)));
    }

    @Test
    void argumentParameterWithoutValueIsReportedAtTheArgument() {
        var d = lint(workflow("""
                        arguments:
                          parameters:
                          - name: message
                          artifacts:
                          - name: data
                            raw: {data: hello}
                """));
        assertError(d, 13, 13, "arguments.parameters.message.value or valueFrom is required");
    }

    @Test
    void entrypointArtifactWithEmptyHttpUrlIsNotSupplied() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    inputs:
                      artifacts:
                      - name: kubectl
                        path: /bin/kubectl
                        http:
                          url: ""
                    container: {image: alpine, command: [kubectl]}
                """);
        assertError(d, 5, 15, "inputs.artifacts.kubectl was not supplied");
    }

    @Test
    void argumentValueOutsideTheParameterEnumIsReported() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  arguments:
                    parameters:
                    - name: colour
                      value: purple
                      enum: [red, green]
                  templates:
                  - name: main
                    container: {image: alpine, command: [echo]}
                """);
        assertError(d, 8, 7, "colour.value should be present in", "enum list", "'purple' is not one of red, green");
    }
}
