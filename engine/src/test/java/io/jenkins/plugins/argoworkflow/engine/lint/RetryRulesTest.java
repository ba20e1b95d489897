package io.jenkins.plugins.argoworkflow.engine.lint;

import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertError;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertNoErrors;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.lint;

import org.junit.jupiter.api.Test;

class RetryRulesTest {

    private static String template(String retry) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  templates:
                  - name: leaf
                    container: {image: alpine, command: [echo]}
                    retryStrategy:
                """ + retry;
    }

    @Test
    void negativeLimitUnknownPolicyAndBadBackoffAreReportedAtTheirValues() {
        var d = lint(template("""
                      limit: -1
                      retryPolicy: Sometimes
                      backoff:
                        duration: 5 minutes
                        factor: fast
                        maxDuration: 1h
                """));
        assertError(d, 9, 14, "limit -1 is negative");
        assertError(d, 10, 20, "retryPolicy Sometimes is not a valid RetryPolicy", "OnTransientError");
        assertError(d, 12, 19, "backoff.duration '5 minutes' is not a duration", "30s");
        assertError(d, 13, 17, "backoff.factor 'fast' is not a number");
    }

    @Test
    void parameterisedLimitAndSecondsOrGoDurationsAreAccepted() {
        assertNoErrors(lint(template("""
                      limit: "{{inputs.parameters.count}}"
                      retryPolicy: OnError
                      backoff: {duration: "10", factor: 2, maxDuration: 1m30s, cap: 500ms}
                """).replace("container:", "inputs: {parameters: [{name: count, default: '3'}]}\n    container:")));
    }
}
