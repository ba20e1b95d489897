package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kubelet for fabric8's mock server in CRUD mode: it watches pods, runs their containers as local
 * processes (the real init, emissary and wait scripts, under the host's {@code sh}), moves the pods through
 * their phases with container statuses as a kubelet sets them, and serves {@code log} and {@code exec}
 * through a dispatcher around the CRUD one. Pod annotations script what a real node would do to a pod:
 * {@code sim/oom} (main's exit 137 is OOMKilled), {@code sim/evict} (evicted once main runs),
 * {@code sim/fail-init} (the executor's init exits 1), {@code sim/live-main} (main shows running and ready
 * while it runs, for daemons); an image
 * named {@code no-such-image} never pulls. main is reported running only once it has ended (see
 * SimulatedPod), so logs are served whole. Every request of other clients is recorded, to count them.
 *
 * <p>Public, in this module's test jar, for the plugin's tests that run the {@code argoWorkflow} step to its end:
 * the constructor, {@link #NAMESPACE}, {@link #controllerClient()}, {@link #apiServerUrl()}, {@link #client()},
 * {@link #podNames()}, {@link #describe()} and {@link #close()}.
 */
public final class KubeletSimulator implements AutoCloseable {

    /** The one namespace whose pods the node runs. */
    public static final String NAMESPACE = "test";
    private static final String USER_AGENT = "kubelet-simulator";
    private static final Pattern SUBRESOURCE = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/?]+)/(log|exec)\\?(.*)");

    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final Path root;
    private final Map<String, SimulatedPod> pods = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Timed> timed = Collections.synchronizedList(new ArrayList<>());
    /** What the API server answers the controller instead of the CRUD dispatcher, or null. */
    private volatile Fault fault;

    private LogRelay relay;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kubelet-simulator");
        t.setDaemon(true);
        return t;
    });

    /** Starts the mock API server and the node; {@code root} holds the pods' working directories. */
    public KubeletSimulator(Path root) {
        this.root = root;
        this.server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new Dispatcher(),
                false);
        server.init();
        KubernetesClient plain = server.createClient();
        this.client = new KubernetesClientBuilder().withConfig(new ConfigBuilder(plain.getConfiguration())
                .withUserAgent(USER_AGENT).build()).build();
        plain.close();
        client.pods().inNamespace(NAMESPACE).inform(new ResourceEventHandler<>() {
            @Override
            public void onAdd(Pod pod) {
                SimulatedPod sim = new SimulatedPod(client, pod, root.resolve(pod.getMetadata().getName()));
                pods.put(pod.getMetadata().getName(), sim);
                threads.execute(sim::run);
            }

            @Override
            public void onUpdate(Pod before, Pod pod) {
                // The simulator writes statuses; the controller writes nothing it needs to act on.
            }

            @Override
            public void onDelete(Pod pod, boolean unknown) {
                SimulatedPod sim = pods.get(pod.getMetadata().getName());
                if (sim != null) {
                    sim.kill();
                }
            }
        }, 0);
    }

    /**
     * A client of the controller's whose followed log requests a relay answers as a kubelet does, streaming
     * the container's log while it runs (the mock server can only send a log as far as it has got); with
     * {@code sim/live-main} on the pod, main shows running while it runs, so its lines arrive live. Its
     * requests other than logs pass through and are counted.
     */
    synchronized KubernetesClient liveLogClient() {
        try {
            if (relay == null) {
                relay = new LogRelay(server.getPort(), podAndContainer -> {
                    SimulatedPod sim = pods.get(podAndContainer[0]);
                    return sim == null ? null : sim.logSource(podAndContainer[1]);
                });
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        KubernetesClient plain = server.createClient();
        KubernetesClient client = new KubernetesClientBuilder().withConfig(new ConfigBuilder(plain.getConfiguration())
                .withMasterUrl("http://127.0.0.1:" + relay.port()).withHttp2Disable(true).build()).build();
        plain.close();
        return client;
    }

    /**
     * Drops the followed log streams the relay of {@link #liveLogClient} serves now, as an API server's restart
     * does.
     *
     * @return how many were dropped
     */
    synchronized int dropLogStreams() {
        return relay == null ? 0 : relay.dropLogStreams();
    }

    /** The followed log requests the relay of {@link #liveLogClient} answered (request lines). */
    synchronized List<String> relayedLogRequests() {
        return relay == null ? List.of() : List.copyOf(relay.served);
    }

    /** A client of the controller's: its requests are the ones counted. */
    public KubernetesClient controllerClient() {
        return server.createClient();
    }

    /** The API server's URL, for a client configured elsewhere (a Jenkins cloud's server URL). */
    public String apiServerUrl() {
        return controllerConfig().getMasterUrl();
    }

    /** The configuration of {@link #controllerClient}, for a test to change (another URL, fewer retries). */
    io.fabric8.kubernetes.client.Config controllerConfig() {
        try (KubernetesClient plain = server.createClient()) {
            return new ConfigBuilder(plain.getConfiguration()).build();
        }
    }

    /**
     * Answers the controller's requests through {@code fault} from now on (null: the CRUD dispatcher again);
     * the simulator's own requests are never touched.
     */
    void inject(Fault fault) {
        this.fault = fault;
    }

    /** An API server that misbehaves: it answers a request itself, or hands it on to the CRUD dispatcher. */
    interface Fault {
        /**
         * @param request the controller's request
         * @param crud answers the request as the CRUD dispatcher does (and makes its change)
         */
        MockResponse dispatch(RecordedRequest request, java.util.function.Supplier<MockResponse> crud);
    }

    /** The pods the node was given, by name, so far (a pod created twice would show once: see the requests). */
    public java.util.Set<String> podNames() {
        return java.util.Set.copyOf(pods.keySet());
    }

    /** The node's own client (its requests are not counted), for a test to read or change objects. */
    public KubernetesClient client() {
        return client;
    }

    /** The controller's requests so far, as {@code METHOD path}. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** A request as it reached the mock server: when ({@link System#nanoTime}), whose, which. */
    record Timed(long nanos, boolean controller, String method, String path) {
    }

    /** Every request so far, the simulator's own (its status updates) included, in arrival order. */
    List<Timed> timedRequests() {
        synchronized (timed) {
            return List.copyOf(timed);
        }
    }

    SimulatedPod pod(String name) {
        return pods.get(name);
    }

    /** Every pod the node ran, for a test that timed out. */
    public String describe() {
        return String.join("\n", pods.values().stream().map(SimulatedPod::describe).toList());
    }

    /**
     * Kills what still runs on the node, stops the mock server, and fails when host processes the node started
     * outlive it (an emissary.sh, a watcher subshell, a user command orphaned by its wrapper): a test leaves
     * nothing running on the machine.
     */
    @Override
    public void close() {
        pods.values().forEach(SimulatedPod::kill);
        threads.shutdownNow();
        client.close();
        synchronized (this) {
            if (relay != null) {
                try {
                    relay.close();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        server.destroy();
        List<String> left;
        try {
            left = HostProcesses.leftAfter(root, 10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!left.isEmpty()) {
            throw new AssertionError("the simulated node left host processes behind (now killed): " + left);
        }
    }

    private final class Dispatcher extends KubernetesCrudDispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            boolean controller = !USER_AGENT.equals(request.getHeader("User-Agent"));
            if (controller) {
                requests.add(request.getMethod() + " " + request.getPath());
            }
            timed.add(new Timed(System.nanoTime(), controller, request.getMethod(), request.getPath()));
            Fault injected = fault;
            if (controller && injected != null) {
                return injected.dispatch(request, () -> answer(request));
            }
            return answer(request);
        }

        private MockResponse answer(RecordedRequest request) {
            String discovery = discovery(request.getPath());
            if (discovery != null) {
                return new MockResponse().setResponseCode(200).setBody(discovery);
            }
            Matcher m = SUBRESOURCE.matcher(request.getPath());
            if (m.matches()) {
                SimulatedPod sim = pods.get(m.group(2));
                if (sim == null) {
                    return new MockResponse().setResponseCode(404);
                }
                Map<String, List<String>> query = query(m.group(4));
                String container = query.getOrDefault("container", List.of(PodManifest.MAIN)).get(0);
                return "log".equals(m.group(3)) ? new MockResponse().setResponseCode(200).setBody(sim.log(container, query))
                        : streamingExec(sim, query.getOrDefault("command", List.of()));
            }
            return alreadyExists(request, super.dispatch(request));
        }

        /**
         * The CRUD dispatcher answers a create of an object that exists with a 409 whose reason is
         * {@code Invalid}; a real API server's reason is {@code AlreadyExists}, which is what clients test.
         */
        private MockResponse alreadyExists(RecordedRequest request, MockResponse response) {
            if (!"POST".equals(request.getMethod()) || response.code() != 409) {
                return response;
            }
            io.fabric8.kubernetes.api.model.Status status = io.fabric8.kubernetes.client.utils.Serialization.unmarshal(
                    response.getBody().readUtf8(), io.fabric8.kubernetes.api.model.Status.class);
            status.setReason("AlreadyExists");
            return new MockResponse().setResponseCode(409)
                    .setBody(io.fabric8.kubernetes.client.utils.Serialization.asJson(status));
        }
    }

    /**
     * An exec as the kubelet serves it: the command starts when the WebSocket opens, stdin (channel 0) is
     * passed on as it comes (channel 255 closes it), stdout and stderr go back as bytes on channels 1 and 2,
     * then the exit status on channel 3. Off the mock server's event loop.
     */
    private MockResponse streamingExec(SimulatedPod sim, List<String> command) {
        return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            private final java.util.concurrent.BlockingQueue<byte[]> stdin = new java.util.concurrent.LinkedBlockingQueue<>();
            private static final byte[] EOF = new byte[0];

            @Override
            public void onOpen(WebSocket ws, io.fabric8.mockwebserver.http.Response response) {
                Process p;
                try {
                    p = sim.startExec(command);
                } catch (IOException e) {
                    ws.send(channel(3, failure(126)));
                    ws.close(1000, "");
                    return;
                }
                threads.execute(() -> feed(p));
                threads.execute(() -> {
                    try {
                        java.util.concurrent.Future<byte[]> err = threads.submit(() -> p.getErrorStream().readAllBytes());
                        byte[] buf = new byte[32 * 1024];
                        for (int n = p.getInputStream().read(buf); n >= 0; n = p.getInputStream().read(buf)) {
                            ws.send(channel(1, buf, n));
                        }
                        byte[] e = err.get();
                        if (e.length > 0) {
                            ws.send(channel(2, e, e.length));
                        }
                        int code = p.waitFor();
                        ws.send(channel(3, code == 0 ? "{\"metadata\":{},\"status\":\"Success\"}" : failure(code)));
                    } catch (IOException | java.util.concurrent.ExecutionException e) {
                        ws.send(channel(3, failure(1)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        stdin.add(EOF);
                        ws.close(1000, "");
                    }
                });
            }

            private void feed(Process p) {
                try (java.io.OutputStream in = p.getOutputStream()) {
                    for (byte[] data = stdin.take(); data != EOF; data = stdin.take()) {
                        in.write(data);
                        in.flush();
                    }
                } catch (IOException e) {
                    // The command stopped reading (head -c has all it wants): the rest is dropped, as by a kubelet.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void onMessage(WebSocket ws, io.fabric8.mockwebserver.http.ByteString bytes) {
                onMessage(ws, bytes.toByteArray());
            }

            @Override
            public void onMessage(WebSocket ws, byte[] bytes) {
                if (bytes.length == 0) {
                    return;
                }
                if (bytes[0] == 0) {
                    stdin.add(java.util.Arrays.copyOfRange(bytes, 1, bytes.length));
                } else if ((bytes[0] & 0xff) == 255) {
                    stdin.add(EOF);
                }
            }
        });
    }

    /**
     * API discovery, which the CRUD dispatcher does not serve, for what kubectl-style names resolve against: the
     * core group's configmaps, pods and secrets, and batch/v1's jobs.
     */
    private static String discovery(String path) {
        var json = new io.fabric8.kubernetes.client.utils.KubernetesSerialization();
        return switch (path) {
            case "/api/v1" -> json.asJson(new io.fabric8.kubernetes.api.model.APIResourceListBuilder()
                    .withGroupVersion("v1")
                    .addToResources(resource("configmaps", "configmap", "ConfigMap", "cm"),
                            resource("pods", "pod", "Pod", "po"), resource("secrets", "secret", "Secret", null))
                    .build());
            case "/apis" -> json.asJson(new io.fabric8.kubernetes.api.model.APIGroupListBuilder().addNewGroup()
                    .withName("batch").withNewPreferredVersion().withGroupVersion("batch/v1").withVersion("v1")
                    .endPreferredVersion().addNewVersion().withGroupVersion("batch/v1").withVersion("v1").endVersion()
                    .endGroup().build());
            case "/apis/batch/v1" -> json.asJson(new io.fabric8.kubernetes.api.model.APIResourceListBuilder()
                    .withGroupVersion("batch/v1").addToResources(resource("jobs", "job", "Job", null)).build());
            default -> null;
        };
    }

    private static io.fabric8.kubernetes.api.model.APIResource resource(String plural, String singular, String kind,
            String shortName) {
        return new io.fabric8.kubernetes.api.model.APIResourceBuilder().withName(plural).withSingularName(singular)
                .withKind(kind).withNamespaced(true).withShortNames(shortName == null ? List.of() : List.of(shortName))
                .withVerbs("get", "list", "create", "update", "patch", "delete").build();
    }

    private static String failure(int code) {
        return "{\"metadata\":{},\"status\":\"Failure\",\"reason\":\"NonZeroExitCode\",\"details\":"
                + "{\"causes\":[{\"reason\":\"ExitCode\",\"message\":\"" + code + "\"}]}}";
    }

    private static byte[] channel(int channel, byte[] data, int length) {
        byte[] framed = new byte[length + 1];
        framed[0] = (byte) channel;
        System.arraycopy(data, 0, framed, 1, length);
        return framed;
    }

    private static byte[] channel(int channel, String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        byte[] framed = new byte[data.length + 1];
        framed[0] = (byte) channel;
        System.arraycopy(data, 0, framed, 1, data.length);
        return framed;
    }

    /** A request's query parameters, decoded. */
    static Map<String, List<String>> query(String query) {
        Map<String, List<String>> out = new HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    static Path tempRoot() throws IOException {
        return Files.createTempDirectory("kubelet-sim-");
    }
}
