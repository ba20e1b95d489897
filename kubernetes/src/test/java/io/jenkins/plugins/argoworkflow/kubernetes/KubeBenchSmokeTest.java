package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** bench/k8s-bench.sh at a small size inside the build: it runs and yields its figures (no timing asserted). */
class KubeBenchSmokeTest {

    @Test
    void kubernetesBenchRunsAtSmokeSize() throws Exception {
        Map<String, Double> figures = KubeBench.bench(5, 4, 100);

        assertThat(figures).containsKeys("pods created per s", "pods completed per s", "requests per leaf",
                "artifact pods completed per s", "artifact requests per leaf",
                "dependency to create median ms", "dependency to create p99 ms");
        assertThat(figures.values()).allMatch(v -> Double.isFinite(v) && v >= 0);
    }
}
