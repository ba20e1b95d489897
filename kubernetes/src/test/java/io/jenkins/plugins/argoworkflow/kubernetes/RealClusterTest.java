package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime on a real cluster (kind, k3d...): runs when {@code KUBECONFIG} names a kubeconfig whose cluster
 * answers, in the namespace {@code ARGOWF_E2E_NAMESPACE} (default {@code default}); otherwise every test
 * reports itself skipped.
 */
@Tag("cluster")
class RealClusterTest {

    private static Path kubeconfig;
    /** Why the tests cannot run here, or null when the cluster answered. */
    private static String unreachable;

    @TempDir
    Path tmp;

    @BeforeAll
    static void probeCluster() throws IOException {
        String env = System.getenv("KUBECONFIG");
        if (env == null || env.isEmpty() || !Files.isReadable(Path.of(env.split(java.io.File.pathSeparator)[0]))) {
            unreachable = "KUBECONFIG does not name a readable kubeconfig";
            return;
        }
        kubeconfig = Path.of(env.split(java.io.File.pathSeparator)[0]);
        Config config = Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
        config.setConnectionTimeout(3000);
        config.setRequestTimeout(3000);
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            client.getKubernetesVersion();
        } catch (KubernetesClientException e) {
            unreachable = "the cluster of " + kubeconfig + " does not answer: " + e.getMessage();
        }
    }

    @BeforeEach
    void requireReachableCluster() {
        assumeTrue(unreachable == null, unreachable);
    }

    @Test
    void scriptNodeRunsAsAPodAndReturnsItsResult() throws Exception {
        Path file = tmp.resolve("hello.yaml");
        Files.writeString(file, """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: argowf-e2e-
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      script:
                        image: alpine:3.20
                        command: [sh]
                        source: |
                          echo hello from $(hostname)
                """);
        Fixtures.Loaded loaded = Fixtures.load(file);
        String namespace = System.getenv().getOrDefault("ARGOWF_E2E_NAMESPACE", "default");
        try (KubernetesRuntime runtime = KubernetesRuntime.connect(kubeconfig, null, namespace);
                WorkflowRun run = WorkflowRun.start(loaded.workflow(), loaded.store(), runtime, RunOptions.defaults())) {
            WorkflowStatus status = run.completion().get(5, TimeUnit.MINUTES);
            NodeStatus node = status.nodeByName(status.workflowName()).orElseThrow();
            assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
            assertThat(node.outputs().result()).startsWith("hello from " + status.workflowName());
        }
    }
}
