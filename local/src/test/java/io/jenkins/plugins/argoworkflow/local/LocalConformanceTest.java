package io.jenkins.plugins.argoworkflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.conformance.Corpus;
import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.lint.Linter;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
    /** Runs a row with a random outcome gets before it counts as a miss. */
    private static final int RANDOM_ROW_RUNS = 3;
    private static final Duration ROW_DEADLINE = Duration.ofSeconds(120);
    private static final WorkflowLoader LOADER = new WorkflowLoader();

    private static final long STARTED = System.nanoTime();
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger TOTAL = new AtomicInteger();
    private static final Map<String, String> MISSES = new java.util.concurrent.ConcurrentSkipListMap<>();
    private static final Map<String, Duration> TOOK = new java.util.concurrent.ConcurrentHashMap<>();
    private static ExecutorService pool;

    /** What a row ended in, and why it does not match the corpus (empty when it does). */
    record Outcome(String phase, String message, List<String> mismatches, Duration took) {
        boolean passed() {
            return mismatches.isEmpty();
        }

        String describe() {
            return "ended " + phase + (message == null || message.isEmpty() ? "" : " (" + message + ")") + "; "
                    + String.join("; ", mismatches);
        }
    }

    /** The rows the {@code local} column gives a phase to, with a Workflow to run. */
    static List<Corpus.Row> allRows() {
        return Corpus.rows().stream()
                .filter(r -> r.runnable() && List.of(r.kinds().split(",")).contains("Workflow"))
                .toList();
    }

    /** {@link #allRows()}, or with {@code -Dconformance.only=REGEX} the matching ones, for working on a miss. */
    static List<Corpus.Row> rows() {
        String only = System.getProperty("conformance.only", "");
        return allRows().stream().filter(r -> only.isEmpty() || r.path().matches(only)).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyRunnableCorpusWorkflowReachesItsPhaseLocally() throws IOException {
        Path work = Files.createTempDirectory("argowf-conformance-");
        pool = Executors.newFixedThreadPool(PARALLEL_ROWS, r -> {
            Thread t = new Thread(r, "conformance-row");
            t.setDaemon(true);
            return t;
        });
        Map<Corpus.Row, CompletableFuture<Outcome>> outcomes = new LinkedHashMap<>();
        List<Corpus.Row> rows = rows();
        assertThat(KNOWN_MISSES.keySet()).as("known misses name runnable rows")
                .isSubsetOf(allRows().stream().map(Corpus.Row::path).toList());
        int index = 0;
        for (Corpus.Row row : rows) {
            Path rowDir = work.resolve(String.format("%03d", index++));
            outcomes.put(row, CompletableFuture.supplyAsync(() -> runRow(row, rowDir), pool));
        }
        TOTAL.set(rows.size());
        return outcomes.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().path(), () -> {
            Corpus.Row row = e.getKey();
            Outcome outcome = e.getValue().get();
            String miss = KNOWN_MISSES.get(row.path());
            TOOK.put(row.path(), outcome.took());
            if (outcome.passed()) {
                PASSED.incrementAndGet();
            } else {
                MISSES.put(row.path(), outcome.describe());
            }
            System.out.printf("conformance %-60s %-4s %5.1fs %s%n", row.path(), outcome.passed() ? "ok" : "MISS",
                    outcome.took().toMillis() / 1000.0, outcome.passed() ? "" : outcome.describe());
            if (miss == null) {
                assertThat(outcome.mismatches()).as("%s (expected %s; %s)", row.path(), row.local(),
                        outcome.describe()).isEmpty();
            } else {
                assertThat(outcome.passed()).as("%s is listed as a known miss (%s) but now passes: remove it from"
                        + " KNOWN_MISSES and from docs/COMPATIBILITY.md", row.path(), miss).isFalse();
            }
        }));
    }

    @AfterAll
    static void report() {
        if (pool != null) {
            pool.shutdownNow();
        }
        System.out.printf("local conformance: %d/%d pass (%.0f s with %d rows at a time)%n", PASSED.get(),
                TOTAL.get(), (System.nanoTime() - STARTED) / 1e9, PARALLEL_ROWS);
        MISSES.forEach((path, why) -> System.out.println("  miss " + path + ": " + why));
        TOOK.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("  slow %5.1fs %s%n", e.getValue().toMillis() / 1000.0, e.getKey()));
    }

    /**
     * Runs a row; a row whose outcome the corpus calls random ({@code random=<p>}, p at most about 2 %) runs
     * up to {@link #RANDOM_ROW_RUNS} times until it passes, so that the chance of a red build on a correct
     * runtime is p³ instead of p. A runtime that is wrong for the row (dash's missing {@code $RANDOM}) still
     * misses every run.
     */
    private static Outcome runRow(Corpus.Row row, Path rowDir) {
        Outcome outcome = run(row, rowDir);
        for (int runs = 1; !outcome.passed() && row.random() && runs < RANDOM_ROW_RUNS; runs++) {
            outcome = run(row, rowDir);
        }
        return outcome;
    }

    private static Outcome run(Corpus.Row row, Path rowDir) {
        long start = System.nanoTime();
        try {
            Files.createDirectories(rowDir);
            LoadedFile file = LOADER.load(Corpus.folder().resolve(row.path()));
            TemplateStore store = Corpus.templates(row, LOADER).addAll(file.documents());
            Workflow workflow = file.documents().stream().filter(Workflow.class::isInstance)
                    .map(Workflow.class::cast).findFirst().orElse(null);
            List<Diagnostic> errors = new Linter(store).lint(file).stream().filter(Diagnostic::isError).toList();
            if (workflow == null || !errors.isEmpty()) {
                // Argo's controller marks an invalid spec Failed; refusing to start it meets those rows.
                String message = "invalid spec: " + errors.stream().map(Diagnostic::toString).findFirst()
                        .orElse("no Workflow document");
                return compare(row, "Failed", message, null, null, start);
            }
            NodeLogs logs = new NodeLogs();
            try (LocalRuntime runtime = new LocalRuntime(
                            LocalRuntimeOptions.defaults(rowDir).withGracePeriod(Duration.ofSeconds(5)));
                    WorkflowRun run = WorkflowRun.start(workflow, store, runtime,
                            RunOptions.defaults().withName(name(workflow)).withListener(logs))) {
                WorkflowStatus status;
                try {
                    status = run.completion().get(ROW_DEADLINE.toSeconds(), TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.terminate();
                    return new Outcome("(running)", null,
                            List.of("runtime: still running after " + ROW_DEADLINE.toSeconds() + " s"), took(start));
                }
                return compare(row, status.phase().argoName(), status.message(), status, logs, start);
            }
        } catch (Exception | AssertionError e) {
            return new Outcome("(exception)", String.valueOf(e), List.of("the run threw " + e), took(start));
        } finally {
            deleteTree(rowDir);
        }
    }

    private static Outcome compare(Corpus.Row row, String phase, String message, WorkflowStatus status,
            NodeLogs logs, long start) {
        List<String> mismatches = new ArrayList<>();
        if (!phase.equals(row.local())) {
            mismatches.add("expected " + row.local());
        }
        mismatches.addAll(Corpus.nodeMismatches(row, status));
        if (!mismatches.isEmpty() && status != null) {
            // The leaves that failed say why, which the workflow's message rarely does.
            // Leaves first; then any other node that failed with its own reason (not just a failed child).
            status.nodes().stream().filter(n -> n.phase().failedOrError() && (n.type() == NodeType.POD
                            || n.message() != null && !n.message().startsWith("child '")))
                    .sorted(Comparator.comparing(n -> n.type() == NodeType.POD ? 0 : 1))
                    .limit(3).forEach(n -> mismatches.add("leaf " + n.displayName() + " " + n.phase().argoName()
                            + ": " + n.message() + logs.tail(n.id())));
        }
        return new Outcome(phase, message, mismatches, took(start));
    }

    /** The last lines each node logged, to say why a leaf of a missing row failed. */
    static final class NodeLogs implements RunListener {
        private static final int KEPT = 3;
        private final Map<String, java.util.Deque<String>> lines = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void log(NodeStatus node, String line) {
            java.util.Deque<String> kept = lines.computeIfAbsent(node.id(),
                    id -> new java.util.concurrent.ConcurrentLinkedDeque<>());
            kept.addLast(line);
            while (kept.size() > KEPT) {
                kept.pollFirst();
            }
        }

        String tail(String nodeId) {
            java.util.Deque<String> kept = lines.get(nodeId);
            return kept == null || kept.isEmpty() ? "" : " [log: " + String.join(" / ", kept) + "]";
        }
    }

    /**
     * Argo's name for the workflow, with a fixed suffix in place of generateName's five random characters:
     * pod names (and so host names) then have the same length on every run, and a row cannot pass or miss
     * by the luck of its name.
     */
    static String name(Workflow workflow) {
        String name = workflow.metadata().name();
        if (name != null && !name.isEmpty()) {
            return name;
        }
        String prefix = workflow.metadata().generateName();
        return (prefix == null || prefix.isEmpty() ? "workflow-" : prefix) + "t7x2k";
    }

    private static Duration took(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // A read-only tree a node left behind: the temp dir is cleared with the machine.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Same as above.
        }
    }
}
