package io.jenkins.plugins.argoworkflow.kubernetes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relay in front of the mock server that answers followed log requests itself, streaming a container's log
 * as it grows, as a kubelet does: the mock server sends each response whole from its event loop and so can
 * only serve a log as far as it has got. Everything else (HTTP/1.1 requests, and the WebSocket bytes of an
 * exec after its upgrade) passes through unchanged. Clients must speak HTTP/1.1 ({@code http2Disable}).
 */
final class LogRelay implements AutoCloseable {

    private static final Pattern FOLLOWED_LOG = Pattern.compile(
            "GET /api/v1/namespaces/[^/]+/pods/([^/?]+)/log\\?(.*follow=true.*) HTTP/1\\.1");
    private static final Pattern CONTAINER = Pattern.compile("(?:^|&)container=([^&]+)");

    /** A container's log as it grows, and whether the container has ended. */
    interface Source {
        ContainerLog log();

        boolean ended();
    }

    private final ServerSocket server;
    private final int upstreamPort;
    private final Function<String[], Source> logs;
    /** The request lines of the followed logs the relay answered itself. */
    final List<String> served = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Set<Socket> streams = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "log-relay");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param logs the log of {@code [pod, container]}, or null for a pod the node does not know
     */
    LogRelay(int upstreamPort, Function<String[], Source> logs) throws IOException {
        this.upstreamPort = upstreamPort;
        this.logs = logs;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            threads.execute(() -> pump(upstream, client));
            InputStream in = client.getInputStream();
            OutputStream toUpstream = upstream.getOutputStream();
            while (true) {
                byte[] head = head(in);
                if (head == null) {
                    return;
                }
                String text = new String(head, StandardCharsets.ISO_8859_1);
                String requestLine = text.substring(0, text.indexOf("\r\n"));
                Matcher log = FOLLOWED_LOG.matcher(requestLine);
                if (log.matches()) {
                    Matcher container = CONTAINER.matcher(log.group(2));
                    Source source = logs.apply(new String[] {log.group(1),
                            container.find() ? container.group(1) : PodManifest.MAIN});
                    if (source != null) {
                        served.add(requestLine);
                        streams.add(client);
                        try {
                            streamLog(source, ContainerLog.Format.of(KubeletSimulator.query(log.group(2))),
                                    client.getOutputStream());
                        } finally {
                            streams.remove(client);
                        }
                        return;
                    }
                }
                toUpstream.write(head);
                String lower = text.toLowerCase(Locale.ROOT);
                Matcher length = Pattern.compile("\r\ncontent-length: *(\\d+)").matcher(lower);
                if (length.find()) {
                    toUpstream.write(in.readNBytes(Integer.parseInt(length.group(1))));
                }
                toUpstream.flush();
                if (lower.contains("\r\nupgrade:") || lower.contains("\r\ntransfer-encoding: chunked")) {
                    in.transferTo(toUpstream); // a WebSocket (or a body we do not parse): bytes from now on
                    return;
                }
            }
        } catch (IOException e) {
            // A side closed the connection: so does the relay.
        }
    }

    /** The request head up to its blank line, or null at the end of the stream. */
    private static byte[] head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == end.length) {
                return head.toByteArray();
            }
        }
        return null;
    }

    /** Streams the log's lines as they are written, each once, until the container has ended. */
    private static void streamLog(Source source, ContainerLog.Format format, OutputStream out) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        int sent = 0;
        while (true) {
            boolean ended = source.ended(); // read before the lines, so that no line written before the end is lost
            List<ContainerLog.Line> lines = source.log().lines();
            if (lines.size() > sent) {
                StringBuilder text = new StringBuilder();
                lines.subList(sent, lines.size()).forEach(l -> text.append(format.line(l, true)));
                sent = lines.size();
                chunk(out, text.toString());
            } else if (ended) {
                ContainerLog.Line last = source.log().partial();
                if (last != null) {
                    chunk(out, format.line(last, false));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return;
            } else {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] chunk = text.getBytes(StandardCharsets.UTF_8);
        if (chunk.length == 0) {
            return;
        }
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /**
     * Drops every log stream open now, as a restarting API server or a proxy's timeout does: the clients see
     * their connection reset in the middle of the log.
     *
     * @return how many streams were dropped
     */
    int dropLogStreams() {
        int dropped = 0;
        for (Socket stream : streams) {
            try {
                stream.setSoLinger(true, 0); // a reset, not a clean end of the chunked body
                stream.close();
                dropped++;
            } catch (IOException e) {
                // closed already
            }
        }
        return dropped;
    }

    private static void pump(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // closed
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException e) {
                // closed already
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
