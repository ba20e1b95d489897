package io.jenkins.plugins.argoworkflow.ui.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.ui.view.ArtifactDownload;
import io.jenkins.plugins.argoworkflow.ui.view.Assets;
import io.jenkins.plugins.argoworkflow.ui.view.FindJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The dashboard of {@code argowf run --dashboard} and {@code argowf dashboard}: the graph page, its static
 * files and its API, served by the JDK's HTTP server on 127.0.0.1 only, from a run's {@link StateDir}.
 *
 * <pre>
 * GET  /                          the page
 * GET  /static/graph.js|graph.css its files
 * GET  /api/view?expand=&amp;collapse=  the JSON view (ETag; 304 when unchanged)
 * GET  /api/find?q=TEXT&amp;expand=&amp;collapse=  the nodes named like TEXT, folded ones too, with what to unfold
 * GET  /api/log?node=ID&amp;start=N    a node's log from byte N; X-Text-Size: next offset, X-More-Data: true while
 *                                 it may grow (Jenkins's progressiveText protocol)
 * GET  /api/artifact?node=ID&amp;io=outputs|inputs&amp;name=N   an artifact from the run's artifact repository, as
 *                                 an attachment named after its key (the view gives each link)
 * POST /api/resume?node=ID, /api/stop, /api/terminate   (token, same origin; 409 when read-only)
 * </pre>
 * Requests must name this server as their {@code Host} (a page on another site cannot reach it through DNS
 * rebinding); actions need the page's token in {@code X-Argowf-Token}, which another origin can neither read
 * nor send without a CORS preflight this server never grants, and are refused when {@code Origin} or
 * {@code Sec-Fetch-Site} says the request comes from elsewhere. Downloads are reads like the view and the log
 * (a link cannot send the token, and the page that holds it is readable by whoever can send a request), but a
 * browser's request that another site started is refused, so no page elsewhere can start one.
 */
public final class DashboardServer implements AutoCloseable {

    private final StateDir dir;
    private final RunApi api;
    private final RunControl control;
    private final ArtifactStore artifacts;
    private final String token;
    private HttpServer server;
    private ExecutorService executor;
    private int port;

    /** Serves the run kept in {@code dir}; {@code control} is null for a run this process does not run. */
    public DashboardServer(StateDir dir, RunControl control) {
        this(dir, control, null);
    }

    /**
     * Serves the run kept in {@code dir} and, for download, the artifacts it keeps in {@code artifacts} (its
     * artifact repository, null for none); {@code control} is null for a run this process does not run.
     */
    public DashboardServer(StateDir dir, RunControl control, ArtifactStore artifacts) {
        this.dir = dir;
        this.api = new RunApi(dir, artifacts == null ? null : artifacts.kind());
        this.control = control;
        this.artifacts = artifacts;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
    }

    /** Starts serving on 127.0.0.1:{@code port} (0: any free port). */
    public DashboardServer start(int requestedPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 64);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "argowf-dashboard");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            securityHeaders(ex);
            if (!hostIsUs(ex.getRequestHeaders().getFirst("Host"))) {
                send(ex, 421, "text/plain", "this dashboard answers to 127.0.0.1:" + port + " only");
                return;
            }
            String path = ex.getRequestURI().getPath();
            Map<String, String> query = query(ex.getRequestURI().getRawQuery());
            boolean post = "POST".equals(ex.getRequestMethod());
            if (!post && !"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().set("Allow", "GET, POST");
                send(ex, 405, "text/plain", "method not allowed");
                return;
            }
            switch (path) {
                case "/" -> page(ex);
                case "/api/view" -> send(ex, api.view(query.get("expand"), query.get("collapse"),
                        ex.getRequestHeaders().getFirst("If-None-Match")));
                case "/api/log" -> send(ex, api.log(query.get("node"), query.get("start")));
                case "/" + FindJson.PATH -> send(ex, api.find(query.get("q"), query.get("expand"), query.get("collapse")));
                case "/" + ArtifactDownload.PATH -> artifact(ex, query, post);
                case "/api/resume", "/api/stop", "/api/terminate" -> action(ex, path.substring(5), query, post);
                default -> staticFile(ex, path);
            }
        } catch (RuntimeException e) {
            send(ex, 500, "text/plain", "internal error: " + e);
        }
    }

    private static void securityHeaders(HttpExchange ex) {
        ex.getResponseHeaders().set("Content-Security-Policy", Assets.CONTENT_SECURITY_POLICY);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
    }

    private boolean hostIsUs(String host) {
        return host != null && (host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port));
    }

    private void page(HttpExchange ex) throws IOException {
        String title = dir.read().map(s -> s.run().workflowName() + " - argowf").orElse("argowf");
        Map<String, String> data = new LinkedHashMap<>();
        data.put("view-url", "api/view");
        data.put("log-url", "api/log");
        data.put("find-url", FindJson.PATH);
        data.put("action-url", control == null ? "" : "api/");
        data.put("token", token);
        send(ex, 200, "text/html; charset=utf-8", Assets.page(title, "static/", data));
    }

    private void staticFile(HttpExchange ex, String path) throws IOException {
        Optional<Assets.Asset> asset = path.startsWith("/static/") ? Assets.get(path.substring(8)) : Optional.empty();
        if (asset.isEmpty()) {
            send(ex, 404, "text/plain", "not found");
            return;
        }
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        send(ex, 200, asset.get().contentType(), asset.get().bytes());
    }

    private void artifact(HttpExchange ex, Map<String, String> query, boolean post) throws IOException {
        if (post) {
            ex.getResponseHeaders().set("Allow", "GET");
            send(ex, 405, "text/plain", "a download takes GET");
            return;
        }
        String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            send(ex, 403, "text/plain", "cross-site download refused; open the link from the dashboard's page");
            return;
        }
        Optional<RunApi.Reply> refused = api.artifact(artifacts, query.get("node"), query.get("io"), query.get("name"),
                (head, file) -> {
                    head.headers().forEach(ex.getResponseHeaders()::set);
                    ex.getResponseHeaders().set("Content-Type", head.contentType());
                    long size = Files.size(file);
                    boolean isHead = "HEAD".equals(ex.getRequestMethod());
                    ex.sendResponseHeaders(head.status(), isHead || size == 0 ? -1 : size);
                    if (!isHead) {
                        try (OutputStream out = ex.getResponseBody()) {
                            Files.copy(file, out);
                        }
                    }
                });
        if (refused.isPresent()) {
            send(ex, refused.get());
        }
    }

    private void action(HttpExchange ex, String action, Map<String, String> query, boolean post) throws IOException {
        if (!post) {
            ex.getResponseHeaders().set("Allow", "POST");
            send(ex, 405, "text/plain", action + " takes POST");
            return;
        }
        if (!sameOrigin(ex)) {
            send(ex, 403, "text/plain", "cross-origin request refused");
            return;
        }
        if (control == null) {
            send(ex, 409, "text/plain", "this dashboard shows a state directory; " + action
                    + " the run where it runs");
            return;
        }
        switch (action) {
            case "stop" -> control.stop();
            case "terminate" -> control.terminate();
            default -> {
                String name = api.nodeName(query.get("node"));
                int resumed = control.resume(name);
                send(ex, 200, "application/json", "{\"resumed\":" + resumed + "}");
                return;
            }
        }
        send(ex, 202, "application/json", "{}");
    }

    private boolean sameOrigin(HttpExchange ex) {
        String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            return false;
        }
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origin.equals("http://127.0.0.1:" + port) && !origin.equals("http://localhost:" + port)) {
            return false;
        }
        String sent = ex.getRequestHeaders().getFirst("X-Argowf-Token");
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(k, v);
        }
        return params;
    }

    private static void send(HttpExchange ex, RunApi.Reply reply) throws IOException {
        reply.headers().forEach(ex.getResponseHeaders()::set);
        send(ex, reply.status(), reply.contentType(), reply.body());
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
