package io.jenkins.plugins.argoworkflow.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** bench/engine-bench.sh --smoke inside the build: the benchmark runs and yields its figures (no timing asserted). */
class EngineBenchSmokeTest {

    @Test
    void engineBenchRunsAtSmokeSize() throws Exception {
        Map<String, Double> figures = EngineBench.bench(1, true);

        assertThat(figures).containsKeys("fan-out/ratio", "chain/ratio", "layered/ratio", "layered/1000/heap B per node");
        assertThat(figures.values()).allMatch(v -> Double.isFinite(v) && v >= 0);
    }
}
