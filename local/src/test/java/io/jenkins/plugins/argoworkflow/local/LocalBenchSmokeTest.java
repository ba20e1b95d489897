package io.jenkins.plugins.argoworkflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** bench/local-bench.sh --smoke inside the build: it runs and yields its figures (no timing asserted). */
class LocalBenchSmokeTest {

    @Test
    void localBenchRunsAtSmokeSize() throws Exception {
        Map<String, Double> figures = LocalBench.bench(3, 1);

        assertThat(figures).containsKeys("sequential ratio", "parallel ratio", "sequential runtime ms per node");
        assertThat(figures.values()).allMatch(v -> Double.isFinite(v) && v > 0);
    }
}
