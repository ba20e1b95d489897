package io.jenkins.plugins.argoworkflow.engine.lint;

import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertError;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertWarning;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainerRulesTest {

    @Test
    void volumeMountNamingNoVolumeIsReportedAtItsName() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  volumes:
                  - {name: shared, emptyDir: {}}
                  volumeClaimTemplates:
                  - metadata: {name: claim}
                  templates:
                  - name: leaf
                    volumes:
                    - {name: own, emptyDir: {}}
                    container:
                      image: alpine
                      command: [ls]
                      volumeMounts:
                      - {name: shared, mountPath: /a}
                      - {name: claim, mountPath: /b}
                      - {name: own, mountPath: /c}
                      - {name: missing, mountPath: /d}
                """);
        assertError(d, 20, 16, "volumeMount 'missing' names no volume", "volumes are: shared, claim, own");
        assertThat(d).filteredOn(x -> x.isError()).hasSize(1);
    }

    @Test
    void containerWithoutCommandIsAWarningExceptForArgosay() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  templates:
                  - name: nginx
                    container:
                      image: nginx:1.25
                  - name: say
                    container:
                      image: argoproj/argosay:v2
                  - name: py
                    script:
                      image: python:3
                      source: print(1)
                """);
        assertWarning(d, 8, 7, "has no command", "emissary executor", "command: [...]",
                "--image-command nginx:1.25=CMD");
        assertWarning(d, 14, 7, "script template 'py' has no command", "[python]");
        assertThat(d).hasSize(2);
    }
}
