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
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What recovery from a journal costs: a run of N leaves (a withSequence fan-out, and a 100-wide layered DAG)
 * journaled with the instant runtime, in one file or in a state directory with snapshots, then read back and
 * the whole run replayed, as {@code argowf recover} does. Prints the entries read back, the bytes on disk, the
 * live run's time and its longest single append, and the read and replay times. Run by bench/replay-bench.sh.
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
        System.out.printf("%-9s %-14s %7s %8s %11s %8s %14s %8s %10s%n", "shape", "journal", "leaves", "entries",
                "on disk KiB", "live ms", "longest append", "read ms", "replay ms");
        for (String shape : List.of("fan-out", "layered", "pending")) {
            String yaml = shape.equals("layered") ? layered(nodes) : fanOut(nodes);
            shape(shape, yaml, nodes, rounds, 0, figures);
            shape(shape, yaml, nodes, rounds, Journal.DEFAULT_SNAPSHOT_EVERY, figures);
            shape(shape, yaml, nodes, rounds, Math.max(1, nodes / 10), figures);
        }
        return figures;
    }

    /**
     * One shape, journaled whole in one file ({@code snapshotEvery} 0) or in a state directory with snapshots: the
     * live run (and its longest single append, which includes any wait for a new segment), the journal's bytes on
     * disk, reading it back and replaying it.
     */
    private static void shape(String name, String yaml, int leaves, int rounds, long snapshotEvery,
            Map<String, Double> figures) throws Exception {
        Workflow workflow = (Workflow) new WorkflowLoader().load("bench.yaml", yaml).documents().get(0);
        double live = Double.MAX_VALUE;
        double longestAppend = Double.MAX_VALUE;
        double read = Double.MAX_VALUE;
        double replay = Double.MAX_VALUE;
        long entries = 0;
        long bytes = 0;
        for (int round = 0; round < rounds; round++) {
            Path dir = Files.createTempDirectory("replay-bench");
            Path file = dir.resolve(Journal.FILE);
            try {
                TimedJournal journal = new TimedJournal(snapshotEvery == 0 ? Journal.appendingTo(file)
                        : Journal.inStateDir(dir, snapshotEvery));
                long t0 = System.nanoTime();
                try (journal; WorkflowRun run = WorkflowRun.start(workflow, new TemplateStore(),
                        name.equals("pending") ? new Pending(new ScriptedRuntime()) : new ScriptedRuntime(),
                        RunOptions.defaults().withName("bench").withJournal(journal))) {
                    ended(run);
                }
                live = Math.min(live, millis(t0));
                longestAppend = Math.min(longestAppend, journal.longest / 1e6);
                bytes = Files.size(file) + (Files.exists(dir.resolve(Journal.SNAPSHOT_FILE))
                        ? Files.size(dir.resolve(Journal.SNAPSHOT_FILE)) : 0);

                long t1 = System.nanoTime();
                List<JournalEntry> recorded = snapshotEvery == 0 ? Journal.read(file) : Journal.readStateDir(dir);
                read = Math.min(read, millis(t1));
                entries = recorded.size();

                long t2 = System.nanoTime();
                try (WorkflowRun run = WorkflowRun.recover(workflow, new TemplateStore(), new ScriptedRuntime(),
                        RunOptions.defaults().withName("bench"), recorded)) {
                    ended(run);
                }
                replay = Math.min(replay, millis(t2));
            } finally {
                Journal.discardStateDir(dir);
                Files.deleteIfExists(dir);
            }
        }
        String journalKind = snapshotEvery == 0 ? "one file" : "snapshot/" + snapshotEvery;
        System.out.printf("%-9s %-14s %7d %8d %11.0f %8.1f %11.1f ms %8.1f %10.1f%n", name, journalKind, leaves,
                entries, bytes / 1024.0, live, longestAppend, read, replay);
        String key = name + "/" + journalKind;
        figures.put(key + "/entries per leaf", (double) entries / leaves);
        figures.put(key + "/bytes", (double) bytes);
        figures.put(key + "/read ms", read);
        figures.put(key + "/replay ms", replay);
        figures.put(key + "/live ms", live);
    }

    /**
     * A runtime that reports three pending reasons before each leaf runs, as the Kubernetes runtime reports a pod's
     * (ContainerCreating, an image being pulled, PodInitializing); the replay needs none of them once the leaf runs.
     */
    private static final class Pending implements NodeRuntime {
        private final NodeRuntime to;

        Pending(NodeRuntime to) {
            this.to = to;
        }

        @Override
        public void launch(LeafRequest request, NodeListener listener) {
            listener.pending(request.nodeId(), "ContainerCreating");
            listener.pending(request.nodeId(), "Pulling image \"alpine:3.20\"");
            listener.pending(request.nodeId(), "PodInitializing");
            to.launch(request, listener);
        }

        @Override
        public void stop(String nodeId, StopReason reason) {
            to.stop(nodeId, reason);
        }

        @Override
        public void close() {
            to.close();
        }
    }

    /** A journal that keeps the longest time one append took (the run's loop waits that long). */
    private static final class TimedJournal implements Journal {
        private final Journal to;
        private long longest;

        TimedJournal(Journal to) {
            this.to = to;
        }

        @Override
        public void append(JournalEntry entry) {
            long t = System.nanoTime();
            to.append(entry);
            longest = Math.max(longest, System.nanoTime() - t);
        }

        @Override
        public void close() {
            to.close();
        }
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
