package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.Extension;
import hudson.Functions;
import hudson.model.Run;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jenkins.model.ArtifactManager;
import jenkins.util.VirtualFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;

/** The run page's Jenkins side, with the build, the request and the response mocked. */
class ArgoRunActionTest {

    private static final String RUN_ID = "folder/app#7";

    @TempDir
    Path buildDir;

    private final Run<?, ?> build = mock(Run.class);
    private final StaplerRequest2 req = mock(StaplerRequest2.class);
    private final StaplerResponse2 rsp = mock(StaplerResponse2.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("deploy", ScriptedRuntime.Outcome.succeed());

    @BeforeEach
    void aBuild() throws Exception {
        when(build.getRootDir()).thenReturn(buildDir.toFile());
        when(build.getExternalizableId()).thenReturn(RUN_ID);
        when(build.getUrl()).thenReturn("job/folder/job/app/7/");
        when(rsp.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        });
    }

    /** The live workflows the page finds, by build id. */
    private final Map<String, WorkflowRun> live = new ConcurrentHashMap<>();

    /** Jenkins's switch for the Run/Artifacts permission, off unless a test turns it on. */
    private final MockedStatic<Functions> functions = mockStatic(Functions.class);

    @AfterEach
    void cleanUp() {
        functions.close();
        runtime.close();
    }

    @Test
    void isTheArgoPageOfTheBuild() {
        ArgoRunAction action = action();

        assertThat(action.getUrlName()).isEqualTo("argo");
        assertThat(action.getDisplayName()).isEqualTo("Argo Workflow");
        assertThat(action.getIconFileName()).isNotBlank();
        assertThat(action.getBaseUrl()).isEqualTo("job/folder/job/app/7/argo/");
        assertThat(action.getRun()).isSameAs(build);
    }

    @Test
    void onlyBuildsWithAStateDirectoryGetThePage() throws Exception {
        ArgoRunAction.Factory factory = new ArgoRunAction.Factory();

        assertThat(factory.type()).isEqualTo(Run.class);
        assertThat(factory.actionType()).isEqualTo(ArgoRunAction.class);
        assertThat(factory.createFor(build)).isEmpty();
        Files.createDirectories(buildDir.resolve("argo"));
        assertThat(factory.createFor(build)).singleElement().isInstanceOf(ArgoRunAction.class);
        assertThat(ArgoRunAction.Factory.class.isAnnotationPresent(Extension.class)).isTrue();
    }

    @Test
    void aBuildOfTheSameIdInAnotherDirectoryGetsItsOwnPage(@TempDir Path otherBuildDir) throws Exception {
        ArgoRunAction.Factory factory = new ArgoRunAction.Factory();
        Files.createDirectories(buildDir.resolve("argo"));
        try (RecordedRun recorded = RecordedRun.start("approval.yaml", runtime, otherBuildDir.resolve("argo"))) {
            recorded.awaitRecordedNode(n -> "approve".equals(n.displayName()));
        }
        ArgoRunAction first = (ArgoRunAction) factory.createFor(build).iterator().next();
        when(build.getRootDir()).thenReturn(otherBuildDir.toFile());

        ArgoRunAction second = (ArgoRunAction) factory.createFor(build).iterator().next();

        assertThat(first.getTitle()).isEqualTo("Argo Workflow");
        assertThat(second.getTitle()).isEqualTo("approval");
    }

    @Test
    void theCommandsTakePostOnlyAndTheReadingEndpointsDoNot() throws Exception {
        for (String name : new String[] {"doResume", "doStop", "doTerminate"}) {
            assertThat(method(name).isAnnotationPresent(RequirePOST.class)).as(name).isTrue();
        }
        for (String name : new String[] {"doStatic", "doLog"}) {
            assertThat(method(name).isAnnotationPresent(RequirePOST.class)).as(name).isFalse();
        }
    }

    @Test
    void servesThePagesScriptWithItsTypeAndNoSniffing() throws Exception {
        when(req.getRestOfPath()).thenReturn("/graph.js");

        action().doStatic(req, rsp);

        verify(rsp).setStatus(200);
        verify(rsp).setContentType("text/javascript; charset=utf-8");
        verify(rsp).setHeader("X-Content-Type-Options", "nosniff");
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("data-view-url");
    }

    @Test
    void apiJsonIsTheViewOfTheRecordedRun() throws Exception {
        try (RecordedRun recorded = RecordedRun.start("approval.yaml", runtime, buildDir.resolve("argo"))) {
            recorded.awaitRecordedNode(n -> "approve".equals(n.displayName()));

            action().getApi().doJson(req, rsp);
        }

        verify(rsp).setStatus(200);
        verify(rsp).setContentType("application/json");
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("\"approve\"");
    }

    @Test
    void aCommandOnAFinishedBuildIsAConflict() throws Exception {
        when(build.hasPermission(any())).thenReturn(true);

        action().doStop(req, rsp);

        verify(rsp).setStatus(409);
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("nothing to stop");
    }

    @Test
    void withoutThePermissionACommandIsRefusedAndTheRunGoesOn() throws Exception {
        try (RecordedRun recorded = RecordedRun.start("approval.yaml", runtime, buildDir.resolve("argo"))) {
            live.put(RUN_ID, recorded.run());
            when(build.hasPermission(any())).thenReturn(false);

            action().doTerminate(req, rsp);

            verify(rsp).setStatus(403);
            assertThat(body.toString(StandardCharsets.UTF_8)).contains("Job/Cancel permission");
            assertThat(recorded.run().completion()).isNotDone();
        }
    }

    @Test
    void resumeReachesTheLiveRunOfTheBuild() throws Exception {
        try (RecordedRun recorded = RecordedRun.start("approval.yaml", runtime, buildDir.resolve("argo"))) {
            live.put(RUN_ID, recorded.run());
            when(build.hasPermission(any())).thenReturn(true);
            RunSnapshot.Node approve = recorded.awaitRecordedNode(
                    n -> "approve".equals(n.displayName()) && "Running".equals(n.phase()));
            when(req.getParameter("node")).thenReturn(approve.id());

            action().doResume(req, rsp);

            verify(rsp).setStatus(200);
            assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("{\"resumed\":1}");
            assertThat(recorded.awaitEnd().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        }
    }

    @Test
    void terminateEndsTheLiveRun() throws Exception {
        try (RecordedRun recorded = RecordedRun.start("approval.yaml", runtime, buildDir.resolve("argo"))) {
            live.put(RUN_ID, recorded.run());
            when(build.hasPermission(any())).thenReturn(true);

            action().doTerminate(req, rsp);

            verify(rsp).setStatus(202);
            assertThat(recorded.awaitEnd().phase()).isNotEqualTo(WorkflowPhase.SUCCEEDED);
        }
    }

    @Test
    void theButtonsShowOnlyWhileTheBuildRunsForAUserWhoMayUseThem() {
        when(build.hasPermission(any())).thenReturn(true);
        when(build.isBuilding()).thenReturn(false);
        assertThat(action().isControllable()).isFalse();

        when(build.isBuilding()).thenReturn(true);
        assertThat(action().isControllable()).isTrue();

        when(build.hasPermission(any())).thenReturn(false);
        assertThat(action().isControllable()).isFalse();
    }

    @Test
    void apiFindAnswersWithTheMatchingNodes() throws Exception {
        try (RecordedRun recorded = RecordedRun.start("approval.yaml", runtime, buildDir.resolve("argo"))) {
            recorded.awaitRecordedNode(n -> "approve".equals(n.displayName()));
            when(req.getParameter("q")).thenReturn("appro");

            action().getApi().doFind(req, rsp);
        }

        verify(rsp).setStatus(200);
        verify(rsp).setContentType("application/json");
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("\"query\":\"appro\"")
                .contains("\"displayName\":\"approve\"");
    }

    @Test
    void apiArtifactStreamsTheArtifactFromTheBuildsArtifactsAsAnAttachment() throws Exception {
        Fixtures.artifactStatus(buildDir.resolve("argo"), "wf/wf-1/report.txt");
        VirtualFile report = buildArtifact("argo/wf/wf-1/report.txt", "the <b>report</b>");
        download("wf-1", "outputs", "report");

        action().getApi().doArtifact(req, rsp);

        verify(rsp).setStatus(200);
        verify(rsp).setContentType("application/octet-stream");
        verify(rsp).setHeader("Content-Disposition", "attachment; filename=\"report.txt\"; filename*=UTF-8''report.txt");
        verify(rsp).setHeader("X-Content-Type-Options", "nosniff");
        verify(rsp).setContentLengthLong(17);
        verify(report).open();
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("the <b>report</b>");
    }

    @Test
    void aHeadRequestForAnArtifactGetsItsHeadersOnly() throws Exception {
        Fixtures.artifactStatus(buildDir.resolve("argo"), "wf/wf-1/report.txt");
        buildArtifact("argo/wf/wf-1/report.txt", "the report");
        download("wf-1", null, "report");
        when(req.getMethod()).thenReturn("HEAD");

        action().getApi().doArtifact(req, rsp);

        verify(rsp).setStatus(200);
        verify(rsp).setContentLengthLong(10);
        assertThat(body.size()).isZero();
    }

    @Test
    void aDownloadIsRefusedUnlessItNamesAnArtifactOfTheRunKeptAmongTheBuildsArtifacts() throws Exception {
        Fixtures.artifactStatus(buildDir.resolve("argo"), "wf/wf-1/report.txt");

        assertThat(refusal("POST", "wf-1", "outputs", "report")).startsWith("405 a download takes GET");
        verify(rsp).setHeader("Allow", "GET, HEAD");
        assertThat(refusal("GET", null, "outputs", "report")).startsWith("400 a download names node=");
        assertThat(refusal("GET", "wf-1", "etc", "report")).startsWith("400 io must be outputs or inputs");
        assertThat(refusal("GET", "wf-1", "outputs", "../../config.xml"))
                .isEqualTo("404 node wf-1 has no outputs artifact '../../config.xml'");
        assertThat(refusal("GET", "../wf-1", "outputs", "report")).isEqualTo("404 the run has no node ../wf-1");
        assertThat(refusal("GET", "wf-1", "inputs", "report")).startsWith("404 node wf-1 has no inputs artifact");
        assertThat(refusal("GET", "wf-1", "outputs", "cache"))
                .startsWith("404 artifact 'cache' of node wf-1 is not kept in this host's artifact repository (jenkins)");
    }

    @Test
    void whereJenkinsHasTheArtifactsPermissionADownloadNeedsIt() throws Exception {
        Fixtures.artifactStatus(buildDir.resolve("argo"), "wf/wf-1/report.txt");
        VirtualFile report = buildArtifact("argo/wf/wf-1/report.txt", "the report");
        functions.when(Functions::isArtifactsPermissionEnabled).thenReturn(true);
        when(build.hasPermission(any())).thenReturn(false);

        assertThat(refusal("GET", "wf-1", "outputs", "report")).contains("403 ").contains("Run/Artifacts permission");
        verify(build).hasPermission(Run.ARTIFACTS);
        verify(report, never()).open();

        when(build.hasPermission(any())).thenReturn(true);
        body.reset();
        action().getApi().doArtifact(req, rsp);
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("the report");
    }

    @Test
    void anArtifactTheNodeDidNotArchiveIsNotFound() throws Exception {
        Fixtures.artifactStatus(buildDir.resolve("argo"), "wf/wf-1/report.txt");
        VirtualFile missing = buildArtifact("argo/wf/wf-1/report.txt", "");
        when(missing.isFile()).thenReturn(false);

        assertThat(refusal("GET", "wf-1", "outputs", "report"))
                .startsWith("404 artifact 'report' (key wf/wf-1/report.txt) is not in the artifact repository");
    }

    @Test
    void aKeyInTheStatusThatLeavesTheBuildsArgoArtifactsIsRefused() throws Exception {
        Fixtures.artifactStatus(buildDir.resolve("argo"), "../../../config.xml");
        VirtualFile report = buildArtifact("argo/wf/wf-1/report.txt", "");

        assertThat(refusal("GET", "wf-1", "outputs", "report"))
                .startsWith("403 artifact 'report' of node wf-1 has the key '../../../config.xml'");
        verify(build, never()).getArtifactManager();
        verify(report, never()).open();
    }

    @Test
    void beforeTheRunWroteItsStatusADownloadSaysToTryAgain() throws Exception {
        assertThat(refusal("GET", "wf-1", "outputs", "report")).startsWith("503 ");
    }

    @Test
    void apiJsonLinksTheArtifactsKeptAmongTheBuildsArtifacts() throws Exception {
        Fixtures.artifactStatus(buildDir.resolve("argo"), "wf/wf-1/report.txt");

        action().getApi().doJson(req, rsp);

        assertThat(body.toString(StandardCharsets.UTF_8))
                .contains("\"downloadUrl\":\"api/artifact?node=wf-1&io=outputs&name=report\"")
                .doesNotContain("name=cache");
    }

    /** The build's artifact {@code path} holding {@code content}, as its ArtifactManager shows it. */
    private VirtualFile buildArtifact(String path, String content) throws Exception {
        ArtifactManager manager = mock(ArtifactManager.class);
        VirtualFile root = mock(VirtualFile.class);
        VirtualFile file = mock(VirtualFile.class);
        when(build.getArtifactManager()).thenReturn(manager);
        when(manager.root()).thenReturn(root);
        when(root.child(any())).thenReturn(mock(VirtualFile.class));
        when(root.child(path)).thenReturn(file);
        when(file.isFile()).thenReturn(true);
        when(file.open()).thenAnswer(i -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        return file;
    }

    private void download(String node, String io, String name) {
        when(req.getMethod()).thenReturn("GET");
        when(req.getParameter("node")).thenReturn(node);
        when(req.getParameter("io")).thenReturn(io);
        when(req.getParameter("name")).thenReturn(name);
    }

    /** The status and text of the answer to a download request that must be refused. */
    private String refusal(String method, String node, String io, String name) throws Exception {
        download(node, io, name);
        when(req.getMethod()).thenReturn(method);
        body.reset();
        ArgumentCaptor<Integer> status = ArgumentCaptor.forClass(Integer.class);

        action().getApi().doArtifact(req, rsp);

        verify(rsp, atLeastOnce()).setStatus(status.capture());
        verify(rsp, never()).setContentLengthLong(anyLong());
        return status.getValue() + " " + body.toString(StandardCharsets.UTF_8);
    }

    private ArgoRunAction action() {
        return new ArgoRunAction(build, new RunPage(buildDir.resolve("argo")), BuildArtifactStore.reading(build),
                id -> Optional.ofNullable(live.get(id)));
    }

    private static Method method(String name) throws NoSuchMethodException {
        return ArgoRunAction.class.getMethod(name, StaplerRequest2.class, StaplerResponse2.class);
    }
}
