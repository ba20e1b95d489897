package io.jenkins.plugins.argoworkflow.engine.lint;

import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertError;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertNoErrors;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.lint;

import org.junit.jupiter.api.Test;

class DagRulesTest {

    /** A WorkflowTemplate whose template 'main' is a DAG with the given tasks (indented for 'tasks:'). */
    private static String dag(String tasks) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  templates:
                  - name: leaf
                    container: {image: alpine, command: [echo]}
                  - name: main
                    dag:
                      tasks:
                """ + tasks;
    }

    @Test
    void unknownDependencyIsReportedAtTheDependsValue() {
        var d = lint(dag("""
                      - name: a
                        template: leaf
                      - name: b
                        depends: a && c
                        template: leaf
                """));
        assertError(d, 14, 18, "templates.main.tasks.b dependency 'c' not defined", "tasks of main are: a, b");
    }

    @Test
    void cycleIsReportedWithItsPath() {
        var d = lint(dag("""
                      - name: a
                        dependencies: [c]
                        template: leaf
                      - name: b
                        dependencies: [a]
                        template: leaf
                      - name: c
                        dependencies: [b]
                        template: leaf
                """));
        assertError(d, 12, 23, "dependency cycle detected: a->c->b->a");
    }

    @Test
    void dependsAndDependenciesCannotBeMixedInOneDag() {
        var d = lint(dag("""
                      - name: a
                        template: leaf
                      - name: b
                        depends: a
                        template: leaf
                      - name: c
                        dependencies: [a]
                        template: leaf
                """));
        assertError(d, 17, 23, "cannot use both 'depends' and 'dependencies'", "depends: \"a\"");
    }

    @Test
    void targetNamingNoTaskIsReported() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  templates:
                  - name: leaf
                    container: {image: alpine, command: [echo]}
                  - name: main
                    dag:
                      target: a z
                      tasks:
                      - name: a
                        template: leaf
                """);
        assertError(d, 10, 15, "target 'z' is not defined");
    }

    @Test
    void malformedDependsIsReportedWithWhatIsAllowed() {
        var d = lint(dag("""
                      - name: a
                        template: leaf
                      - name: b
                        depends: "a.Succeded || (a"
                        template: leaf
                """));
        assertError(d, 14, 18, "depends 'a.Succeded || (a' is not a valid expression", ".Succeeded");
    }

    @Test
    void dependsWithResultsNegationAndParenthesesIsAccepted() {
        assertNoErrors(lint(dag("""
                      - name: a
                        template: leaf
                        withItems: [1, 2]
                      - name: b
                        template: leaf
                      - name: c
                        depends: "(a.AnySucceeded || b.Failed) && !b.Skipped"
                        template: leaf
                """)));
    }

    @Test
    void itemsBasedResultNeedsALoopingDependency() {
        var d = lint(dag("""
                      - name: a
                        template: leaf
                      - name: b
                        depends: a.AllFailed
                        template: leaf
                """));
        assertError(d, 14, 18, "dependency 'a' uses an items-based condition");
    }
}
