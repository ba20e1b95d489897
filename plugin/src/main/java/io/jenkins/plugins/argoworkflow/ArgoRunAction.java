package io.jenkins.plugins.argoworkflow;

import hudson.Extension;
import hudson.Functions;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.Permission;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.ui.dashboard.RunApi;
import io.jenkins.plugins.argoworkflow.ui.dashboard.RunControl;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jenkins.model.TransientActionFactory;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * A build's "Argo Workflow" page, at {@code <run>/argo/}: the node graph of the workflow the build ran (the
 * ui module's page, the one {@code argowf dashboard} serves), read from the build's state directory
 * {@code <build dir>/argo/}. Every build that has one gets the page ({@link Factory}).
 *
 * <pre>
 * GET  argo/                        the page (index.jelly), its URLs and the crumb in data-* attributes
 * GET  argo/static/graph.js|.css    the page's files
 * GET  argo/api/json?expand=&amp;collapse=  the JSON view (ETag, 304 when unchanged), artifacts with download links
 * GET  argo/api/find?q=TEXT&amp;expand=&amp;collapse=  the nodes named like TEXT, folded ones too, with what to unfold
 * GET  argo/api/artifact?node=ID&amp;io=outputs|inputs&amp;name=N  an artifact of a node, from the build's artifacts
 *                                   under argo/ (an attachment named after its key's last segment)
 * GET  argo/log?node=ID&amp;start=N     a node's log (progressiveText headers)
 * POST argo/resume?node=ID          Item.BUILD; resumes a suspended node (all when no node)
 * POST argo/stop, argo/terminate    Item.CANCEL
 * </pre>
 * Reading needs what reaching the build needs (Item.READ); a download also needs Run/Artifacts where Jenkins
 * turns that permission on, as the build's own {@code artifact/} does. A download names a node and an artifact,
 * never a key, so it reaches only what the run's status reports. The reading endpoints are the ui's
 * {@link RunApi}, the code the CLI's dashboard serves them with. The commands take POST only and, as every POST
 * to Jenkins, a valid crumb; they act on the live run from {@link ActiveRuns} and answer 409 when the
 * workflow does not run in this Jenkins.
 */
public final class ArgoRunAction implements Action {

    /** The build directory's subdirectory that holds the run's state, laid out as {@code argowf run --state-dir}'s. */
    static final String STATE_DIR = "argo";
    static final String URL_NAME = "argo";

    private final Run<?, ?> run;
    private final RunPage page;
    private final ArtifactStore artifacts;
    private final Function<String, Optional<WorkflowRun>> liveRuns;

    /**
     * The page of {@code run}, downloading artifacts from {@code artifacts} (the build's {@link BuildArtifactStore});
     * {@code liveRuns} finds a build's live workflow by the build's externalizable id.
     */
    ArgoRunAction(Run<?, ?> run, RunPage page, ArtifactStore artifacts,
            Function<String, Optional<WorkflowRun>> liveRuns) {
        this.run = run;
        this.page = page;
        this.artifacts = artifacts;
        this.liveRuns = liveRuns;
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getDisplayName() {
        return "Argo Workflow";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    /** The page's title: the workflow's name. */
    public String getTitle() throws IOException {
        return page.title();
    }

    /** This page's URL relative to Jenkins's root URL, ending with a slash. */
    public String getBaseUrl() {
        return run.getUrl() + URL_NAME + "/";
    }

    /** Whether the page shows Resume, Stop and Terminate: the build runs and the user may use one of them. */
    public boolean isControllable() {
        return run.isBuilding() && (run.hasPermission(Item.BUILD) || run.hasPermission(Item.CANCEL));
    }

    /** The page's script and style sheet, the same bytes the CLI dashboard serves. */
    public void doStatic(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        send(rsp, RunPage.asset(req.getRestOfPath()));
    }

    /** {@code argo/api/json}: the JSON view of the run. */
    public JsonView getApi() {
        return new JsonView();
    }

    /** A node's log from a byte offset. */
    public void doLog(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        send(rsp, page.log(req.getParameter("node"), req.getParameter("start")));
    }

    /** Resumes the suspended node {@code node} (every suspended node without one), as {@code argo resume}. */
    @RequirePOST
    public void doResume(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        command(RunPage.Command.RESUME, req.getParameter("node"), rsp);
    }

    /** Stops the workflow as {@code argo stop}: running nodes end, exit handlers run. */
    @RequirePOST
    public void doStop(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        command(RunPage.Command.STOP, null, rsp);
    }

    /** Terminates the workflow as {@code argo terminate}: running nodes end, exit handlers do not run. */
    @RequirePOST
    public void doTerminate(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        command(RunPage.Command.TERMINATE, null, rsp);
    }

    private void command(RunPage.Command command, String nodeId, StaplerResponse2 rsp) throws IOException {
        Permission needed = command == RunPage.Command.RESUME ? Item.BUILD : Item.CANCEL;
        if (!run.hasPermission(needed)) {
            String name = command == RunPage.Command.RESUME ? "Job/Build" : "Job/Cancel";
            send(rsp, RunApi.Reply.text(403, "to " + command.verb() + " this build's workflow you need the "
                    + name + " permission on its job"));
            return;
        }
        send(rsp, page.act(command, nodeId, liveRuns.apply(run.getExternalizableId()).map(RunControl::of)));
    }

    static void send(StaplerResponse2 rsp, RunApi.Reply reply) throws IOException {
        rsp.setStatus(reply.status());
        rsp.setContentType(reply.contentType());
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        reply.headers().forEach(rsp::setHeader);
        if (reply.body().length > 0) {
            rsp.setContentLength(reply.body().length);
            try (OutputStream out = rsp.getOutputStream()) {
                out.write(reply.body());
            }
        }
    }

    /** {@code argo/api/}: {@code json}, {@code find} and {@code artifact}, the paths the page's data-* attributes name. */
    public final class JsonView {

        public void doJson(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
            send(rsp, page.view(req.getParameter("expand"), req.getParameter("collapse"),
                    req.getHeader("If-None-Match")));
        }

        /** The nodes named like {@code q}, folded ones too, each with the groups to expand to show it. */
        public void doFind(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
            send(rsp, page.find(req.getParameter("q"), req.getParameter("expand"), req.getParameter("collapse")));
        }

        /**
         * An artifact of a node, streamed from the build's artifacts as an attachment; GET (or HEAD) only, as a
         * download changes nothing and a form elsewhere has no reason to post one. Where Jenkins has the
         * Run/Artifacts permission turned on ({@code hudson.security.ArtifactsPermission}), it needs that too, as
         * the build's own {@code artifact/} does.
         */
        public void doArtifact(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
            boolean head = "HEAD".equals(req.getMethod());
            if (!head && !"GET".equals(req.getMethod())) {
                rsp.setHeader("Allow", "GET, HEAD");
                send(rsp, RunApi.Reply.text(405, "a download takes GET, not " + req.getMethod()));
                return;
            }
            if (Functions.isArtifactsPermissionEnabled() && !run.hasPermission(Run.ARTIFACTS)) {
                send(rsp, RunApi.Reply.text(403, "to download this build's artifacts you need the Run/Artifacts "
                        + "permission on its job"));
                return;
            }
            Optional<RunApi.Reply> refused = page.artifact(artifacts, req.getParameter("node"), req.getParameter("io"),
                    req.getParameter("name"), (reply, file) -> sendFile(rsp, reply, file, head));
            if (refused.isPresent()) {
                send(rsp, refused.get());
            }
        }
    }

    private static void sendFile(StaplerResponse2 rsp, RunApi.Reply reply, Path file, boolean head) throws IOException {
        rsp.setStatus(reply.status());
        rsp.setContentType(reply.contentType());
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        reply.headers().forEach(rsp::setHeader);
        rsp.setContentLengthLong(Files.size(file));
        if (!head) {
            try (OutputStream out = rsp.getOutputStream()) {
                Files.copy(file, out);
            }
        }
    }

    /**
     * Gives the page to every build with a state directory, whichever way it ran the workflow (the Pipeline
     * step, the freestyle build step, the Argo Workflow job). Keeps the last pages it made, so that a page
     * polled every second re-reads status.json only when it changed.
     */
    @Extension
    @SuppressWarnings("rawtypes")
    public static final class Factory extends TransientActionFactory<Run> {

        private static final int KEPT_PAGES = 32;

        private final Map<String, RunPage> pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RunPage> eldest) {
                return size() > KEPT_PAGES;
            }
        };

        @Override
        public Class<Run> type() {
            return Run.class;
        }

        @Override
        public Class<? extends Action> actionType() {
            return ArgoRunAction.class;
        }

        @Override
        public Collection<? extends Action> createFor(Run target) {
            Path dir = target.getRootDir().toPath().resolve(STATE_DIR);
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            RunPage runPage;
            synchronized (pages) {
                // By directory, not build id: a job deleted and made again numbers its builds from 1 again.
                runPage = pages.computeIfAbsent(dir.toString(), d -> new RunPage(dir));
            }
            return List.of(new ArgoRunAction(target, runPage, BuildArtifactStore.reading(target),
                    id -> ActiveRuns.get().find(id)));
        }
    }
}
