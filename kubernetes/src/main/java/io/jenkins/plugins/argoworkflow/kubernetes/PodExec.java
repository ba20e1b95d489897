package io.jenkins.plugins.argoworkflow.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.WebSocket;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One exec into a container of a pod the controller already knows, speaking the API server's
 * {@code v4.channel.k8s.io} WebSocket protocol over the client's own HTTP client (its credentials, its
 * interceptors): channel 0 stdin, 1 stdout, 2 stderr, 3 the exit status. Written here because fabric8's
 * {@code exec()} first looks the pod up twice (a list by field selector, then a get) to wait for it and to check
 * the container's name, which the controller knows already from its informer: two requests of three per exec.
 */
final class PodExec implements WebSocket.Listener {

    private static final String PROTOCOL = "v4.channel.k8s.io";
    private static final int CHUNK = 32 * 1024;
    /** How much stdin may wait in the WebSocket's queue before the sender waits. */
    private static final long MAX_QUEUED = 1024 * 1024;
    private static final int STATUS_BYTES = 64 * 1024;

    private final OutputStream out;
    private final OutputStream err;
    /** A v4 status is a small JSON object; a bigger one is not a status and is not kept. */
    private final BoundedOutput status = new BoundedOutput(STATUS_BYTES);
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    private PodExec(OutputStream out, OutputStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs {@code command} in {@code container} of pod {@code pod}, stdin from {@code stdin} (or none), and
     * returns its exit code.
     *
     * @throws ExecutionException when the exec could not be opened or ended without a status
     */
    static int run(KubernetesClient client, String namespace, String pod, String container, List<String> command,
            Path stdin, OutputStream out, OutputStream err, Duration timeout)
            throws ExecutionException, TimeoutException, InterruptedException, IOException {
        StringBuilder url = new StringBuilder(client.getMasterUrl().toString().replaceAll("/+$", ""))
                .append("/api/v1/namespaces/").append(namespace).append("/pods/").append(pod).append("/exec?");
        for (String word : command) {
            url.append("command=").append(URLEncoder.encode(word, StandardCharsets.UTF_8)).append('&');
        }
        url.append("container=").append(URLEncoder.encode(container, StandardCharsets.UTF_8));
        url.append(stdin != null ? "&stdin=true" : "").append("&stdout=true&stderr=true");
        PodExec listener = new PodExec(out, err);
        WebSocket ws = client.getHttpClient().newWebSocketBuilder().subprotocol(PROTOCOL).uri(URI.create(url.toString()))
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).buildAsync(listener)
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            if (stdin != null) {
                send(ws, stdin, listener.exit);
            }
            return listener.exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            ws.sendClose(1000, "");
        }
    }

    private static void send(WebSocket ws, Path stdin, CompletableFuture<Integer> exit) throws IOException,
            InterruptedException {
        try (InputStream in = Files.newInputStream(stdin)) {
            byte[] buf = new byte[CHUNK];
            for (int n = in.read(buf); n >= 0 && !exit.isDone(); n = in.read(buf)) {
                byte[] frame = new byte[n + 1];
                frame[0] = 0;
                System.arraycopy(buf, 0, frame, 1, n);
                while (ws.queueSize() > MAX_QUEUED && !exit.isDone()) {
                    Thread.sleep(5);
                }
                ws.send(ByteBuffer.wrap(frame));
            }
        }
    }

    @Override
    public void onOpen(WebSocket ws) {
        ws.request();
    }

    @Override
    public void onMessage(WebSocket ws, String text) {
        onMessage(ws, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void onMessage(WebSocket ws, ByteBuffer bytes) {
        try {
            if (bytes.hasRemaining()) {
                int channel = bytes.get() & 0xff;
                byte[] data = new byte[bytes.remaining()];
                bytes.get(data);
                switch (channel) {
                    case 1 -> out.write(data);
                    case 2 -> err.write(data);
                    case 3 -> {
                        status.write(data);
                        exit.complete(exitCode(status()));
                    }
                    default -> {
                        // Channel 4 (resize) and others carry nothing for a command without a terminal.
                    }
                }
            }
        } catch (IOException e) {
            exit.completeExceptionally(e);
        }
        ws.request();
    }

    @Override
    public void onClose(WebSocket ws, int code, String reason) {
        if (status.toByteArray().length == 0) {
            exit.completeExceptionally(new IOException("the exec closed (" + code + " " + reason + ") without an exit"
                    + " status"));
            return;
        }
        try {
            exit.complete(exitCode(status()));
        } catch (IOException e) {
            exit.completeExceptionally(e);
        }
    }

    private JsonNode status() throws IOException {
        if (status.overflowed()) {
            throw new IOException("the exec's status is longer than " + STATUS_BYTES + " bytes; it is not a status"
                    + " of the API server's exec protocol");
        }
        return Serialization.jsonMapper().readTree(status.toByteArray());
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        exit.completeExceptionally(error);
    }

    /** The exit code a v4 status carries: 0 for Success, the ExitCode cause of a NonZeroExitCode failure. */
    static int exitCode(JsonNode status) throws IOException {
        if ("Success".equals(status.path("status").asText())) {
            return 0;
        }
        if ("NonZeroExitCode".equals(status.path("reason").asText())) {
            for (JsonNode cause : status.path("details").path("causes")) {
                if ("ExitCode".equals(cause.path("reason").asText())) {
                    return Integer.parseInt(cause.path("message").asText());
                }
            }
        }
        throw new IOException("the exec failed: " + status.path("message").asText(status.toString()));
    }
}
