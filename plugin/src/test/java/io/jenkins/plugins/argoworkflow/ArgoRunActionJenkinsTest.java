package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.TaskListener;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The build's Argo Workflow page inside a real Jenkins (profile {@code jenkins} only): what it serves, and who
 * may use its commands, how.
 */
@WithJenkins
class ArgoRunActionJenkinsTest {

    @Test
    void aBuildWithAStateDirectoryServesThePageItsFilesAndItsJson(JenkinsRule j) throws Exception {
        FreeStyleBuild build = recordedBuild(j);
        JenkinsRule.WebClient web = j.createWebClient();

        String page = web.goTo(build.getUrl() + "argo/").getWebResponse().getContentAsString();
        String json = web.goTo(build.getUrl() + "argo/api/json", "application/json").getWebResponse()
                .getContentAsString();
        String script = web.goTo(build.getUrl() + "argo/static/graph.js", "text/javascript").getWebResponse()
                .getContentAsString();

        assertThat(page).contains("data-view-url=\"" + j.contextPath + "/" + build.getUrl() + "argo/api/json\"")
                .contains("data-find-url=\"" + j.contextPath + "/" + build.getUrl() + "argo/api/find\"")
                .contains("data-token-header=\"Jenkins-Crumb\"")
                .doesNotContain("onclick=");
        assertThat(json).contains("\"approval\"");
        assertThat(script).contains("data-view-url");
        assertThat(build.getAction(ArgoRunAction.class)).isNotNull();
    }

    @Test
    void findAnswersWithTheNodesNamedLikeTheQuery(JenkinsRule j) throws Exception {
        FreeStyleBuild build = recordedBuild(j);

        String found = j.createWebClient().goTo(build.getUrl() + "argo/api/find?q=appro", "application/json")
                .getWebResponse().getContentAsString();

        assertThat(found).contains("\"displayName\":\"approve\"");
    }

    @Test
    void anArtifactArchivedByTheRunDownloadsFromTheViewsLinkForReadersOnly(JenkinsRule j, @TempDir Path tmp)
            throws Exception {
        FreeStyleBuild build = j.buildAndAssertSuccess(j.createFreeStyleProject("app"));
        BuildArtifactStore.of(build, TaskListener.NULL).put("wf/wf-1/report.txt",
                Files.writeString(tmp.resolve("report.txt"), "the <b>report</b>"));
        Fixtures.artifactStatus(build.getRootDir().toPath().resolve(ArgoRunAction.STATE_DIR), "wf/wf-1/report.txt");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ).everywhere().to("stranger"));
        JenkinsRule.WebClient reader = j.createWebClient().withThrowExceptionOnFailingStatusCode(false).login("reader");
        String view = reader.goTo(build.getUrl() + "argo/api/json", "application/json").getWebResponse()
                .getContentAsString();
        String link = "api/artifact?node=wf-1&io=outputs&name=report";
        URL download = new URL(j.getURL(), build.getUrl() + "argo/" + link);

        WebResponse report = reader.getPage(download).getWebResponse();
        WebResponse traversal = reader.getPage(new URL(j.getURL(), build.getUrl()
                + "argo/api/artifact?node=wf-1&name=..%2F..%2F..%2Fconfig.xml")).getWebResponse();
        int stranger = j.createWebClient().withThrowExceptionOnFailingStatusCode(false).login("stranger")
                .getPage(download).getWebResponse().getStatusCode();

        assertThat(view).contains("\"downloadUrl\":\"" + link + "\"");
        assertThat(report.getStatusCode()).isEqualTo(200);
        assertThat(report.getContentAsString()).isEqualTo("the <b>report</b>");
        assertThat(report.getResponseHeaderValue("Content-Disposition")).startsWith("attachment; filename=\"report.txt\"");
        assertThat(report.getResponseHeaderValue("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(report.getContentType()).isEqualTo("application/octet-stream");
        assertThat(traversal.getStatusCode()).isEqualTo(404);
        assertThat(stranger).as("without Item.READ the build is not there").isEqualTo(404);
    }

    @Test
    void aBuildWithoutOneHasNoPage(JenkinsRule j) throws Exception {
        FreeStyleBuild build = j.buildAndAssertSuccess(j.createFreeStyleProject("plain"));

        assertThat(build.getAction(ArgoRunAction.class)).isNull();
    }

    @Test
    void theCommandsRefuseGet(JenkinsRule j) throws Exception {
        FreeStyleBuild build = recordedBuild(j);
        JenkinsRule.WebClient web = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);

        Page page = web.goTo(build.getUrl() + "argo/terminate");

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(405);
    }

    @Test
    void aPostWithoutCrumbIsRefused(JenkinsRule j) throws Exception {
        FreeStyleBuild build = recordedBuild(j);
        JenkinsRule.WebClient web = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);

        Page page = web.getPage(post(j, build, "stop"));

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(403);
    }

    @Test
    void stopAndTerminateNeedCancelAndResumeNeedsBuild(JenkinsRule j) throws Exception {
        FreeStyleBuild build = recordedBuild(j);
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader", "builder", "canceller")
                .grant(Item.BUILD).everywhere().to("builder")
                .grant(Item.CANCEL).everywhere().to("canceller"));

        assertThat(status(j, "reader", build, "stop")).isEqualTo(403);
        assertThat(status(j, "builder", build, "terminate")).isEqualTo(403);
        assertThat(status(j, "canceller", build, "resume")).isEqualTo(403);
        // Allowed, but the build's workflow does not run in this Jenkins any more.
        assertThat(status(j, "canceller", build, "stop")).isEqualTo(409);
        assertThat(status(j, "builder", build, "resume")).isEqualTo(409);
    }

    private static int status(JenkinsRule j, String user, FreeStyleBuild build, String command) throws Exception {
        JenkinsRule.WebClient web = j.createWebClient().withThrowExceptionOnFailingStatusCode(false).login(user);
        WebRequest request = post(j, build, command);
        web.addCrumb(request);
        return web.getPage(request).getWebResponse().getStatusCode();
    }

    private static WebRequest post(JenkinsRule j, FreeStyleBuild build, String command) throws Exception {
        return new WebRequest(new URL(j.getURL(), build.getUrl() + "argo/" + command), HttpMethod.POST);
    }

    /** A finished build whose state directory holds a run, as one that ran the step has. */
    private static FreeStyleBuild recordedBuild(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        FreeStyleBuild build = j.buildAndAssertSuccess(project);
        try (ScriptedRuntime runtime = new ScriptedRuntime();
                RecordedRun recorded = RecordedRun.start("approval.yaml", runtime,
                        build.getRootDir().toPath().resolve(ArgoRunAction.STATE_DIR))) {
            recorded.awaitRecordedNode(n -> "approve".equals(n.displayName()));
        }
        return build;
    }
}
