package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.Extension;
import hudson.model.Run;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @AfterEach
    void cleanUp() {
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

    private ArgoRunAction action() {
        return new ArgoRunAction(build, new RunPage(buildDir.resolve("argo")), id -> Optional.ofNullable(live.get(id)));
    }

    private static Method method(String name) throws NoSuchMethodException {
        return ArgoRunAction.class.getMethod(name, StaplerRequest2.class, StaplerResponse2.class);
    }
}
