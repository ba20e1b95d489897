package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import io.jenkins.plugins.argoworkflow.ui.dashboard.RunApi;
import io.jenkins.plugins.argoworkflow.ui.dashboard.RunControl;
import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPageTest {

    @TempDir
    Path buildDir;

    private final ScriptedRuntime runtime = new ScriptedRuntime()
            .onTemplate("build", Outcome.print("building <script>alert(1)</script>\ndone").withOutput("image", "x"))
            .onTemplate("deploy", Outcome.succeed());

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    private Path stateDir() {
        return buildDir.resolve(ArgoRunAction.STATE_DIR);
    }

    @Test
    void servesTheDashboardsOwnPageFilesAndNothingElse() {
        RunApi.Reply script = RunPage.asset("/graph.js");
        RunApi.Reply style = RunPage.asset("/graph.css");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");
        assertThat(script.bodyText()).contains("data-token-header");
        assertThat(style.contentType()).startsWith("text/css");
        assertThat(RunPage.asset("/../../../../etc/passwd").status()).isEqualTo(404);
        assertThat(RunPage.asset("/page.html").status()).isEqualTo(404);
        assertThat(RunPage.asset(null).status()).isEqualTo(404);
    }

    @Test
    void beforeTheRunWroteItsStatusTheViewSaysToTryAgain() throws Exception {
        RunPage page = new RunPage(stateDir());

        assertThat(page.view(null, null, null).status()).isEqualTo(503);
        assertThat(page.title()).isEqualTo("Argo Workflow");
    }

    @Test
    void theViewIsTheJsonOfTheRecordedRunAndUnchangedItIsNotSentAgain() throws Exception {
        try (RecordedRun recorded = RecordedRun.start("release.yaml", runtime, stateDir())) {
            recorded.awaitEnd();
        }
        RunPage page = new RunPage(stateDir());

        RunApi.Reply view = page.view(null, null, null);

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.contentType()).isEqualTo("application/json");
        assertThat(view.bodyText()).contains("\"release\"").contains("Succeeded").contains("\"build\"");
        String etag = view.headers().get("ETag");
        assertThat(etag).isNotBlank();
        assertThat(page.view(null, null, etag).status()).isEqualTo(304);
        assertThat(page.view("some-group", null, etag).status()).as("another fold is another view").isEqualTo(200);
        assertThat(page.title()).isEqualTo("release");
    }

    @Test
    void servesANodesLogFromAnOffsetAsProgressiveText() throws Exception {
        RunSnapshot.Node build;
        try (RecordedRun recorded = RecordedRun.start("release.yaml", runtime, stateDir())) {
            recorded.awaitEnd();
            build = recorded.recordedNode(n -> "build".equals(n.displayName())).orElseThrow();
        }
        RunPage page = new RunPage(stateDir());

        RunApi.Reply whole = page.log(build.id(), null);
        long size = Long.parseLong(whole.headers().get("X-Text-Size"));
        RunApi.Reply rest = page.log(build.id(), "9");

        assertThat(whole.bodyText()).isEqualTo("building <script>alert(1)</script>\ndone\n");
        assertThat(whole.contentType()).startsWith("text/plain");
        assertThat(size).isEqualTo(whole.bodyText().getBytes(StandardCharsets.UTF_8).length);
        assertThat(whole.headers()).as("the run ended: the log is whole").doesNotContainKey("X-More-Data");
        assertThat(rest.bodyText()).isEqualTo("<script>alert(1)</script>\ndone\n");
    }

    @Test
    void refusesALogRequestThatNamesNoNodeOrNoOffset() throws Exception {
        RunPage page = new RunPage(stateDir());

        assertThat(page.log("../../secrets", null).status()).isEqualTo(400);
        assertThat(page.log(null, null).status()).isEqualTo(400);
        assertThat(page.log("release-1", "ten").bodyText()).contains("start must be a byte offset");
    }

    @Test
    void aCommandOnARunThatIsNotLiveIsAConflictThatSaysWhy() throws Exception {
        RunApi.Reply reply = new RunPage(stateDir()).act(RunPage.Command.STOP, null, Optional.empty());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.bodyText()).contains("not running in this Jenkins").endsWith("nothing to stop");
    }

    @Test
    void stopAndTerminateReachTheLiveRun() throws Exception {
        List<String> done = new ArrayList<>();
        RunControl control = new RunControl() {
            @Override
            public int resume(String nodeName) {
                done.add("resume " + nodeName);
                return 0;
            }

            @Override
            public void stop() {
                done.add("stop");
            }

            @Override
            public void terminate() {
                done.add("terminate");
            }
        };
        RunPage page = new RunPage(stateDir());

        assertThat(page.act(RunPage.Command.STOP, null, Optional.of(control)).status()).isEqualTo(202);
        assertThat(page.act(RunPage.Command.TERMINATE, null, Optional.of(control)).status()).isEqualTo(202);
        assertThat(page.act(RunPage.Command.RESUME, null, Optional.of(control)).bodyText()).isEqualTo("{\"resumed\":0}");
        assertThat(done).containsExactly("stop", "terminate", "resume null");
    }

    @Test
    void resumingASuspendedNodeByItsIdLetsTheWorkflowGoOn() throws Exception {
        try (RecordedRun recorded = RecordedRun.start("approval.yaml", runtime, stateDir())) {
            RunSnapshot.Node approve = recorded.awaitRecordedNode(
                    n -> "approve".equals(n.displayName()) && "Running".equals(n.phase()));
            RunPage page = new RunPage(stateDir());

            RunApi.Reply reply = page.act(RunPage.Command.RESUME, approve.id(),
                    Optional.of(RunControl.of(recorded.run())));

            assertThat(reply.bodyText()).isEqualTo("{\"resumed\":1}");
            assertThat(recorded.awaitEnd().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        }
    }

    @Test
    void findsNodesByNameAndSaysToTryAgainBeforeTheRunWroteItsStatus() throws Exception {
        RunPage page = new RunPage(stateDir());
        assertThat(page.find("build", null, null).status()).isEqualTo(503);
        try (RecordedRun recorded = RecordedRun.start("release.yaml", runtime, stateDir())) {
            recorded.awaitEnd();
        }

        RunApi.Reply found = page.find("buil", null, null);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.contentType()).isEqualTo("application/json");
        JsonNode json = new ObjectMapper().readTree(found.body());
        assertThat(json.path("total").asInt()).isEqualTo(1);
        assertThat(json.path("matches").get(0).path("displayName").asText()).isEqualTo("build");
        assertThat(new ObjectMapper().readTree(page.find("no-such-node", null, null).body()).path("total").asInt())
                .isZero();
    }

    @Test
    void theViewLinksArtifactsKeptAmongTheBuildsArtifactsForDownload() throws Exception {
        Fixtures.artifactStatus(stateDir(), "wf/wf-1/report.txt");

        JsonNode view = new ObjectMapper().readTree(new RunPage(stateDir()).view(null, null, null).body());

        assertThat(view.findValuesAsText("downloadUrl"))
                .containsExactly("api/artifact?node=wf-1&io=outputs&name=report");
    }
}
