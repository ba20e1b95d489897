package io.jenkins.plugins.argoworkflow.engine.lint;

import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertError;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertNoErrors;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.lint;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.store;

import org.junit.jupiter.api.Test;

class ReferenceRulesTest {

    private static final String LIBRARY = """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata: {name: lib}
            spec:
              templates:
              - name: say
                inputs:
                  parameters:
                  - name: msg
                container: {image: alpine, command: [echo]}
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: ClusterWorkflowTemplate
            metadata: {name: lib}
            spec:
              templates:
              - name: cluster-say
                container: {image: alpine, command: [echo]}
            """;

    @Test
    void undefinedStepTemplateIsReportedAtTheTemplateValue() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: hello
                        template: whalesay
                  - name: print-message
                    container: {image: alpine, command: [echo]}
                """);
        assertError(d, 10, 19, "templates.main.steps[0].hello template name 'whalesay' undefined",
                "templates are: main, print-message");
    }

    @Test
    void undefinedTaskTemplateAndExitHandlersAreReportedAtTheirValues() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  onExit: cleanup
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - name: a
                        template: nope
                        onExit: gone
                """);
        assertError(d, 6, 11, "spec.onExit template name 'cleanup' undefined");
        assertError(d, 12, 19, "templates.main.tasks.a template name 'nope' undefined");
        assertError(d, 13, 17, "templates.main.tasks.a.onExit template name 'gone' undefined");
    }

    @Test
    void templateRefResolvesThroughTheStoreInTheScopeItNames() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: a
                        templateRef: {name: lib, template: say}
                        arguments:
                          parameters: [{name: msg, value: hi}]
                      - name: b
                        templateRef: {name: lib, template: cluster-say, clusterScope: true}
                      - name: c
                        templateRef:
                          name: lib
                          template: cluster-say
                """, store(LIBRARY));
        assertError(d, 18, 21, "template reference lib.cluster-say not found", "templates of lib are: say");
        org.assertj.core.api.Assertions.assertThat(d).filteredOn(x -> x.isError()).hasSize(1);
    }

    @Test
    void callThroughTemplateRefMustSupplyTheInputsOfTheReferencedTemplate() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: a
                        templateRef: {name: lib, template: say}
                """, store(LIBRARY));
        assertError(d, 9, 9, "templates.main.steps[0].a templates.say inputs.parameters.msg was not supplied");
    }

    @Test
    void hookOtherThanExitNeedsAnExpressionAndAnExistingTemplate() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  hooks:
                    running:
                      template: main
                    exit:
                      template: notify
                  templates:
                  - name: main
                    container: {image: alpine, command: [echo]}
                """);
        assertError(d, 8, 7, "hooks.running Expression required");
        assertError(d, 10, 17, "spec.hooks.exit template name 'notify' undefined");
    }

    @Test
    void inlineTemplatesNeedNoName() {
        assertNoErrors(lint("""
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
                        inline:
                          container: {image: alpine, command: [echo]}
                """));
    }
}
