package io.jenkins.plugins.argoworkflow.engine.bench;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.Journal;
import io.jenkins.plugins.argoworkflow.engine.schedule.JournalEntry;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What recovery from a journal costs: a run of N leaves (a withSequence fan-out, and a 100-wide layered DAG)
 * journaled to a file with the instant runtime, then the file read and the whole run replayed from its first
 * line, as {@code argowf recover} does. Prints entries per leaf, journal bytes, read and replay times next to
 * the live run's. Run by bench/replay-bench.sh.
 */
public final class ReplayBench {

    private ReplayBench() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        bench(nodes, rounds);
    }

    static Map<String, Double> bench(int nodes, int rounds) throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        System.out.printf("%-9s %7s %8s %10s %11s %9s %10s %8s%n", "shape", "leaves", "entries", "entries/leaf",
                "journal KiB", "read ms", "replay ms", "live ms");
        shape("fan-out", fanOut(nodes), nodes, rounds, figures);
        shape("layered", layered(nodes), nodes, rounds, figures);
        return figures;
    }

    private static void shape(String name, String yaml, int leaves, int rounds, Map<String, Double> figures)
            throws Exception {
        Workflow workflow = (Workflow) new WorkflowLoader().load("bench.yaml", yaml).documents().get(0);
        double live = Double.MAX_VALUE;
        double read = Double.MAX_VALUE;
        double replay = Double.MAX_VALUE;
        long entries = 0;
        long bytes = 0;
        for (int round = 0; round < rounds; round++) {
            Path dir = Files.createTempDirectory("replay-bench");
            Path file = dir.resolve(Journal.FILE);
            try {
                long t0 = System.nanoTime();
                try (Journal journal = Journal.appendingTo(file);
                        WorkflowRun run = WorkflowRun.start(workflow, new TemplateStore(), new ScriptedRuntime(),
                                RunOptions.defaults().withName("bench").withJournal(journal))) {
                    ended(run);
                }
                live = Math.min(live, millis(t0));
                bytes = Files.size(file);

                long t1 = System.nanoTime();
                List<JournalEntry> recorded = Journal.read(file);
                read = Math.min(read, millis(t1));
                entries = recorded.size();

                long t2 = System.nanoTime();
                try (WorkflowRun run = WorkflowRun.recover(workflow, new TemplateStore(), new ScriptedRuntime(),
                        RunOptions.defaults().withName("bench"), recorded)) {
                    ended(run);
                }
                replay = Math.min(replay, millis(t2));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        }
        System.out.printf("%-9s %7d %8d %10.1f %11.0f %9.1f %10.1f %8.1f%n", name, leaves, entries,
                (double) entries / leaves, bytes / 1024.0, read, replay, live);
        figures.put(name + "/entries per leaf", (double) entries / leaves);
        figures.put(name + "/read ms", read);
        figures.put(name + "/replay ms", replay);
        figures.put(name + "/live ms", live);
    }

    private static void ended(WorkflowRun run) throws Exception {
        WorkflowStatus status = run.completion().get(10, TimeUnit.MINUTES);
        if (status.phase() != WorkflowPhase.SUCCEEDED) {
            throw new IllegalStateException("the benchmark run ended " + status.phase() + ": " + status.message());
        }
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static String fanOut(int leaves) {
        return EngineBench.HEADER + """
                  - name: main
                    steps:
                    - - {name: each, template: ok, withSequence: {count: "%d"}}
                """.formatted(leaves);
    }

    /** 100 tasks a layer, each depending on two tasks of the layer before it. */
    private static String layered(int leaves) {
        StringBuilder out = new StringBuilder(EngineBench.HEADER).append("  - name: main\n    dag:\n      tasks:\n");
        int width = 100;
        for (int i = 0; i < leaves; i++) {
            int layer = i / width;
            out.append("      - {name: t").append(i).append(", template: ok");
            if (layer > 0) {
                int above = i - width;
                int beside = (layer - 1) * width + (above + 1) % width;
                out.append(", dependencies: [t").append(above).append(", t").append(beside).append(']');
            }
            out.append("}\n");
        }
        return out.toString();
    }
}
