package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.argoworkflow.engine.conformance.ConformanceRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance run on a real cluster (kind, k3d...): every Workflow of the Argo corpus whose {@code local}
 * column names a phase runs through the engine and the Kubernetes runtime, each leaf a pod, and must end in
 * that phase with every {@code nodes} assertion met, compared as {@code LocalConformanceTest} compares them
 * ({@link ConformanceRunner}). Runs when {@code KUBECONFIG} names a kubeconfig whose cluster answers, else
 * reports itself skipped with the reason.
 *
 * <p>Environment: {@code ARGOWF_E2E_NAMESPACE} (default {@code default}) where the pods go;
 * {@code ARGOWF_E2E_PARALLEL} rows at a time (default 4); {@code ARGOWF_E2E_IMAGES} image replacements
 * ({@link ImageOverrides}). The pods of each run are deleted when the suite ends.
 */
@Tag("cluster")
class RealClusterConformanceTest {

    /** Rows that miss on a real cluster, path → reason; none observed yet (no cluster where this was written). */
    static final Map<String, String> KNOWN_MISSES = Map.ofEntries();

    /** Pods pull their images on first use: a row may wait for that. */
    private static final Duration ROW_DEADLINE = Duration.ofMinutes(5);

    private static RealCluster cluster;
    private static KubernetesClient client;
    private static ClusterConformance conformance;
    private static ConformanceRunner runner;

    @BeforeAll
    static void probeCluster() throws IOException {
        cluster = RealCluster.probe();
        if (cluster.unreachable() != null) {
            return;
        }
        client = cluster.client();
        conformance = new ClusterConformance(client, cluster.namespace());
        int parallel = Integer.parseInt(System.getenv().getOrDefault("ARGOWF_E2E_PARALLEL", "4"));
        runner = conformance.runner("cluster", parallel, ROW_DEADLINE, () -> KubernetesRuntime.connect(
                cluster.kubeconfig(), null, cluster.namespace(),
                KubernetesRuntimeOptions.DEFAULTS.withAllowResourceTemplates(true)),
                ImageOverrides.parse(System.getenv("ARGOWF_E2E_IMAGES")));
    }

    @TestFactory
    Stream<DynamicTest> everyRunnableCorpusWorkflowReachesItsPhaseOnTheCluster() throws IOException {
        if (cluster.unreachable() != null) {
            // One skipped test with the reason: an aborted factory would show in the report as no test at all.
            return Stream.of(DynamicTest.dynamicTest("cluster conformance run",
                    () -> assumeTrue(false, cluster.unreachable())));
        }
        return runner.tests(ConformanceRunner.rows(), KNOWN_MISSES);
    }

    @AfterAll
    static void report() {
        if (runner == null) {
            return;
        }
        runner.report();
        conformance.deleteRunPods();
        client.close();
    }
}
