package io.jenkins.plugins.argoworkflow.kubernetes;

import static io.jenkins.plugins.argoworkflow.kubernetes.FaultHarness.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watch that stays open and delivers nothing (events lost between the API server and the controller, as
 * when a watch resumes from a resourceVersion the server no longer has and nobody is told): the runtime
 * still sees every pod's end, and every pod's disappearance, by listing the run pods now and then
 * ({@link PodResync}).
 */
class LostWatchEventsTest {

    @TempDir
    Path tmp;

    private KubeletSimulator kubelet;
    private KubernetesRuntime runtime;
    private FaultHarness harness;

    @BeforeEach
    void start() {
        kubelet = new KubeletSimulator(tmp.resolve("node"));
        runtime = new KubernetesRuntime(kubelet.controllerClient(), PodSettings.defaults(KubeletSimulator.NAMESPACE));
        harness = new FaultHarness(tmp, kubelet);
        kubelet.inject((request, crud) -> request.getPath().contains("watch=true") ? silentWatch() : crud.get());
    }

    @AfterEach
    void stop() {
        runtime.close();
        kubelet.close();
    }

    @Test
    void aPodsEndIsSeenByTheRelistWhenTheWatchSaysNothing() throws Exception {
        WorkflowRun run = harness.start(runtime, FaultHarness.workflow("unwatched", """
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'echo 7 > ./out.txt; echo listed']
                      outputs:
                        parameters: [{name: out, valueFrom: {path: ./out.txt}}]
                """));

        WorkflowStatus status = harness.await(run, Duration.ofSeconds(60));

        NodeStatus node = node(status, "unwatched");
        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node.outputs().result()).isEqualTo("listed");
        assertThat(node.outputs().parameters()).extracting(p -> p.value()).containsExactly("7");
        assertThat(kubelet.requests()).as("listed besides the informer's first list")
                .filteredOn(r -> r.startsWith("GET /api/v1/namespaces/test/pods?labelSelector") && !r.contains("watch"))
                .hasSizeGreaterThan(1);
        harness.awaitTrue("no pod of the run left", Duration.ofSeconds(10), () -> harness.leftovers("unwatched") == 0);
    }

    @Test
    void aPodDeletedWhileTheWatchSaysNothingIsAnErrorFoundByTheRelist() throws Exception {
        Path marker = Files.createTempDirectory(tmp, "marker").resolve("ran");
        WorkflowRun run = harness.start(runtime, FaultHarness.workflow("vanished", """
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'touch %s; sleep 600']
                """.formatted(marker)));
        String pod = harness.awaitRunningPod(Set.of());
        harness.awaitTrue("main runs", Duration.ofSeconds(30), () -> Files.exists(marker));
        kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).withName(pod).withGracePeriod(0).delete();

        WorkflowStatus status = harness.await(run, Duration.ofSeconds(60));

        NodeStatus node = node(status, "vanished");
        assertThat(node.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node.message()).isEqualTo("pod deleted");
    }

    /** A watch that opens and then says nothing, for an hour. */
    private static MockResponse silentWatch() {
        return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            @Override
            public void onOpen(WebSocket ws, io.fabric8.mockwebserver.http.Response response) {
                // no event ever
            }
        }).setBodyDelay(1, TimeUnit.HOURS);
    }
}
