package io.jenkins.plugins.argoworkflow;

import io.jenkins.plugins.argoworkflow.ui.dashboard.RunControl;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateDir;
import io.jenkins.plugins.argoworkflow.ui.graph.FoldOptions;
import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import io.jenkins.plugins.argoworkflow.ui.view.Assets;
import io.jenkins.plugins.argoworkflow.ui.view.RunViewJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a build's Argo Workflow page answers, with no Jenkins in it: the ui module's page files, the JSON view
 * and node logs read from the build's state directory as {@code argowf dashboard STATE_DIR} reads them, and
 * the buttons' commands on the live run. {@link ArgoRunAction} checks permissions and writes the replies.
 */
final class RunPage {

    /** The commands of the page's buttons. */
    enum Command {
        RESUME("resume"), STOP("stop"), TERMINATE("terminate");

        private final String verb;

        Command(String verb) {
            this.verb = verb;
        }

        String verb() {
            return verb;
        }
    }

    /** An HTTP reply: status, content type, body and extra headers. */
    record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

        static Reply text(int status, String text) {
            return new Reply(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        static Reply json(int status, String json) {
            return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        Reply with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Reply(status, contentType, body, Map.copyOf(more));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final StateDir dir;

    RunPage(Path stateDir) {
        this.dir = new StateDir(stateDir);
    }

    /** The page's static file at {@code restOfPath} ({@code /graph.js}, {@code /graph.css}); 404 for any other. */
    static Reply asset(String restOfPath) {
        String name = restOfPath == null ? "" : restOfPath.startsWith("/") ? restOfPath.substring(1) : restOfPath;
        return Assets.get(name).map(a -> new Reply(200, a.contentType(), a.bytes(), Map.of("Cache-Control", "no-cache")))
                .orElseGet(() -> Reply.text(404, "no such file of the Argo Workflow page: " + name));
    }

    /** The title of the page: the workflow's name once the run has written its status. */
    String title() throws IOException {
        return dir.read().map(s -> s.run().workflowName()).orElse("Argo Workflow");
    }

    /**
     * The JSON view with groups expanded and boundaries collapsed as the page asks; 304 when {@code ifNoneMatch}
     * is the view's ETag (the state did not change), 503 before the run wrote its first status.
     */
    Reply view(String expand, String collapse, String ifNoneMatch) throws IOException {
        Optional<StateDir.Snapshot> snapshot = dir.read();
        if (snapshot.isEmpty()) {
            return Reply.text(503, "the workflow has not written its status yet; the page tries again");
        }
        FoldOptions fold = new FoldOptions(FoldOptions.DEFAULT_THRESHOLD, ids(expand), ids(collapse));
        String etag = "\"" + snapshot.get().revision() + ":" + Integer.toHexString(fold.key().hashCode()) + "\"";
        if (etag.equals(ifNoneMatch)) {
            return new Reply(304, "application/json", new byte[0], Map.of("ETag", etag));
        }
        byte[] json = RunViewJson.render(snapshot.get().run(), fold, snapshot.get().revision());
        return new Reply(200, "application/json", json, Map.of("ETag", etag, "Cache-Control", "no-cache"));
    }

    /**
     * The log of node {@code nodeId} from byte {@code start}, in Jenkins's progressiveText protocol:
     * {@code X-Text-Size} is where to go on, {@code X-More-Data} is set while the log may grow.
     */
    Reply log(String nodeId, String start) throws IOException {
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

    private boolean stillWriting(String nodeId) throws IOException {
        Optional<StateDir.Snapshot> s = dir.read();
        return s.isEmpty() || !s.get().run().finished() && s.get().run().nodes().stream()
                .filter(n -> n.id().equals(nodeId)).findFirst().map(RunSnapshot.Node::active).orElse(true);
    }

    /**
     * Carries out {@code command} on the live run; 409 when the build's workflow does not run in this Jenkins
     * (it ended, or Jenkins restarted since). Resume takes the suspended node's ID, or resumes all when null.
     */
    Reply act(Command command, String nodeId, Optional<RunControl> live) throws IOException {
        if (live.isEmpty()) {
            return Reply.text(409, "the workflow of this build is not running in this Jenkins (it has ended, or "
                    + "Jenkins restarted since it started): there is nothing to " + command.verb());
        }
        RunControl control = live.get();
        switch (command) {
            case STOP -> control.stop();
            case TERMINATE -> control.terminate();
            case RESUME -> {
                int resumed = control.resume(nodeName(nodeId));
                return Reply.json(200, "{\"resumed\":" + resumed + "}");
            }
            default -> throw new IllegalArgumentException(command.name());
        }
        return Reply.json(202, "{}");
    }

    /** The name of the node with ID {@code id} (what WorkflowRun.resume takes), or null for the whole run. */
    private String nodeName(String id) throws IOException {
        if (id == null || id.isEmpty()) {
            return null;
        }
        return dir.read().flatMap(s -> s.run().nodes().stream().filter(n -> n.id().equals(id)).findFirst())
                .map(RunSnapshot.Node::name).orElse(id);
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
