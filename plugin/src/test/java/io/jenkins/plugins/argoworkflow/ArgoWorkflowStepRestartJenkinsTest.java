package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.csanchez.jenkins.plugins.kubernetes.KubernetesCloud;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * The step across a controller restart (profile {@code jenkins} only), on a Kubernetes cloud pointed at fabric8's
 * mock API server in CRUD mode: nothing moves the pod, so the node is still running when Jenkins restarts. After the
 * restart the run is recovered from the build's journal and adopts its pod (no second pod); aborting the build then
 * stops the workflow and deletes its pods.
 */
class ArgoWorkflowStepRestartJenkinsTest {

    private static final String NAMESPACE = "builds";
    private static KubernetesMockServer server;
    private static KubernetesClient client;

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @BeforeAll
    static void startApiServer() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        server.init();
        client = server.createClient();
    }

    @AfterAll
    static void stopApiServer() {
        client.close();
        server.destroy();
    }

    @Test
    void aRunningWorkflowIsAdoptedAfterARestartAndAbortingItDeletesItsPods() throws Throwable {
        sessions.then(j -> {
            KubernetesCloud cloud = new KubernetesCloud("kubernetes");
            cloud.setServerUrl(client.getMasterUrl().toString());
            cloud.setSkipTlsVerify(true);
            cloud.setNamespace(NAMESPACE);
            j.jenkins.clouds.add(cloud);
            WorkflowJob job = j.createProject(WorkflowJob.class, "p");
            job.setDefinition(new CpsFlowDefinition("""
                    argoWorkflow text: '''apiVersion: argoproj.io/v1alpha1
                    kind: Workflow
                    metadata: {name: long}
                    spec:
                      entrypoint: main
                      templates:
                      - name: main
                        container: {image: alpine, command: [sleep, "3600"]}
                    '''
                    """, true));
            WorkflowRun build = job.scheduleBuild2(0).waitForStart();
            await(() -> podsOf("long").size() == 1);
            j.waitForMessage("[argoWorkflow] started workflow long", build);
            assertThat(build.getRootDir().toPath().resolve("argo/journal.jsonl")).exists();
        });
        sessions.then(j -> {
            WorkflowRun build = j.jenkins.getItemByFullName("p", WorkflowJob.class).getBuildByNumber(1);
            await(() -> ActiveRuns.get().find(build.getExternalizableId()).isPresent());
            j.waitForMessage("[argoWorkflow] recovering workflow long", build);
            assertThat(podsOf("long")).hasSize(1);
            assertThat(Files.readString(build.getRootDir().toPath().resolve("argo/argowf-run.json")))
                    .contains("--namespace", NAMESPACE);

            build.doStop();
            j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(build));

            await(() -> podsOf("long").isEmpty());
            assertThat(ActiveRuns.get().find(build.getExternalizableId())).isEmpty();
        });
    }

    private static List<Pod> podsOf(String workflow) {
        return client.pods().inNamespace(NAMESPACE).withLabel(RunPods.RUN_LABEL, workflow).list().getItems();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
