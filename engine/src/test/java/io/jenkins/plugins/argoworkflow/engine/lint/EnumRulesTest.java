package io.jenkins.plugins.argoworkflow.engine.lint;

import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertError;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.lint;

import org.junit.jupiter.api.Test;

class EnumRulesTest {

    @Test
    void unknownStrategiesActionsAndPullPoliciesAreReportedAtTheirValues() {
        var d = lint("""
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  podGC:
                    strategy: OnPodFailure
                  volumeClaimGC:
                    strategy: Never
                  templates:
                  - name: res
                    resource:
                      action: destroy
                      mergeStrategy: deep
                      manifest: "kind: ConfigMap"
                  - name: leaf
                    container:
                      image: alpine
                      command: [echo]
                      imagePullPolicy: Sometimes
                """);
        assertError(d, 6, 15, "podGC.strategy unknown strategy 'OnPodFailure'", "OnPodCompletion");
        assertError(d, 8, 15, "volumeClaimGC.strategy unknown strategy 'Never'");
        assertError(d, 12, 15, "resource.action must be one of: get, create, apply, delete, replace, patch");
        assertError(d, 13, 22, "mergeStrategy must be one of: strategic, merge, json");
        assertError(d, 19, 24, "imagePullPolicy 'Sometimes' is not valid", "IfNotPresent");
    }
}
