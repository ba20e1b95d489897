package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.conformance.ConformanceRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance run of issue 4: every Workflow of the Argo corpus whose {@code local} column names a phase
 * runs in-process (the engine plus this runtime, each leaf a sandboxed process) and must end in that phase,
 * with every {@code displayName=Phase} assertion of the {@code nodes} column met.
 *
 * <p>Rows in {@link #KNOWN_MISSES} are expected to miss, for the reason given; the test asserts that they
 * still do, so that a fix shows up as a failure here and the entry is removed. Every other row must pass.
 * {@link ConformanceRunner} runs and compares the rows, as it does for the cluster run of the kubernetes module.
 *
 * <p>Needs {@code argosay} (the fixture in {@code src/test/resources/argosay}) and {@code cowsay}
 * ({@code /usr/games}) on the JVM's PATH, which nodes inherit: the module's Surefire configuration sets it.
 * Rows noted {@code cwd=/} rely on the runtime's default working directory {@code /}.
 */
class LocalConformanceTest {

    /** Rows that do not reach the expected outcome yet: corpus path → reason category and detail. */
    static final Map<String, String> KNOWN_MISSES = Map.ofEntries();

    /** Rows run at once; each runs its own processes, and many rows just sleep. */
    private static final int PARALLEL_ROWS = 8;
    private static final Duration ROW_DEADLINE = Duration.ofSeconds(120);

    private static final ConformanceRunner RUNNER = new ConformanceRunner("local", PARALLEL_ROWS, ROW_DEADLINE,
            (name, rowDir) -> new LocalRuntime(LocalRuntimeOptions.defaults(rowDir)
                    .withGracePeriod(Duration.ofSeconds(5))));

    @TestFactory
    Stream<DynamicTest> everyRunnableCorpusWorkflowReachesItsPhaseLocally() throws IOException {
        return RUNNER.tests(ConformanceRunner.rows(), KNOWN_MISSES);
    }

    @AfterAll
    static void report() {
        RUNNER.report();
    }
}
