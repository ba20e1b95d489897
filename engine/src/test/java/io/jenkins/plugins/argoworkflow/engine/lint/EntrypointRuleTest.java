package io.jenkins.plugins.argoworkflow.engine.lint;

import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertError;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertNoErrors;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertWarning;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.lint;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.store;

import org.junit.jupiter.api.Test;

class EntrypointRuleTest {

    @Test
    void workflowWithoutEntrypointIsReportedAtItsSpec() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  templates:
                  - name: main
                    container: {image: alpine, command: [echo]}
                """);
        assertError(d, 5, 3, "spec.entrypoint is required", "templates are: main");
    }

    @Test
    void entrypointNamingNoTemplateIsReportedAtItsValueWithTheTemplateNames() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: mian
                  templates:
                  - name: main
                    container: {image: alpine, command: [echo]}
                  - name: other
                    container: {image: alpine, command: [echo]}
                """);
        assertError(d, 5, 15, "template 'mian' undefined", "templates are: main, other");
    }

    @Test
    void workflowTemplateNeedsNoEntrypoint() {
        assertNoErrors(lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  templates:
                  - name: main
                    container: {image: alpine, command: [echo]}
                """));
    }

    @Test
    void workflowTemplateRefTakesTheEntrypointFromTheStore() {
        var store = store("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    container: {image: alpine, command: [echo]}
                """);
        assertNoErrors(lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  workflowTemplateRef: {name: lib}
                """, store));
    }

    @Test
    void workflowTemplateRefMissingFromTheStoreIsAWarningAtItsName() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  workflowTemplateRef:
                    name: nowhere
                """);
        assertNoErrors(d);
        assertWarning(d, 6, 11, "WorkflowTemplate 'nowhere' is not among the loaded templates");
    }

    @Test
    void entrypointInputsMustBeSuppliedBySpecArguments() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    inputs:
                      parameters:
                      - name: message
                    container: {image: alpine, command: [echo]}
                """);
        assertError(d, 5, 15, "inputs.parameters.message was not supplied", "spec.arguments.parameters");
    }
}
