package io.jenkins.plugins.argoworkflow.kubernetes;

import static io.jenkins.plugins.argoworkflow.kubernetes.FaultHarness.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API server that pushes back: 409 Conflict, 429 Too Many Requests with Retry-After, an answer lost
 * after the pod was made, a refusal for good. The controller's client here has fabric8's own per-request
 * retries off ({@code requestRetryBackoffLimit: 0}), so that every retry counted is the runtime's; one test
 * keeps them on, to show the two layers together.
 */
class ApiFaultTest {

    private static final String POST_PODS = "POST /api/v1/namespaces/test/pods";

    @TempDir
    Path tmp;

    private KubeletSimulator kubelet;
    private KubernetesRuntime runtime;
    private FaultHarness harness;
    private final java.util.List<io.fabric8.kubernetes.client.KubernetesClient> clients = new java.util.ArrayList<>();

    @BeforeEach
    void start() {
        kubelet = new KubeletSimulator(tmp.resolve("node"));
        harness = new FaultHarness(tmp, kubelet);
        runtime = runtime(0);
    }

    @AfterEach
    void stop() {
        runtime.close();
        clients.forEach(io.fabric8.kubernetes.client.KubernetesClient::close);
        kubelet.close();
    }

    @Test
    void throttledCreatesAreRetriedAfterTheirRetryAfter() throws Exception {
        AtomicInteger injected = new AtomicInteger();
        kubelet.inject(answer("POST", "/pods", 3, injected, () -> status(429, "TooManyRequests",
                "the server has received too many requests and has asked us to try again later", 1)));

        NodeStatus node = runOne("throttled");

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(injected).hasValue(3);
        assertThat(count(POST_PODS)).isEqualTo(4);
        assertThat(kubelet.podNames()).hasSize(1);
    }

    @Test
    void conflictingCreatesAreRetried() throws Exception {
        AtomicInteger injected = new AtomicInteger();
        kubelet.inject(answer("POST", "/pods", 2, injected, () -> status(409, "Conflict", "Operation cannot be"
                + " fulfilled on resourcequotas \\\"compute\\\": the object has been modified; please apply your changes"
                + " to the latest version and try again", null)));

        NodeStatus node = runOne("conflict");

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(count(POST_PODS)).isEqualTo(3);
        assertThat(kubelet.podNames()).hasSize(1);
    }

    @Test
    void aCreateWhoseAnswerWasLostIsTakenAsCreatedWhenTheServerSaysAlreadyExists() throws Exception {
        AtomicInteger lost = new AtomicInteger();
        kubelet.inject((request, crud) -> {
            MockResponse made = crud.get();
            if (request.getMethod().equals("POST") && request.getPath().endsWith("/pods")
                    && lost.getAndIncrement() == 0) {
                return status(500, "InternalError", "the answer was lost", null); // made, then the answer lost
            }
            return made;
        });

        // main takes long enough that the pod cannot end before the second create is answered
        NodeStatus node = runOne("lost-answer", "[sh, -c, 'sleep 2; echo ran']");

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node.outputs().result()).isEqualTo("ran");
        assertThat(count(POST_PODS)).as("the second create answered 409 AlreadyExists").isEqualTo(2);
        assertThat(kubelet.podNames()).hasSize(1);
    }

    @Test
    void aPodOfTheSameNameThatIsNotTheNodesFailsTheNodeSayingWhatToDo() throws Exception {
        kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).resource(new PodBuilder().withNewMetadata()
                .withName("clash").endMetadata().withNewSpec().addNewContainer().withName("other").withImage("alpine")
                .withCommand("true").endContainer().endSpec().build()).create();

        NodeStatus node = runOne("clash");

        assertThat(node.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node.message()).startsWith("pod clash could not be created in namespace test: a pod of that name"
                + " exists and is not this node's").endsWith("delete it, or run the workflow under another name");
        assertThat(kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).withName("clash").get())
                .as("the other pod is left alone").isNotNull();
    }

    @Test
    void aForbiddenCreateIsNotRetried() throws Exception {
        AtomicInteger injected = new AtomicInteger();
        kubelet.inject(answer("POST", "/pods", 100, injected, () -> status(403, "Forbidden",
                "pods is forbidden: User \\\"jenkins\\\" cannot create resource \\\"pods\\\"", null)));

        NodeStatus node = runOne("forbidden");

        assertThat(node.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node.message()).startsWith("pod forbidden could not be created in namespace test:")
                .contains("cannot create resource");
        assertThat(injected).hasValue(1);
    }

    @Test
    void throttledDeletesAreRetriedSoThatNoPodIsLeft() throws Exception {
        AtomicInteger injected = new AtomicInteger();
        kubelet.inject(answer("DELETE", "/pods/delete-later", 2, injected, () -> status(429, "TooManyRequests",
                "try again later", 0)));

        NodeStatus node = runOne("delete-later");

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(count("DELETE /api/v1/namespaces/test/pods/delete-later")).isEqualTo(3);
        assertThat(harness.leftovers("delete-later")).isZero();
    }

    @Test
    void aNodeStoppedWhileItsCreateIsRetriedHasItsPodDeletedOnceMade() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean unavailable = new java.util.concurrent.atomic.AtomicBoolean(true);
        AtomicInteger refused = new AtomicInteger();
        kubelet.inject((request, crud) -> {
            if (unavailable.get() && request.getMethod().equals("POST") && request.getPath().endsWith("/pods")) {
                refused.incrementAndGet();
                return status(503, "ServiceUnavailable", "the server is currently unable to handle the request", null);
            }
            return crud.get();
        });
        io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun run = harness.start(runtime,
                FaultHarness.workflow("stopped-early", """
                          templates:
                            - name: main
                              container:
                                image: alpine:3.20
                                command: [sleep, '600']
                        """));
        harness.awaitTrue("the create refused", Duration.ofSeconds(30), () -> refused.get() > 0);
        run.stop();
        harness.awaitTrue("the stop's delete sent", Duration.ofSeconds(30),
                () -> count("DELETE /api/v1/namespaces/test/pods/stopped-early") > 0);
        unavailable.set(false); // the retried create now makes the pod, after the stop's delete found none

        WorkflowStatus status = harness.await(run, Duration.ofSeconds(60));

        assertThat(node(status, "stopped-early").phase()).isIn(NodePhase.ERROR, NodePhase.FAILED);
        // The node may end (its stop's delete found no pod) before the create's next retry, up to 8 s later.
        harness.awaitTrue("the pod made after the stop", Duration.ofSeconds(30),
                () -> kubelet.podNames().contains("stopped-early"));
        assertThat(kubelet.podNames()).containsExactly("stopped-early");
        harness.awaitTrue("no pod of the run left", Duration.ofSeconds(10), () -> harness.leftovers("stopped-early") == 0);
    }

    @Test
    void fabric8sOwnRetriesTakeShortThrottlingFirst() throws Exception {
        runtime.close();
        runtime = runtime(10); // fabric8's default
        AtomicInteger injected = new AtomicInteger();
        kubelet.inject(answer("POST", "/pods", 2, injected, () -> status(429, "TooManyRequests", "try again later", 1)));

        NodeStatus node = runOne("both-layers");

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(count(POST_PODS)).isEqualTo(3);
    }

    private KubernetesRuntime runtime(int fabric8Retries) {
        io.fabric8.kubernetes.client.KubernetesClient client = new KubernetesClientBuilder().withConfig(
                new ConfigBuilder(kubelet.controllerConfig()).withRequestRetryBackoffLimit(fabric8Retries).build()).build();
        clients.add(client);
        return new KubernetesRuntime(client, PodSettings.defaults(KubeletSimulator.NAMESPACE));
    }

    private NodeStatus runOne(String name) throws Exception {
        return runOne(name, "[echo, ran]");
    }

    private NodeStatus runOne(String name, String command) throws Exception {
        WorkflowStatus status = harness.await(harness.start(runtime, FaultHarness.workflow(name, """
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                        command: %s
                """.formatted(command))), Duration.ofSeconds(60));
        return node(status, name);
    }

    private long count(String request) {
        return kubelet.requests().stream().filter(request::equals).count();
    }

    /** Answers the first {@code times} requests of {@code method} whose path ends with {@code path} itself. */
    private static KubeletSimulator.Fault answer(String method, String path, int times, AtomicInteger injected,
            Supplier<MockResponse> response) {
        return (RecordedRequest request, Supplier<MockResponse> crud) -> {
            String p = request.getPath().replaceFirst("\\?.*", "");
            if (request.getMethod().equals(method) && p.endsWith(path) && injected.get() < times) {
                injected.incrementAndGet();
                return response.get();
            }
            return crud.get();
        };
    }

    /** An API server's Status answer, with {@code Retry-After} when given (header and details, as the server sends). */
    private static MockResponse status(int code, String reason, String message, Integer retryAfterSeconds) {
        String details = retryAfterSeconds == null ? "" : ",\"details\":{\"retryAfterSeconds\":" + retryAfterSeconds + "}";
        MockResponse response = new MockResponse().setResponseCode(code).setBody("{\"kind\":\"Status\",\"apiVersion\":"
                + "\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"" + message + "\",\"reason\":\"" + reason
                + "\"" + details + ",\"code\":" + code + "}");
        if (retryAfterSeconds != null) {
            response.setHeader("Retry-After", retryAfterSeconds.toString());
        }
        return response;
    }
}
