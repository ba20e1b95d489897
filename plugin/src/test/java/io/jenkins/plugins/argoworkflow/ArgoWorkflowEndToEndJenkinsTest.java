package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import io.jenkins.plugins.argoworkflow.kubernetes.KubeletSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.csanchez.jenkins.plugins.kubernetes.KubernetesCloud;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A workflow run to its end inside a real Jenkins (profile {@code jenkins} only; plugin-offline compiles but does not run
 * {@code *JenkinsTest}): a kubernetes-plugin cloud whose server URL is fabric8's mock API server, whose pods the
 * kubernetes module's kubelet simulator runs as host processes. The Pipeline step returns the workflow's outputs and
 * archives its artifact among the build's artifacts; the freestyle build step runs the same workflow to SUCCESS.
 */
@WithJenkins
class ArgoWorkflowEndToEndJenkinsTest {

    @TempDir
    Path tmp;

    private KubeletSimulator kubelet;
    /** Where the simulated containers (host processes) write: the same absolute paths as in a pod. */
    private Path work;

    @BeforeEach
    void startCluster() throws IOException {
        kubelet = new KubeletSimulator(tmp.resolve("node"));
        work = Files.createDirectories(Path.of("/tmp", "argowf-jenkins-e2e-" + UUID.randomUUID()));
    }

    @AfterEach
    void stopCluster() throws IOException {
        kubelet.close();
        try (var walk = Files.walk(work)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aPipelineRunsTheWorkflowToItsEndAndGetsItsOutputsAndArtifact(JenkinsRule j) throws Exception {
        addCloud(j, kubelet);
        WorkflowJob job = j.createProject(WorkflowJob.class, "e2e");
        job.setDefinition(new CpsFlowDefinition("""
                def out = argoWorkflow parameters: [who: 'jenkins'], text: '''%s'''
                echo "greeting=${out.greeting} status=${out.status}"
                """.formatted(workflow()), true));

        WorkflowRun build = j.buildAndAssertSuccess(job);

        j.assertLogContains("greeting=hello jenkins status=Succeeded", build);
        j.assertLogContains("[make] made it", build);
        j.assertLogContains("[use] report of jenkins", build);
        assertThat(build.getRootDir().toPath().resolve("argo/journal.jsonl")).isNotEmptyFile();
        // Argo's default key <workflow>/<pod>/<file>, under argo/ among the build's artifacts.
        List<String> artifacts = build.getArtifacts().stream().map(a -> a.relativePath).toList();
        assertThat(artifacts).singleElement().asString().startsWith("argo/e2e-").endsWith("/report.tgz");
        awaitNoPods(kubelet);
    }

    @Test
    void theFreestyleBuildStepRunsTheWorkflowToItsEnd(JenkinsRule j) throws Exception {
        addCloud(j, kubelet);
        FreeStyleProject project = j.createFreeStyleProject("freestyle-e2e");
        ArgoWorkflowBuilder builder = new ArgoWorkflowBuilder();
        builder.setText(workflow());
        builder.setParameters(List.of(new ArgoWorkflowBuilder.Parameter("who", "freestyle")));
        project.getBuildersList().add(builder);

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        j.assertLogContains("[use] report of freestyle", build);
        assertThat(build.getRootDir().toPath().resolve("argo/_run/status.json")).isNotEmptyFile();
        awaitNoPods(kubelet);
    }

    /** Adds the cloud whose API server is {@code kubelet}'s (the multibranch test's too). */
    static void addCloud(JenkinsRule j, KubeletSimulator kubelet) {
        KubernetesCloud cloud = new KubernetesCloud("simulator");
        cloud.setServerUrl(kubelet.apiServerUrl());
        cloud.setSkipTlsVerify(true);
        cloud.setNamespace(KubeletSimulator.NAMESPACE);
        j.jenkins.clouds.add(cloud);
    }

    /** Two steps: a script writes a global output parameter and an artifact, the next step reads the artifact. */
    /** The end-to-end workflow, named per run (two builds here), its files in this test's scratch directory. */
    private String workflow() {
        return Fixtures.text("e2e.yaml").replace("name: e2e", "generateName: e2e-").replace("W/", work + "/");
    }

    /** Waits until the builds have deleted every pod they made. */
    static void awaitNoPods(KubeletSimulator kubelet) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).list().getItems().isEmpty()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("pods left after the build: " + kubelet.describe());
            }
            Thread.sleep(50);
        }
    }
}
