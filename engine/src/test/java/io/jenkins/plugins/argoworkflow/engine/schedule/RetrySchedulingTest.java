package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.id;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.run;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RetrySchedulingTest {

    private static String workflowWith(String retryStrategy) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: s, template: flaky}
                  - name: flaky
                    retryStrategy: RETRY
                    container: {image: alpine, command: ["true"]}
                """.replace("RETRY", retryStrategy);
    }

    @Test
    void attemptsRunUntilTheLimitThenTheRetryNodeFailsWithNoMoreRetriesLeft() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("flaky", Outcome.exit(1));
        WorkflowStatus status = run(workflowWith("{limit: 2}"), runtime);

        assertThat(runtime.launched()).extracting(LeafRequest::nodeName)
                .containsExactly("wf[0].s(0)", "wf[0].s(1)", "wf[0].s(2)");
        NodeStatus retry = node(status, "wf[0].s");
        assertThat(retry.type()).isEqualTo(NodeType.RETRY);
        assertThat(retry.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(retry.message()).isEqualTo("No more retries left");
        assertThat(retry.children()).containsExactly(id("wf[0].s(0)"), id("wf[0].s(1)"), id("wf[0].s(2)"));
        NodeStatus attempt = node(status, "wf[0].s(1)");
        assertThat(attempt.type()).isEqualTo(NodeType.POD);
        assertThat(attempt.displayName()).isEqualTo("s(1)");
        assertThat(attempt.retried()).isTrue();
        assertThat(attempt.boundaryId()).isEqualTo("wf");
        assertThat(runtime.launched().get(1).podName()).isEqualTo("wf-flaky-" + id("wf[0].s(1)").substring(3));
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(status.message()).isEqualTo("child '" + retry.id() + "' failed");
    }

    @Test
    void aSucceedingAttemptEndsTheRetryWithItsOutputs() {
        ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("flaky", Outcome.print("done"))
                .onNode("wf[0].s(0)", Outcome.exit(1));
        WorkflowStatus status = run(workflowWith("{limit: \"3\"}"), runtime);

        NodeStatus retry = node(status, "wf[0].s");
        assertThat(retry.phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(retry.outputs().result()).isEqualTo("done");
        assertThat(node(status, "wf").outboundNodes()).as("a retry node's outbound node is its last attempt")
                .containsExactly(id("wf[0].s(1)"));
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void theDefaultPolicyOnFailureDoesNotRetryAnError() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("flaky", Outcome.error("pod deleted"));
        WorkflowStatus status = run(workflowWith("{limit: 3}"), runtime);

        assertThat(runtime.launched()).hasSize(1);
        assertThat(node(status, "wf[0].s").phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node(status, "wf[0].s").message()).isEqualTo("pod deleted");
    }

    @Test
    void onErrorRetriesErrorsButNotFailures() {
        ScriptedRuntime errors = new ScriptedRuntime().onTemplate("flaky", Outcome.error("pod deleted"));
        run(workflowWith("{limit: 2, retryPolicy: OnError}"), errors);
        assertThat(errors.launched()).hasSize(3);

        ScriptedRuntime failures = new ScriptedRuntime().onTemplate("flaky", Outcome.exit(1));
        WorkflowStatus status = run(workflowWith("{limit: 2, retryPolicy: OnError}"), failures);
        assertThat(failures.launched()).hasSize(1);
        assertThat(node(status, "wf[0].s").message()).isEqualTo("main: Error (exit code 1)");
    }

    @Test
    void onTransientErrorRetriesOnlyTransientMessages() {
        ScriptedRuntime transientErrors = new ScriptedRuntime()
                .onTemplate("flaky", Outcome.error("dial tcp: connection refused"));
        run(workflowWith("{limit: 1, retryPolicy: OnTransientError}"), transientErrors);
        assertThat(transientErrors.launched()).hasSize(2);

        ScriptedRuntime permanent = new ScriptedRuntime().onTemplate("flaky", Outcome.exit(2));
        run(workflowWith("{limit: 1, retryPolicy: OnTransientError}"), permanent);
        assertThat(permanent.launched()).hasSize(1);
    }

    @Test
    void withoutALimitAttemptsGoOnUntilOneSucceeds() {
        ScriptedRuntime runtime = new ScriptedRuntime()
                .onNode("wf[0].s(0)", Outcome.exit(1)).onNode("wf[0].s(1)", Outcome.exit(1))
                .onNode("wf[0].s(2)", Outcome.exit(1));
        WorkflowStatus status = run(workflowWith("{retryPolicy: Always}"), runtime);

        assertThat(runtime.launched()).hasSize(4);
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void aBackoffWaitsBeforeTheNextAttemptAndSaysSo() throws Exception {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("flaky", Outcome.exit(1));
        List<String> messages = new CopyOnWriteArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void nodeChanged(NodeStatus n) {
                if (n.type() == NodeType.RETRY && n.message() != null) {
                    messages.add(n.message());
                }
            }
        };
        long start = System.nanoTime();
        try (WorkflowRun run = WorkflowRun.start(workflow(workflowWith("{limit: 1, backoff: {duration: \"1\", factor: 2}}")),
                new TemplateStore(), runtime, new RunOptions("wf", Clock.systemUTC(), listener))) {
            WorkflowStatus status = run.completion().get(30, TimeUnit.SECONDS);
            assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the second attempt waited").isGreaterThan(Duration.ofMillis(900));
        assertThat(messages).contains("Backoff for 1 second", "No more retries left");
        assertThat(runtime.launched()).hasSize(2);
    }

    @Test
    void maxDurationEndsRetriesOnceItHasPassed() {
        // Each reading of this clock is a minute later than the last.
        Clock ticking = new Clock() {
            private Instant t = Instant.parse("2026-11-23T10:00:00Z");

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                t = t.plusSeconds(60);
                return t;
            }
        };
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("flaky", Outcome.exit(1));
        try (WorkflowRun run = WorkflowRun.start(workflow(workflowWith("{limit: 5, backoff: {duration: \"1\", maxDuration: \"30s\"}}")),
                new TemplateStore(), runtime, new RunOptions("wf", ticking, RunListener.NONE))) {
            WorkflowStatus status = run.completion().get(30, TimeUnit.SECONDS);
            assertThat(status.nodeByName("wf[0].s").orElseThrow().message()).isEqualTo("Max duration limit exceeded");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(runtime.launched()).hasSize(1);
    }

    @Test
    void aWorkflowRetryStrategyWrapsEveryTemplate() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  retryStrategy: {limit: 1}
                  templates:
                  - name: main
                    steps:
                    - - {name: s, template: ok}
                  - name: ok
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        assertThat(node(status, "wf").type()).isEqualTo(NodeType.RETRY);
        assertThat(node(status, "wf(0)").type()).isEqualTo(NodeType.STEPS);
        assertThat(node(status, "wf(0)").displayName()).as("no boundary: the full name").isEqualTo("wf(0)");
        assertThat(node(status, "wf(0)[0].s").type()).isEqualTo(NodeType.RETRY);
        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).containsExactly("wf(0)[0].s(0)");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }
}
