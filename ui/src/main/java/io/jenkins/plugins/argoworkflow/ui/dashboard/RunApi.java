package io.jenkins.plugins.argoworkflow.ui.dashboard;

import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.ui.graph.FoldOptions;
import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import io.jenkins.plugins.argoworkflow.ui.view.ArtifactDownload;
import io.jenkins.plugins.argoworkflow.ui.view.FindJson;
import io.jenkins.plugins.argoworkflow.ui.view.RunViewJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the graph page reads from a run's {@link StateDir}, answered the same way by every host: the CLI's
 * {@link DashboardServer} and the Jenkins build's Argo Workflow page. The view, the search, a node's log and an
 * artifact's download, each as a {@link Reply} a host writes out with its own HTTP machinery; the host keeps
 * what differs between them (who may ask, which methods, the page itself, the commands).
 */
public final class RunApi {

    private static final int CACHED_VIEWS = 8;

    private final StateDir dir;
    private final String artifactKind;
    private final Map<String, byte[]> views = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED_VIEWS;
        }
    };

    /**
     * The API of the run kept in {@code dir}; {@code artifactKind} is the location kind of the host's artifact
     * repository ({@link ArtifactStore#kind()}), null when it keeps none: the view then links no downloads.
     */
    public RunApi(StateDir dir, String artifactKind) {
        this.dir = dir;
        this.artifactKind = artifactKind;
    }

    /** An HTTP reply: status, content type, body and extra headers. */
    public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

        public static Reply text(int status, String text) {
            return new Reply(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        public static Reply json(int status, String json) {
            return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        /** This reply with one more header. */
        public Reply with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Reply(status, contentType, body, Map.copyOf(more));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Writes a fetched artifact out: {@code head} has the status and headers, {@code file} the bytes. */
    @FunctionalInterface
    public interface FileSender {
        void send(Reply head, Path file) throws IOException;
    }

    /** The run's state as the state directory holds it now; empty before the run wrote its first status. */
    public Optional<StateDir.Snapshot> snapshot() throws IOException {
        return dir.read();
    }

    /**
     * The JSON view with groups expanded and boundaries collapsed as the page asks ({@code expand} and
     * {@code collapse}: comma-separated node IDs); 304 when {@code ifNoneMatch} is the view's ETag (the state did
     * not change), 503 before the run wrote its first status.
     */
    public Reply view(String expand, String collapse, String ifNoneMatch) throws IOException {
        Optional<StateDir.Snapshot> snapshot = dir.read();
        if (snapshot.isEmpty()) {
            return notYet();
        }
        FoldOptions fold = fold(expand, collapse);
        String etag = "\"" + snapshot.get().revision() + ":" + Integer.toHexString(fold.key().hashCode()) + "\"";
        if (etag.equals(ifNoneMatch)) {
            return new Reply(304, "application/json", new byte[0], Map.of("ETag", etag, "Cache-Control", "no-cache"));
        }
        byte[] json;
        synchronized (views) {
            json = views.get(etag);
        }
        if (json == null) {
            json = RunViewJson.render(snapshot.get().run(), fold, snapshot.get().revision(), artifactKind);
            synchronized (views) {
                views.put(etag, json);
            }
        }
        return new Reply(200, "application/json", json, Map.of("ETag", etag, "Cache-Control", "no-cache"));
    }

    /** The nodes named like {@code query}, folded ones included, with what to unfold to show each ({@link FindJson}). */
    public Reply find(String query, String expand, String collapse) throws IOException {
        Optional<StateDir.Snapshot> snapshot = dir.read();
        if (snapshot.isEmpty()) {
            return notYet();
        }
        return new Reply(200, "application/json", FindJson.render(snapshot.get().run(), fold(expand, collapse), query),
                Map.of());
    }

    /**
     * The log of node {@code nodeId} from byte {@code start} (none or empty: 0), in Jenkins's progressiveText
     * protocol: {@code X-Text-Size} is where to go on, {@code X-More-Data} is set while the log may grow.
     */
    public Reply log(String nodeId, String start) throws IOException {
        if (dir.logFile(nodeId).isEmpty()) {
            return Reply.text(400, "node must be the ID of a node of this workflow");
        }
        long from;
        try {
            from = start == null || start.isEmpty() ? 0 : Long.parseLong(start);
        } catch (NumberFormatException e) {
            return Reply.text(400, "start must be a byte offset, not '" + start + "'");
        }
        StateDir.LogChunk chunk = dir.log(nodeId, from);
        Reply reply = Reply.text(200, chunk.text()).with("X-Text-Size", Long.toString(chunk.next()));
        if (stillWriting(nodeId) || dir.log(nodeId, chunk.next()).next() > chunk.next()) {
            reply = reply.with("X-More-Data", "true");
        }
        return reply;
    }

    /**
     * The artifact {@code name} of {@code io} ({@code outputs}, the default, or {@code inputs}) of node
     * {@code nodeId}, fetched from {@code store} (the host's artifact repository, null for none) into a temporary
     * file that {@code send} writes out with Content-Type and Content-Disposition ({@link ArtifactDownload}); the
     * file is deleted afterwards. Returns empty when sent, else why not: 400 for a malformed request, 403 for a
     * key that leaves the repository, 404 for what is not there, 503 before the run wrote its first status.
     */
    public Optional<Reply> artifact(ArtifactStore store, String nodeId, String io, String name, FileSender send)
            throws IOException {
        Optional<StateDir.Snapshot> snapshot = dir.read();
        if (snapshot.isEmpty()) {
            return Optional.of(notYet());
        }
        ArtifactDownload download;
        try {
            download = ArtifactDownload.find(snapshot.get().run(), nodeId, io == null ? "outputs" : io, name,
                    store == null ? null : store.kind());
        } catch (ArtifactDownload.NotFound e) {
            return Optional.of(Reply.text(e.status(), e.getMessage()));
        }
        Path copy = Files.createTempFile("argowf-artifact-", ".download");
        try {
            try {
                store.get(download.key(), copy);
            } catch (NoSuchFileException e) {
                return Optional.of(Reply.text(404, "artifact '" + name + "' (key " + download.key()
                        + ") is not in the artifact repository: the node may not have saved it yet"));
            } catch (IllegalArgumentException e) {
                return Optional.of(Reply.text(400, "the artifact repository refuses the key: " + e.getMessage()));
            }
            send.send(new Reply(200, download.contentType(), new byte[0],
                    Map.of("Content-Disposition", download.contentDisposition())), copy);
            return Optional.empty();
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** The name of the node with ID {@code id} (what WorkflowRun.resume takes), or null for the whole run. */
    public String nodeName(String id) throws IOException {
        if (id == null || id.isEmpty()) {
            return null;
        }
        return dir.read().flatMap(s -> s.run().nodes().stream().filter(n -> n.id().equals(id)).findFirst())
                .map(RunSnapshot.Node::name).orElse(id);
    }

    /** The node's log may still grow: the node is pending or running, or the run has not ended. */
    private boolean stillWriting(String nodeId) throws IOException {
        Optional<StateDir.Snapshot> s = dir.read();
        return s.isEmpty() || !s.get().run().finished() && s.get().run().nodes().stream()
                .filter(n -> n.id().equals(nodeId)).findFirst().map(RunSnapshot.Node::active).orElse(true);
    }

    private static Reply notYet() {
        return Reply.text(503, "the workflow has not written its status yet; the page tries again");
    }

    private static FoldOptions fold(String expand, String collapse) {
        return new FoldOptions(FoldOptions.DEFAULT_THRESHOLD, ids(expand), ids(collapse));
    }

    private static Set<String> ids(String list) {
        Set<String> ids = new LinkedHashSet<>();
        if (list != null) {
            for (String id : list.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        return ids;
    }
}
