package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    private static RealCluster cluster;

    @TempDir
    Path tmp;

    @BeforeAll
    static void probeCluster() throws IOException {
        cluster = RealCluster.probe();
    }

    @BeforeEach
    void requireReachableCluster() {
        assumeTrue(cluster.unreachable() == null, cluster.unreachable());
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
        try (KubernetesRuntime runtime = KubernetesRuntime.connect(cluster.kubeconfig(), null, cluster.namespace());
                WorkflowRun run = WorkflowRun.start(loaded.workflow(), loaded.store(), runtime, RunOptions.defaults())) {
            WorkflowStatus status = run.completion().get(5, TimeUnit.MINUTES);
            NodeStatus node = status.nodeByName(status.workflowName()).orElseThrow();
            assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
            assertThat(node.outputs().result()).startsWith("hello from " + status.workflowName());
        }
    }
}
