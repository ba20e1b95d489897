package io.jenkins.plugins.argoworkflow.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.argoworkflow.engine.spi.MemoryArtifactStore;
import io.jenkins.plugins.argoworkflow.ui.UiRuns;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardServerTest {

    @TempDir
    Path stateDir;

    private DashboardServer server;
    private final List<String> actions = new ArrayList<>();

    private final RunControl control = new RunControl() {
        @Override
        public int resume(String nodeName) {
            actions.add("resume " + nodeName);
            return 1;
        }

        @Override
        public void stop() {
            actions.add("stop");
        }

        @Override
        public void terminate() {
            actions.add("terminate");
        }
    };

    /** A response: status, headers, body. */
    private record Reply(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> name.equalsIgnoreCase(e.getKey())).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    @BeforeEach
    void serve() throws Exception {
        UiRuns.record(UiRuns.resource("dag.yaml"), UiRuns.runtime(), stateDir);
        server = new DashboardServer(new StateDir(stateDir), control).start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply request(String method, String path, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().map(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private String token() throws IOException {
        Matcher m = Pattern.compile("data-token=\"([0-9a-f]+)\"").matcher(request("GET", "/", Map.of()).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void servesThePageWithAStrictPolicyAndItsUrlsInDataAttributes() throws IOException {
        Reply page = request("GET", "/", Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'");
        assertThat(page.body()).contains("data-view-url=\"api/view\"", "data-log-url=\"api/log\"",
                "data-find-url=\"api/find\"",
                "<script src=\"static/graph.js\"></script>").doesNotContain("style=", "onload", "<script>");
        assertThat(request("GET", "/static/graph.js", Map.of()).header("Content-Type")).startsWith("text/javascript");
        assertThat(request("GET", "/static/../pom.xml", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void theViewCarriesAnETagAndIsNotSentAgainWhileUnchanged() throws IOException {
        Reply view = request("GET", "/api/view", Map.of());
        JsonNode json = new ObjectMapper().readTree(view.body());

        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("nodes")).hasSize(7);
        assertThat(json.get("edges")).hasSize(8);
        JsonNode d = json.findParents("displayName").stream().filter(n -> n.path("displayName").asText().equals("D"))
                .findFirst().orElseThrow();
        assertThat(d.get("exitCode").asText()).isEqualTo("0");
        assertThat(d.get("podName").asText()).startsWith("dag-diamond-echo-");
        assertThat(d.get("inputs").get("parameters").get(0).get("value").asText()).isEqualTo("D");
        assertThat(d.has("x") && d.has("y") && d.has("duration")).isTrue();
        assertThat(request("GET", "/api/view", Map.of("If-None-Match", view.header("ETag"))).status()).isEqualTo(304);
    }

    @Test
    void findAnswersWithTheMatchingNodesAndWhatToUnfold() throws Exception {
        JsonNode view = new ObjectMapper().readTree(request("GET", "/api/view", Map.of()).body());
        String b = view.findParents("displayName").stream().filter(n -> n.path("displayName").asText().equals("B"))
                .findFirst().orElseThrow().get("id").asText();

        Reply found = request("GET", "/api/find?q=%2Eb&expand=x", Map.of());
        JsonNode json = new ObjectMapper().readTree(found.body());

        assertThat(found.header("Content-Type")).isEqualTo("application/json");
        assertThat(json.get("query").asText()).isEqualTo(".b");
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(json.get("matches").get(0).get("id").asText()).isEqualTo(b);
        assertThat(json.get("matches").get(0).get("expand")).isEmpty();
        assertThat(new ObjectMapper().readTree(request("GET", "/api/find", Map.of()).body()).get("total").asInt())
                .isZero();
    }

    @Test
    void logsAreReadFromAnOffsetAndSayWhenTheyAreComplete() throws Exception {
        JsonNode view = new ObjectMapper().readTree(request("GET", "/api/view", Map.of()).body());
        String d = view.findParents("displayName").stream().filter(n -> n.path("displayName").asText().equals("D"))
                .findFirst().orElseThrow().get("id").asText();

        Reply whole = request("GET", "/api/log?node=" + d + "&start=0", Map.of());
        Reply rest = request("GET", "/api/log?node=" + d + "&start=1", Map.of());

        assertThat(whole.body()).isEqualTo("D\n");
        assertThat(whole.header("X-Text-Size")).isEqualTo("2");
        assertThat(whole.header("X-More-Data")).as("the run ended").isNull();
        assertThat(rest.body()).isEqualTo("\n");
        assertThat(request("GET", "/api/log?node=../../etc/passwd", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void actionsNeedPostTheTokenAndTheSameOrigin() throws IOException {
        String token = token();
        String origin = "http://127.0.0.1:" + server.port();

        assertThat(request("GET", "/api/stop", Map.of()).status()).isEqualTo(405);
        assertThat(request("POST", "/api/stop", Map.of()).status()).as("no token").isEqualTo(403);
        assertThat(request("POST", "/api/stop", Map.of("X-Argowf-Token", "0" + token)).status()).isEqualTo(403);
        assertThat(request("POST", "/api/stop", Map.of("X-Argowf-Token", token, "Origin", "http://evil.example"))
                .status()).isEqualTo(403);
        assertThat(request("POST", "/api/stop", Map.of("X-Argowf-Token", token, "Sec-Fetch-Site", "cross-site"))
                .status()).isEqualTo(403);
        assertThat(actions).isEmpty();

        assertThat(request("POST", "/api/terminate", Map.of("X-Argowf-Token", token, "Origin", origin,
                "Sec-Fetch-Site", "same-origin")).status()).isEqualTo(202);
        assertThat(request("POST", "/api/resume", Map.of("X-Argowf-Token", token)).body()).isEqualTo("{\"resumed\":1}");
        assertThat(actions).containsExactly("terminate", "resume null");
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws IOException {
        // What a page of another site reaches through DNS rebinding: our address under its name. The JDK's
        // clients will not send another Host, so the request goes over a plain socket.
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET /api/view HTTP/1.1\r\nHost: attacker.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(reply).startsWith("HTTP/1.1 421");
        }
    }

    /** Records a run of artifacts.yaml into its own state directory, with {@code store} as its repository. */
    private static void artifactRun(Path dir, MemoryArtifactStore store) throws Exception {
        UiRuns.record(UiRuns.resource("artifacts.yaml"), UiRuns.runtime(), dir, store);
    }

    private static JsonNode nodeNamed(JsonNode view, String displayName) {
        return view.findParents("displayName").stream()
                .filter(n -> n.path("displayName").asText().equals(displayName)).findFirst().orElseThrow();
    }

    private static JsonNode artifact(JsonNode node, String io, String name) {
        for (JsonNode a : node.path(io).path("artifacts")) {
            if (a.path("name").asText().equals(name)) {
                return a;
            }
        }
        throw new AssertionError(node.get("displayName") + " has no " + io + " artifact " + name);
    }

    @Test
    void artifactsOfTheRunsStoreAreDownloadedThroughTheLinksOfTheView(@TempDir Path dir) throws Exception {
        MemoryArtifactStore store = new MemoryArtifactStore("local");
        artifactRun(dir, store);
        try (DashboardServer served = new DashboardServer(new StateDir(dir), null, store).start(0)) {
            server.close();
            server = served;
            JsonNode view = new ObjectMapper().readTree(request("GET", "/api/view", Map.of()).body());
            JsonNode generate = nodeNamed(view, "generate");
            String pod = generate.get("podName").asText();
            String reportUrl = artifact(generate, "outputs", "report").get("downloadUrl").asText();
            String bundleUrl = artifact(generate, "outputs", "bundle").get("downloadUrl").asText();
            String inputUrl = artifact(nodeNamed(view, "consume"), "inputs", "report").get("downloadUrl").asText();

            assertThat(reportUrl).as("relative to the page, so every host serves the same path")
                    .isEqualTo("api/artifact?node=" + generate.get("id").asText() + "&io=outputs&name=report");
            Reply report = request("GET", "/" + reportUrl, Map.of("Sec-Fetch-Site", "same-origin"));
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.body()).isEqualTo("report of " + pod);
            assertThat(report.header("Content-Type")).isEqualTo("application/octet-stream");
            assertThat(report.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"report.txt\"; filename*=UTF-8''report.txt");
            assertThat(report.header("X-Content-Type-Options")).isEqualTo("nosniff");

            Reply bundle = request("GET", "/" + bundleUrl, Map.of());
            assertThat(bundle.body()).isEqualTo("bundle of " + pod);
            assertThat(bundle.header("Content-Type")).as("packed as tar+gzip by default").isEqualTo("application/gzip");
            assertThat(bundle.header("Content-Disposition")).startsWith("attachment; filename=\"bundle.tgz\"");

            assertThat(request("GET", "/" + inputUrl, Map.of()).body()).as("an input is the producer's object")
                    .isEqualTo("report of " + pod);
        }
    }

    @Test
    void aDownloadNamesAnArtifactOfTheRunAndIsRefusedOtherwise(@TempDir Path dir) throws Exception {
        MemoryArtifactStore store = new MemoryArtifactStore("local");
        artifactRun(dir, store);
        try (DashboardServer served = new DashboardServer(new StateDir(dir), null, store).start(0)) {
            server.close();
            server = served;
            JsonNode view = new ObjectMapper().readTree(request("GET", "/api/view", Map.of()).body());
            String id = nodeNamed(view, "generate").get("id").asText();

            assertThat(request("GET", "/api/artifact?node=" + id + "&io=outputs&name=report",
                    Map.of("Sec-Fetch-Site", "cross-site")).status()).as("started by another site").isEqualTo(403);
            assertThat(request("POST", "/api/artifact?node=" + id + "&name=report", Map.of()).status()).isEqualTo(405);
            assertThat(request("GET", "/api/artifact?name=report", Map.of()).status()).isEqualTo(400);
            assertThat(request("GET", "/api/artifact?node=" + id + "&io=etc&name=report", Map.of()).status())
                    .isEqualTo(400);
            Reply traversal = request("GET", "/api/artifact?node=" + id + "&name=..%2F..%2Fetc%2Fpasswd", Map.of());
            assertThat(traversal.status()).isEqualTo(404);
            assertThat(traversal.body()).contains("has no outputs artifact '../../etc/passwd'");
            assertThat(request("GET", "/api/artifact?node=..%2F" + id + "&name=report", Map.of()).status())
                    .isEqualTo(404);
            Reply notSaved = request("GET", "/api/artifact?node=" + nodeNamed(view, "consume").get("id").asText()
                    + "&io=outputs&name=report", Map.of());
            assertThat(notSaved.status()).isEqualTo(404);
        }
    }

    @Test
    void aKeyOfTheStatusThatLeavesTheRepositoryIsRefused(@TempDir Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("_run"));
        java.nio.file.Files.writeString(dir.resolve("_run/status.json"), """
                {"metadata": {"name": "evil"}, "status": {"phase": "Succeeded", "nodes": {"evil": {"id": "evil",
                 "name": "evil", "type": "Pod", "phase": "Succeeded", "outputs": {"artifacts": [
                 {"name": "passwd", "local": {"key": "../../etc/passwd"}}]}}}}}
                """);
        try (DashboardServer served = new DashboardServer(new StateDir(dir), null,
                new MemoryArtifactStore("local")).start(0)) {
            server.close();
            server = served;
            Reply reply = request("GET", "/api/artifact?node=evil&name=passwd", Map.of());

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.body()).contains("has the key '../../etc/passwd', which leaves the artifact repository");
        }
    }

    @Test
    void aHostWithoutAnArtifactStoreOffersNoDownloads(@TempDir Path dir) throws Exception {
        artifactRun(dir, new MemoryArtifactStore("local"));
        try (DashboardServer served = new DashboardServer(new StateDir(dir), null).start(0)) {
            server.close();
            server = served;
            String view = request("GET", "/api/view", Map.of()).body();
            String id = nodeNamed(new ObjectMapper().readTree(view), "generate").get("id").asText();

            assertThat(view).contains("\"report\"").doesNotContain("downloadUrl");
            assertThat(request("GET", "/api/artifact?node=" + id + "&name=report", Map.of()).body())
                    .contains("keeps no artifact repository");
        }
    }

    @Test
    void artifactsOfAnotherKindOfRepositoryGetNoLink(@TempDir Path dir) throws Exception {
        artifactRun(dir, new MemoryArtifactStore("s3"));
        try (DashboardServer served = new DashboardServer(new StateDir(dir), null,
                new MemoryArtifactStore("local")).start(0)) {
            server.close();
            server = served;
            JsonNode view = new ObjectMapper().readTree(request("GET", "/api/view", Map.of()).body());
            JsonNode report = artifact(nodeNamed(view, "generate"), "outputs", "report");

            assertThat(report.has("s3")).isTrue();
            assertThat(report.has("downloadUrl")).isFalse();
        }
    }

    @Test
    void aDashboardOfAStateDirectoryCannotAct() throws IOException {
        try (DashboardServer readOnly = new DashboardServer(new StateDir(stateDir), null).start(0)) {
            String page = new String(URI.create(readOnly.url()).toURL().openStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(page).contains("data-action-url=\"\"");
        }
    }
}
