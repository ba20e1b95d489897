package io.jenkins.plugins.argoworkflow;

import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.ui.dashboard.RunApi;
import io.jenkins.plugins.argoworkflow.ui.dashboard.RunApi.Reply;
import io.jenkins.plugins.argoworkflow.ui.dashboard.RunControl;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateDir;
import io.jenkins.plugins.argoworkflow.ui.view.Assets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a build's Argo Workflow page answers, with no Jenkins in it: the ui module's page files; the JSON view,
 * the search, node logs and artifact downloads read from the build's state directory by the ui's {@link RunApi},
 * as {@code argowf dashboard STATE_DIR} reads them; and the buttons' commands on the live run.
 * {@link ArgoRunAction} checks permissions and writes the replies.
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

    private final StateDir dir;
    private final RunApi api;

    /** The page of the run kept in {@code stateDir}, whose artifacts live in the build's {@link BuildArtifactStore}. */
    RunPage(Path stateDir) {
        this.dir = new StateDir(stateDir);
        this.api = new RunApi(dir, BuildArtifactStore.KIND);
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
     * The JSON view with groups expanded and boundaries collapsed as the page asks, its artifacts linked for
     * download; 304 when {@code ifNoneMatch} is the view's ETag, 503 before the run wrote its first status.
     */
    Reply view(String expand, String collapse, String ifNoneMatch) throws IOException {
        return api.view(expand, collapse, ifNoneMatch);
    }

    /** The nodes named like {@code query}, folded ones included, with what to unfold to show each. */
    Reply find(String query, String expand, String collapse) throws IOException {
        return api.find(query, expand, collapse);
    }

    /** The log of node {@code nodeId} from byte {@code start}, in Jenkins's progressiveText protocol. */
    Reply log(String nodeId, String start) throws IOException {
        return api.log(nodeId, start);
    }

    /**
     * Fetches the artifact a download names from the build's {@code store} and has {@code send} write it out
     * (Content-Type, Content-Disposition); empty when sent, else the refusal (400, 403, 404, 503) saying why.
     */
    Optional<Reply> artifact(ArtifactStore store, String nodeId, String io, String name, RunApi.FileSender send)
            throws IOException {
        return api.artifact(store, nodeId, io, name, send);
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
                int resumed = control.resume(api.nodeName(nodeId));
                return Reply.json(200, "{\"resumed\":" + resumed + "}");
            }
            default -> throw new IllegalArgumentException(command.name());
        }
        return Reply.json(202, "{}");
    }
}
