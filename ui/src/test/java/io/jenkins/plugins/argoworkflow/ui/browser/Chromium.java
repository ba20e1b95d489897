package io.jenkins.plugins.argoworkflow.ui.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium, driven through the Chrome DevTools protocol with the JDK's HTTP and WebSocket
 * clients: no npm, no browser download, nothing but the {@code chromium} package. One page per instance.
 * JavaScript dialogs (alert, confirm, prompt) are recorded and dismissed, so a test can assert none fired.
 */
public final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());
    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser the tests use: {@code ARGOWF_CHROMIUM}, else Debian's {@code /usr/bin/chromium}. */
    public static Path executable() {
        String configured = System.getenv("ARGOWF_CHROMIUM");
        return Path.of(configured != null ? configured : "/usr/bin/chromium");
    }

    /** Starts a headless Chromium with a viewport of {@code width} x {@code height}. */
    public static Chromium launch(int width, int height) throws IOException, InterruptedException {
        Path exe = executable();
        if (!Files.isExecutable(exe)) {
            throw new IllegalStateException(exe + " not found: the browser tests need Debian's chromium "
                    + "(apt-get install chromium; .ci/run installs it), or ARGOWF_CHROMIUM=/path/to/chrome");
        }
        Path profile = Files.createTempDirectory("argowf-chromium-");
        List<String> command = new ArrayList<>(List.of(exe.toString(), "--headless=new", "--disable-gpu",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--hide-scrollbars", "--window-size=" + width + "," + height, "about:blank"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add(1, "--no-sandbox"); // Chromium refuses to run as root with its sandbox
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            int port = devToolsPort(profile, process);
            String ws = pageSocket(port);
            Chromium[] self = new Chromium[1];
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(ws), new Listener(m -> self[0].receive(m))).get(30, TimeUnit.SECONDS);
            self[0] = new Chromium(process, profile, socket);
            self[0].send("Page.enable", Map.of());
            self[0].send("Runtime.enable", Map.of());
            self[0].send("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
            return self[0];
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("could not start or reach chromium; its log: "
                    + Files.readString(profile.resolve("chromium.log")), e);
        }
    }

    private static int devToolsPort(Path profile, Process process) throws IOException, InterruptedException {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("chromium exited with " + process.exitValue());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("chromium did not open its DevTools port in " + TIMEOUT);
    }

    private static String pageSocket(int port) throws IOException, InterruptedException {
        HttpResponse<String> list = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(list.body())) {
            if ("page".equals(target.path("type").asText())) {
                return target.path("webSocketDebuggerUrl").asText();
            }
        }
        throw new IllegalStateException("chromium has no page: " + list.body());
    }

    /** Sends a DevTools command and waits for its result. */
    public JsonNode send(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IllegalStateException(method + ": " + answer.get("error"));
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        }
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                if (reply != null) {
                    reply.complete(message);
                }
                return;
            }
            String method = message.path("method").asText();
            JsonNode params = message.path("params");
            if (method.equals("Page.javascriptDialogOpening")) {
                dialogs.add(params.path("type").asText() + ": " + params.path("message").asText());
                // Answered off the socket's thread, which must stay free to deliver the reply.
                CompletableFuture.runAsync(() -> send("Page.handleJavaScriptDialog", Map.of("accept", false)));
            } else if (method.equals("Runtime.exceptionThrown")) {
                consoleErrors.add(params.path("exceptionDetails").toString());
            } else if (method.equals("Runtime.consoleAPICalled") && params.path("type").asText().equals("error")) {
                consoleErrors.add(params.path("args").toString());
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable DevTools message", e);
        }
    }

    /** Opens {@code url} and waits for its load event. */
    public void navigate(String url) {
        send("Page.navigate", Map.of("url", url));
        await("document.readyState === 'complete' && location.href === " + JSON.valueToTree(url), TIMEOUT);
    }

    /** Evaluates {@code expression} in the page (promises awaited) and returns its value as JSON. */
    public JsonNode eval(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until {@code condition} (JavaScript) is true in the page. */
    public void await(String condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (eval("!!(" + condition + ")").asBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout + " for " + condition);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Clicks with the mouse at viewport coordinates, as a user does. */
    public void click(double x, double y) {
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            send("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left", "clickCount", 1));
        }
    }

    /** Clicks the middle of the first element {@code selector} matches. */
    public void click(String selector) {
        JsonNode box = eval("(() => { const r = document.querySelector(" + JSON.valueToTree(selector)
                + ").getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
        click(box.get("x").asDouble(), box.get("y").asDouble());
    }

    /** Types text into the focused element. */
    public void type(String text) {
        send("Input.insertText", Map.of("text", text));
    }

    /** Presses a key (e.g. Enter) in the focused element. */
    public void press(String key) {
        for (String type : List.of("keyDown", "keyUp")) {
            send("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key,
                    "windowsVirtualKeyCode", key.equals("Enter") ? 13 : 0));
        }
    }

    /** Lets the page download files, saved into {@code dir} under the names the server gives. */
    public void allowDownloads(Path dir) throws IOException {
        Files.createDirectories(dir);
        send("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    }

    /** Waits until the download saved as {@code file} is complete (Chromium renames it when done); returns it. */
    public Path awaitDownload(Path file, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.isRegularFile(file)) {
            if (System.nanoTime() > deadline) {
                String seen;
                try (var files = Files.list(file.getParent())) {
                    seen = files.map(p -> p.getFileName().toString()).toList().toString();
                }
                throw new AssertionError("waited " + timeout + " for the download " + file + "; the folder holds " + seen);
            }
            Thread.sleep(25);
        }
        return file;
    }

    /** Saves a PNG screenshot of the viewport to {@code file}. */
    public Path screenshot(Path file) throws IOException {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
        return file;
    }

    /** The JavaScript dialogs opened so far (type and message). */
    public List<String> dialogs() {
        synchronized (dialogs) {
            return List.copyOf(dialogs);
        }
    }

    /** Uncaught exceptions and console errors of the page so far. */
    public List<String> consoleErrors() {
        synchronized (consoleErrors) {
            return List.copyOf(consoleErrors);
        }
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var paths = Files.walk(profile)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Chromium may still be writing into its profile while it exits; the directory is temporary.
        }
    }

    /** Joins a message's fragments and hands whole messages over. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> onMessage;
        private final StringBuilder partial = new StringBuilder();

        Listener(java.util.function.Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                onMessage.accept(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
