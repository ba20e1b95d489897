package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jenkins.plugins.argoworkflow.engine.conformance.ConformanceRunner;
import io.jenkins.plugins.argoworkflow.engine.conformance.Corpus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RealClusterConformanceTest}'s code path without a cluster: a few corpus rows whose commands the
 * kubelet simulator can run on this host ({@code echo}, {@code sh -c}, and argosay containers with args only,
 * whose {@code /argosay} comes from the built-in image index) go through the same
 * {@link ClusterConformance} runner, on the mock server, and must meet their rows. One is a row the linter
 * rejects, which ends Failed without a pod.
 */
class ClusterConformanceSmokeTest {

    @TempDir
    static Path tmp;

    private static KubeletSimulator kubelet;
    private static KubernetesClient controller;
    private static ClusterConformance conformance;
    private static ConformanceRunner runner;

    @BeforeAll
    static void startCluster() {
        kubelet = new KubeletSimulator(tmp.resolve("node"));
        controller = kubelet.controllerClient();
        conformance = new ClusterConformance(kubelet.client(), KubeletSimulator.NAMESPACE);
        runner = conformance.runner("simulated cluster", 1, Duration.ofSeconds(60),
                () -> new KubernetesRuntime(controller, PodSettings.defaults(KubeletSimulator.NAMESPACE),
                        KubernetesRuntimeOptions.DEFAULTS.withAllowResourceTemplates(true)),
                ImageOverrides.parse(null));
    }

    @AfterAll
    static void stopCluster() {
        if (kubelet != null) {
            conformance.deleteRunPods();
            controller.close();
            kubelet.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/hello-world.yaml", "examples/steps.yaml", "examples/dag-diamond.yaml",
            "expectedfailures/dag-fail.yaml", "expectedfailures/empty-parameter-steps.yaml",
            "functional/dag-when-expr-skip.yaml"})
    void rowMeetsItsCorpusOutcomeOnTheSimulatedCluster(String path) {
        Corpus.Row row = ConformanceRunner.allRows().stream().filter(r -> r.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is no runnable Workflow row of EXPECTED.tsv"));
        ConformanceRunner.Outcome outcome = runner.runRow(row, tmp.resolve("row"));
        assertThat(outcome.mismatches()).as("%s (expected %s; %s)", path, row.local(), outcome.describe()).isEmpty();
        assertThat(outcome.phase()).isEqualTo(row.local());
    }

    @Test
    void runsSharingAGenerateNameGetPodsOfTheirOwn() {
        Corpus.Row row = ConformanceRunner.allRows().stream()
                .filter(r -> r.path().equals("examples/hello-world.yaml")).findFirst().orElseThrow();
        Set<String> runs = ConcurrentHashMap.newKeySet();
        try (SharedIndexInformer<Pod> informer = kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE)
                .inform(new ResourceEventHandler<>() {
                    @Override
                    public void onAdd(Pod pod) {
                        runs.add(pod.getMetadata().getLabels().get(KubernetesRuntime.RUN_LABEL));
                    }

                    @Override
                    public void onUpdate(Pod before, Pod pod) {
                    }

                    @Override
                    public void onDelete(Pod pod, boolean unknown) {
                    }
                }, 0)) {
            assertThat(runner.runRow(row, tmp.resolve("first")).passed()).isTrue();
            assertThat(runner.runRow(row, tmp.resolve("second")).passed()).isTrue();
        }
        assertThat(runs).filteredOn(name -> name.startsWith("hello-world-")).hasSize(2)
                .allMatch(name -> name.matches("hello-world-[bcdfghjklmnpqrstvwxz2456789]{5}"));
    }
}
