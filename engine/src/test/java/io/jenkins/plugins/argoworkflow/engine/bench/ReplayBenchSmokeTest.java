package io.jenkins.plugins.argoworkflow.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** bench/replay-bench.sh at a small size inside the build: it runs and yields its figures (no timing asserted). */
class ReplayBenchSmokeTest {

    @Test
    void replayBenchRunsAtSmokeSize() throws Exception {
        Map<String, Double> figures = ReplayBench.bench(200, 1);

        assertThat(figures).containsKeys("fan-out/one file/entries per leaf", "fan-out/one file/replay ms",
                "layered/one file/replay ms", "layered/snapshot/20/replay ms");
        assertThat(figures.get("fan-out/one file/entries per leaf")).as("each leaf journals its launch and its end")
                .isGreaterThanOrEqualTo(2.0);
        // How much a snapshot leaves out depends on when the background thread gets to it (JournalSnapshotTest
        // covers what it leaves out); here only that it never adds entries.
        assertThat(figures.get("pending/snapshot/20/entries per leaf"))
                .isLessThanOrEqualTo(figures.get("pending/one file/entries per leaf"));
        assertThat(figures.values()).allMatch(v -> Double.isFinite(v) && v >= 0);
    }
}
