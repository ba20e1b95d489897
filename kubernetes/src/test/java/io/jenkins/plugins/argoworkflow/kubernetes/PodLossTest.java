package io.jenkins.plugins.argoworkflow.kubernetes;

import static io.jenkins.plugins.argoworkflow.kubernetes.FaultHarness.attempts;
import static io.jenkins.plugins.argoworkflow.kubernetes.FaultHarness.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pods lost mid-run, in whole workflows: deleted (Argo: Error {@code pod deleted}, from
 * {@code podReconciliation} in {@code workflow/controller/operator.go}) and evicted (Argo: Failed with the
 * kubelet's message, from {@code inferFailedReason}), and what each retryPolicy then does. Argo's
 * OnTransientError retries a node only when {@code util/errors/errors.go}'s {@code IsTransientErr} holds for
 * its message: neither {@code pod deleted} nor an eviction message is a transient error there.
 */
class PodLossTest {

    @TempDir
    Path tmp;

    private KubeletSimulator kubelet;
    private KubernetesRuntime runtime;
    private FaultHarness harness;
    /** The file the first attempt of {@link #once} makes once it runs. */
    private Path marker;

    @BeforeEach
    void start() {
        kubelet = new KubeletSimulator(tmp.resolve("node"));
        runtime = new KubernetesRuntime(kubelet.controllerClient(), PodSettings.defaults(KubeletSimulator.NAMESPACE));
        harness = new FaultHarness(tmp, kubelet);
    }

    @AfterEach
    void stop() {
        runtime.close();
        kubelet.close();
    }

    @ParameterizedTest(name = "{0}: retried {1}")
    @CsvSource({"OnError, true", "Always, true", "OnTransientError, false", "OnFailure, false"})
    void aPodDeletedMidRunIsAnErrorRetriedUnderOnErrorAndAlways(String policy, boolean retried) throws Exception {
        WorkflowRun run = harness.start(runtime, FaultHarness.workflow("lost", once(policy)));
        String first = awaitFirstAttempt();
        kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).withName(first).withGracePeriod(0).delete();

        WorkflowStatus status = harness.await(run, Duration.ofSeconds(60));

        List<NodeStatus> attempts = attempts(status, "lost");
        assertThat(attempts.get(0).phase()).isEqualTo(NodePhase.ERROR);
        assertThat(attempts.get(0).message()).isEqualTo("pod deleted");
        if (retried) {
            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(1).phase()).as(attempts.get(1).message()).isEqualTo(NodePhase.SUCCEEDED);
            assertThat(attempts.get(1).outputs().result()).isEqualTo("second attempt");
            assertThat(node(status, "lost").phase()).isEqualTo(NodePhase.SUCCEEDED);
        } else {
            assertThat(attempts).hasSize(1);
            assertThat(node(status, "lost").phase()).isEqualTo(NodePhase.ERROR);
        }
        harness.awaitTrue("no pod of the run left", Duration.ofSeconds(10), () -> harness.leftovers("lost") == 0);
    }

    @ParameterizedTest(name = "{0}: retried {1}")
    @CsvSource({"OnFailure, true", "Always, true", "OnError, false", "OnTransientError, false"})
    void anEvictedPodFailsWithTheKubeletsMessageRetriedUnderOnFailureAndAlways(String policy, boolean retried)
            throws Exception {
        WorkflowRun run = harness.start(runtime, FaultHarness.workflow("evicted", once(policy)));
        String first = awaitFirstAttempt();
        kubelet.pod(first).evict();

        WorkflowStatus status = harness.await(run, Duration.ofSeconds(60));

        List<NodeStatus> attempts = attempts(status, "evicted");
        assertThat(attempts.get(0).phase()).isEqualTo(NodePhase.FAILED);
        assertThat(attempts.get(0).message()).startsWith("The node was low on resource: memory.");
        assertThat(attempts).hasSize(retried ? 2 : 1);
        assertThat(node(status, "evicted").phase()).isEqualTo(retried ? NodePhase.SUCCEEDED : NodePhase.FAILED);
        harness.awaitTrue("no pod of the run left", Duration.ofSeconds(10), () -> harness.leftovers("evicted") == 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"OnError", "Always"})
    void aPodDeletedInEveryAttemptEndsTheNodeWhenTheLimitIsReached(String policy) throws Exception {
        WorkflowRun run = harness.start(runtime, FaultHarness.workflow("again", """
                  templates:
                    - name: main
                      retryStrategy: {limit: 2, retryPolicy: %s}
                      container:
                        image: alpine:3.20
                        command: [sleep, '600']
                """.formatted(policy)));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            String pod = harness.awaitRunningPod(seen);
            seen.add(pod);
            kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).withName(pod).withGracePeriod(0).delete();
        }

        WorkflowStatus status = harness.await(run, Duration.ofSeconds(60));

        assertThat(attempts(status, "again")).hasSize(3).allSatisfy(a -> {
            assertThat(a.phase()).isEqualTo(NodePhase.ERROR);
            assertThat(a.message()).isEqualTo("pod deleted");
        });
        assertThat(node(status, "again").phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node(status, "again").message()).isEqualTo("No more retries left");
    }

    /** The first attempt's pod, once its main runs. */
    private String awaitFirstAttempt() throws InterruptedException {
        String pod = harness.awaitRunningPod(Set.of());
        harness.awaitTrue("the first attempt's main runs", Duration.ofSeconds(30), () -> Files.exists(marker));
        return pod;
    }

    /**
     * A node whose first attempt runs until the test takes its pod away and whose second attempt ends at once
     * (a marker file on the simulated node's host tells them apart).
     */
    private String once(String policy) throws Exception {
        marker = Files.createTempDirectory(tmp, "marker").resolve("first-attempt-ran");
        return """
                  templates:
                    - name: main
                      retryStrategy: {limit: 1, retryPolicy: %s}
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'if [ -e %s ]; then echo second attempt; else touch %s; sleep 600; fi']
                """.formatted(policy, marker, marker);
    }
}
