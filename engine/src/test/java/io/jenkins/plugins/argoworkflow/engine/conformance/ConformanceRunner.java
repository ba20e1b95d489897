package io.jenkins.plugins.argoworkflow.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the Workflow rows of the corpus through the engine and a runtime, several at a time, and compares each
 * outcome with the row: the phase of the {@code local} column and every {@code displayName=Phase} assertion of
 * the {@code nodes} column. A row the linter rejects ends Failed without running, as Argo's controller marks an
 * invalid spec. A row whose outcome the corpus calls random is run again until it passes (at most
 * {@link #RANDOM_ROW_RUNS} times). Shared by the conformance runs of each runtime (local processes, a
 * Kubernetes cluster), which differ only in the runtime a row gets and in how workflows are named.
 */
public final class ConformanceRunner {

    /** A fresh runtime for one run of a row; the runner closes it when the run ends. */
    @FunctionalInterface
    public interface RuntimeFactory {
        /**
         * @param workflowName the name the run gets
         * @param rowDir an empty directory of the row's own, deleted after the row
         */
        NodeRuntime open(String workflowName, Path rowDir) throws Exception;
    }

    /** What a row ended in, and why it does not match the corpus (empty when it does). */
    public record Outcome(String phase, String message, List<String> mismatches, Duration took) {
        public boolean passed() {
            return mismatches.isEmpty();
        }

        public String describe() {
            return "ended " + phase + (message == null || message.isEmpty() ? "" : " (" + message + ")") + "; "
                    + String.join("; ", mismatches);
        }
    }

    /** Runs a row with a random outcome gets before it counts as a miss. */
    public static final int RANDOM_ROW_RUNS = 3;

    private final String label;
    private final int parallelRows;
    private final Duration rowDeadline;
    private final RuntimeFactory runtimes;
    private final Function<Workflow, String> naming;
    private final UnaryOperator<String> source;
    private final WorkflowLoader loader = new WorkflowLoader();

    private final long started = System.nanoTime();
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private final Map<String, String> misses = new ConcurrentSkipListMap<>();
    private final Map<String, Duration> took = new ConcurrentHashMap<>();
    private ExecutorService pool;

    /**
     * @param label the run's name in the summary ({@code local}, {@code cluster})
     * @param parallelRows how many rows run at once
     * @param rowDeadline how long a run of a row may take before it is terminated and counts as a miss
     * @param runtimes the runtime of each run
     */
    public ConformanceRunner(String label, int parallelRows, Duration rowDeadline, RuntimeFactory runtimes) {
        this(label, parallelRows, rowDeadline, runtimes, ConformanceRunner::fixedName, null);
    }

    private ConformanceRunner(String label, int parallelRows, Duration rowDeadline, RuntimeFactory runtimes,
            Function<Workflow, String> naming, UnaryOperator<String> source) {
        this.label = label;
        this.parallelRows = parallelRows;
        this.rowDeadline = rowDeadline;
        this.runtimes = runtimes;
        this.naming = naming;
        this.source = source;
    }

    /** This runner with runs named by {@code naming} instead of {@link #fixedName}. */
    public ConformanceRunner withNaming(Function<Workflow, String> naming) {
        return new ConformanceRunner(label, parallelRows, rowDeadline, runtimes, naming, source);
    }

    /** This runner with every corpus file's text passed through {@code source} before it is loaded. */
    public ConformanceRunner withSource(UnaryOperator<String> source) {
        return new ConformanceRunner(label, parallelRows, rowDeadline, runtimes, naming, source);
    }

    /** The rows the {@code local} column gives a phase to, with a Workflow to run. */
    public static List<Corpus.Row> allRows() {
        return Corpus.rows().stream()
                .filter(r -> r.runnable() && List.of(r.kinds().split(",")).contains("Workflow"))
                .toList();
    }

    /** {@link #allRows()}, or with {@code -Dconformance.only=REGEX} the matching ones, for working on a miss. */
    public static List<Corpus.Row> rows() {
        String only = System.getProperty("conformance.only", "");
        return allRows().stream().filter(r -> only.isEmpty() || r.path().matches(only)).toList();
    }

    /**
     * Starts every row at once (at most {@code parallelRows} running) and returns a test per row that waits for
     * it: the row must pass, unless {@code knownMisses} lists it (path → reason), in which case it must still
     * miss, so that a fix shows up and the entry is removed.
     */
    public Stream<DynamicTest> tests(List<Corpus.Row> rows, Map<String, String> knownMisses) throws IOException {
        assertThat(knownMisses.keySet()).as("known misses name runnable rows")
                .isSubsetOf(allRows().stream().map(Corpus.Row::path).toList());
        Path work = Files.createTempDirectory("argowf-conformance-");
        pool = Executors.newFixedThreadPool(parallelRows, r -> {
            Thread t = new Thread(r, "conformance-row");
            t.setDaemon(true);
            return t;
        });
        Map<Corpus.Row, CompletableFuture<Outcome>> outcomes = new LinkedHashMap<>();
        int index = 0;
        for (Corpus.Row row : rows) {
            Path rowDir = work.resolve(String.format("%03d", index++));
            outcomes.put(row, CompletableFuture.supplyAsync(() -> runRow(row, rowDir), pool));
        }
        total.set(rows.size());
        return outcomes.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().path(),
                () -> check(e.getKey(), e.getValue().get(), knownMisses.get(e.getKey().path()))));
    }

    private void check(Corpus.Row row, Outcome outcome, String knownMiss) {
        took.put(row.path(), outcome.took());
        if (outcome.passed()) {
            passed.incrementAndGet();
        } else {
            misses.put(row.path(), outcome.describe());
        }
        System.out.printf("conformance %-60s %-4s %5.1fs %s%n", row.path(), outcome.passed() ? "ok" : "MISS",
                outcome.took().toMillis() / 1000.0, outcome.passed() ? "" : outcome.describe());
        if (knownMiss == null) {
            assertThat(outcome.mismatches()).as("%s (expected %s; %s)", row.path(), row.local(),
                    outcome.describe()).isEmpty();
        } else {
            assertThat(outcome.passed()).as("%s is listed as a known miss (%s) but now passes: remove it from"
                    + " KNOWN_MISSES and from docs/COMPATIBILITY.md", row.path(), knownMiss).isFalse();
        }
    }

    /** Stops the rows still running and prints the summary: passes, misses, the slowest rows. */
    public void report() {
        if (pool != null) {
            pool.shutdownNow();
        }
        System.out.printf("%s conformance: %d/%d pass (%.0f s with %d rows at a time)%n", label, passed.get(),
                total.get(), (System.nanoTime() - started) / 1e9, parallelRows);
        misses.forEach((path, why) -> System.out.println("  miss " + path + ": " + why));
        took.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("  slow %5.1fs %s%n", e.getValue().toMillis() / 1000.0, e.getKey()));
    }

    /**
     * Runs a row; a row whose outcome the corpus calls random ({@code random=<p>}, p at most about 2 %) runs
     * up to {@link #RANDOM_ROW_RUNS} times until it passes, so that the chance of a red build on a correct
     * runtime is p³ instead of p. A runtime that is wrong for the row (dash's missing {@code $RANDOM}) still
     * misses every run.
     */
    public Outcome runRow(Corpus.Row row, Path rowDir) {
        Outcome outcome = run(row, rowDir);
        for (int runs = 1; !outcome.passed() && row.random() && runs < RANDOM_ROW_RUNS; runs++) {
            outcome = run(row, rowDir);
        }
        return outcome;
    }

    private Outcome run(Corpus.Row row, Path rowDir) {
        long start = System.nanoTime();
        try {
            Files.createDirectories(rowDir);
            LoadedFile file = load(row.path());
            TemplateStore store = new TemplateStore();
            for (String extra : row.templateFiles()) {
                store.addAll(load(extra).documents());
            }
            store.addAll(file.documents());
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
            String name = naming.apply(workflow);
            try (NodeRuntime runtime = runtimes.open(name, rowDir);
                    WorkflowRun run = WorkflowRun.start(workflow, store, runtime,
                            RunOptions.defaults().withName(name).withListener(logs))) {
                WorkflowStatus status;
                try {
                    status = run.completion().get(rowDeadline.toSeconds(), TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.terminate();
                    return new Outcome("(running)", null,
                            List.of("runtime: still running after " + rowDeadline.toSeconds() + " s"), took(start));
                }
                return compare(row, status.phase().argoName(), status.message(), status, logs, start);
            }
        } catch (Exception | AssertionError e) {
            return new Outcome("(exception)", String.valueOf(e), List.of("the run threw " + e), took(start));
        } finally {
            deleteTree(rowDir);
        }
    }

    /** A corpus file, read as is or with its text passed through {@link #withSource}'s rewrite. */
    private LoadedFile load(String path) throws IOException {
        Path file = Corpus.folder().resolve(path);
        return source == null ? loader.load(file)
                : loader.load(file.toString(), source.apply(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** The outcome of a run that ended {@code phase}, compared with the row. */
    static Outcome compare(Corpus.Row row, String phase, String message, WorkflowStatus status, NodeLogs logs,
            long start) {
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
        private final Map<String, Deque<String>> lines = new ConcurrentHashMap<>();

        @Override
        public void log(NodeStatus node, String line) {
            Deque<String> kept = lines.computeIfAbsent(node.id(), id -> new ConcurrentLinkedDeque<>());
            kept.addLast(line);
            while (kept.size() > KEPT) {
                kept.pollFirst();
            }
        }

        String tail(String nodeId) {
            Deque<String> kept = lines.get(nodeId);
            return kept == null || kept.isEmpty() ? "" : " [log: " + String.join(" / ", kept) + "]";
        }
    }

    /**
     * Argo's name for the workflow, with a fixed suffix in place of generateName's five random characters:
     * pod names (and so host names) then have the same length on every run, and a row cannot pass or miss
     * by the luck of its name.
     */
    public static String fixedName(Workflow workflow) {
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
