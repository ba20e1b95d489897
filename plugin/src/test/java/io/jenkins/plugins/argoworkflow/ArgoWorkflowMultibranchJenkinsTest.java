package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.hudson.plugins.folder.computed.ComputedFolder;
import io.jenkins.plugins.argoworkflow.kubernetes.KubeletSimulator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jenkins.branch.BranchSource;
import jenkins.branch.OrganizationFolder;
import jenkins.model.Jenkins;
import jenkins.scm.api.SCMFileSystem;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSource;
import jenkins.scm.impl.mock.MockChangeRequestFlags;
import jenkins.scm.impl.mock.MockChangeRequestSCMRevision;
import jenkins.scm.impl.mock.MockRepositoryFlags;
import jenkins.scm.impl.mock.MockSCMController;
import jenkins.scm.impl.mock.MockSCMDiscoverBranches;
import jenkins.scm.impl.mock.MockSCMDiscoverChangeRequests;
import jenkins.scm.impl.mock.MockSCMNavigator;
import jenkins.scm.impl.mock.MockSCMRevision;
import jenkins.scm.impl.mock.MockSCMSource;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A multibranch Pipeline project whose project recognizer is "by Argo Workflow YAML", and an organization folder
 * with the project factory "Argo Workflow YAML", over scm-api's mock branch source and navigator (profile
 * {@code jenkins} only): the branches with {@code .argo/workflow.yaml} get a job, whose build runs the workflow to
 * its end on the kubelet simulator, as {@link ArgoWorkflowEndToEndJenkinsTest} does.
 */
@WithJenkins
class ArgoWorkflowMultibranchJenkinsTest {

    @TempDir
    Path tmp;

    private KubeletSimulator kubelet;
    private MockSCMController c;

    @BeforeEach
    void startClusterAndScm() {
        kubelet = new KubeletSimulator(tmp.resolve("node"));
        c = MockSCMController.create();
    }

    @AfterEach
    void stopClusterAndScm() {
        c.close();
        kubelet.close();
    }

    @Test
    void onlyTheBranchWithAWorkflowFileGetsAJobAndItBuildsGreen(JenkinsRule j) throws Exception {
        repositoryWithWorkflow("repo", "master");
        c.createBranch("repo", "plain");
        WorkflowMultiBranchProject mp = project(j, new MockSCMSource(c, "repo", new MockSCMDiscoverBranches()));

        scan(j, mp);

        assertThat(mp.getItems()).extracting(WorkflowJob::getName).containsExactly("master");
        WorkflowRun build = mp.getItem("master").getLastBuild();
        j.assertBuildStatusSuccess(build);
        j.assertLogContains("[argoWorkflow] running .argo/workflow.yaml from revision", build);
        j.assertLogContains("built by master", build);
        assertThat(indexingLog(mp)).contains("‘.argo/workflow.yaml’ found", "‘.argo/workflow.yaml’ not found");
        ArgoWorkflowEndToEndJenkinsTest.awaitNoPods(kubelet);
    }

    @Test
    void anUntrustedChangeRequestRunsTheWorkflowOfItsTarget(JenkinsRule j) throws Exception {
        repositoryWithWorkflow("repo", "master", MockRepositoryFlags.TRUST_AWARE);
        Integer change = c.openChangeRequest("repo", "master", MockChangeRequestFlags.UNTRUSTED);
        c.addFile("repo", "change-request/" + change, "change the workflow", ".argo/workflow.yaml",
                workflow("a stranger"));
        WorkflowMultiBranchProject mp = project(j, new MockSCMSource(c, "repo", new MockSCMDiscoverChangeRequests()));

        scan(j, mp);

        WorkflowRun build = mp.getItem("CR-" + change).getLastBuild();
        j.assertBuildStatusSuccess(build);
        j.assertLogContains("comes from a contributor the branch source does not trust", build);
        j.assertLogContains("built by master", build);
        j.assertLogNotContains("built by a stranger", build);
        ArgoWorkflowEndToEndJenkinsTest.awaitNoPods(kubelet);
    }

    @Test
    void anOrganizationFolderMakesAProjectOfEachRepositoryWithAWorkflowFile(JenkinsRule j) throws Exception {
        repositoryWithWorkflow("with-workflow", "the folder");
        c.createRepository("plain");
        ArgoWorkflowEndToEndJenkinsTest.addCloud(j, kubelet);
        OrganizationFolder org = j.createProject(OrganizationFolder.class, "org");
        org.getNavigators().add(new MockSCMNavigator(c, new MockSCMDiscoverBranches()));
        org.getProjectFactories().replaceBy(List.of(new ArgoWorkflowMultiBranchProjectFactory()));

        scan(j, org);

        assertThat(org.getItems()).extracting(p -> p.getName()).containsExactly("with-workflow");
        WorkflowMultiBranchProject mp = (WorkflowMultiBranchProject) org.getItem("with-workflow");
        assertThat(mp.getProjectFactory()).isInstanceOf(ArgoWorkflowBranchProjectFactory.class);
        WorkflowRun build = mp.getItem("master").getLastBuild();
        j.assertBuildStatusSuccess(build);
        j.assertLogContains("built by the folder", build);
        ArgoWorkflowEndToEndJenkinsTest.awaitNoPods(kubelet);
    }

    /** A repository whose master has the workflow file, the workflow saying {@code who} made it. */
    private void repositoryWithWorkflow(String name, String who, MockRepositoryFlags... flags) throws IOException {
        c.createRepository(name, flags);
        c.addFile(name, "master", "add the workflow", ".argo/workflow.yaml", workflow(who));
    }

    /** Scans {@code folder} and waits for the builds the scan triggered. */
    private static void scan(JenkinsRule j, ComputedFolder<?> folder) throws Exception {
        folder.scheduleBuild2(0).getFuture().get();
        j.waitUntilNoActivity();
    }

    /** A multibranch project over {@code source} with the recognizer "by Argo Workflow YAML", and the cloud. */
    private WorkflowMultiBranchProject project(JenkinsRule j, MockSCMSource source) throws IOException {
        ArgoWorkflowEndToEndJenkinsTest.addCloud(j, kubelet);
        WorkflowMultiBranchProject mp = j.createProject(WorkflowMultiBranchProject.class, "mb");
        mp.setProjectFactory(new ArgoWorkflowBranchProjectFactory());
        mp.getSourcesList().add(new BranchSource(source));
        return mp;
    }

    private static byte[] workflow(String who) {
        return Fixtures.text("branch-workflow.yaml").formatted(who).getBytes(StandardCharsets.UTF_8);
    }

    private static String indexingLog(WorkflowMultiBranchProject mp) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        mp.getIndexing().writeWholeLogTo(log);
        return log.toString(StandardCharsets.UTF_8);
    }

    /**
     * Lightweight access to the mock branch source, which scm-api's test jar does not give: the files of a
     * revision, checked out into the Jenkins home and held in memory.
     */
    @TestExtension
    public static final class MockSourceFiles extends ArgoWorkflowScmFlowDefinitionJenkinsTest.InMemoryAccess {

        public MockSourceFiles() {
            super(MockSCMSource.class, MockSCMSource.DescriptorImpl.class);
        }

        @Override
        public SCMFileSystem build(SCMSource source, SCMHead head, SCMRevision rev) throws IOException {
            MockSCMSource mock = (MockSCMSource) source;
            String hash = rev instanceof MockChangeRequestSCMRevision change ? change.getHash()
                    : ((MockSCMRevision) rev).getHash();
            Path checkout = Files.createDirectories(
                    Jenkins.get().getRootDir().toPath().resolve("mock-checkouts/" + UUID.randomUUID()));
            MockSCMController.lookup(mock.getControllerId()).checkout(checkout.toFile(), mock.getRepository(), hash);
            Map<String, String> files = new HashMap<>();
            try (var walk = Files.walk(checkout)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(checkout.relativize(file).toString().replace(File.separatorChar, '/'),
                            Files.readString(file));
                }
            }
            return ArgoWorkflowScmFlowDefinitionJenkinsTest.inMemory(rev, files);
        }
    }
}
