package io.jenkins.plugins.argoworkflow.engine.bench;

import io.jenkins.plugins.argoworkflow.engine.lint.Linter;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * Scheduling cost with the instant (scripted) runtime: a withSequence fan-out, a DAG chain and a 100x100
 * layered DAG, at 1,000 and 10,000 nodes. Prints time per node, the 10,000/1,000 ratio and heap per node
 * (live heap after a full GC with the finished run still referenced). Run by bench/engine-bench.sh.
 */
public final class EngineBench {

    /**
     * The start of every benchmark workflow: a workflow named {@code bench} whose entrypoint {@code main} the
     * caller appends, and a leaf template {@code ok} that does nothing ({@code true}).
     */
    public static final String HEADER = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: bench}
            spec:
              entrypoint: main
              templates:
              - name: ok
                container: {image: alpine, command: ["true"]}
            """;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private EngineBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = java.util.Arrays.asList(args).contains("--smoke");
        int rounds = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 5;
        bench(rounds, smoke);
    }

    /**
     * Runs every shape at two sizes (1,000 and 10,000 nodes; 100 and 1,000 with {@code smoke}) and returns the
     * figures by name ({@code shape/nodes/what}). The small size is repeated 20 times as often as the large one
     * (best of), so that a run of a few milliseconds is timed warm. Lint is timed alone on the same workflow
     * (best of as many repetitions) so that scheduling is the difference.
     */
    static java.util.Map<String, Double> bench(int rounds, boolean smoke) throws Exception {
        java.util.Map<String, Double> figures = new java.util.LinkedHashMap<>();
        int small = smoke ? 100 : 1_000;
        int large = smoke ? 1_000 : 10_000;
        System.out.printf("%-10s %7s %6s %10s %10s %10s %9s %8s %8s %12s %10s %7s%n", "shape", "nodes", "reps",
                "total ms", "lint ms", "sched ms", "us/node", "ratio", "sched r", "heap B/node", "cpu ms", "cpu r");
        for (String shape : new String[] {"fan-out", "chain", "layered"}) {
            double totalSmall = 0;
            double schedSmall = 0;
            double cpuSmall = 0;
            for (int n : new int[] {small, large}) {
                String yaml = workflow(shape, n);
                Workflow wf = (Workflow) new WorkflowLoader().load(shape + ".yaml", yaml).documents().get(0);
                int reps = n == small ? rounds * 20 : rounds;
                run(wf); // warm-up
                lint(wf);
                long best = Long.MAX_VALUE;
                long bestLint = Long.MAX_VALUE;
                long cpu = 0;
                for (int r = 0; r < reps; r++) {
                    long cpuStart = OS.getProcessCpuTime();
                    long start = System.nanoTime();
                    run(wf);
                    best = Math.min(best, System.nanoTime() - start);
                    cpu += OS.getProcessCpuTime() - cpuStart;
                    start = System.nanoTime();
                    lint(wf);
                    bestLint = Math.min(bestLint, System.nanoTime() - start);
                }
                long heap = heapPerNode(wf, n);
                double ms = best / 1e6;
                double lintMs = bestLint / 1e6;
                double schedMs = Math.max(0, ms - lintMs);
                // CPU time of the whole process per run (all threads, JIT and GC included; mean, not best): less
                // sensitive than wall time to other processes taking the cores.
                double cpuMs = cpu / 1e6 / reps;
                figures.put(shape + "/" + n + "/process cpu ms", cpuMs);
                String key = shape + "/" + n + "/";
                figures.put(key + "total ms", ms);
                figures.put(key + "lint ms", lintMs);
                figures.put(key + "scheduling ms", schedMs);
                figures.put(key + "us per node", best / 1e3 / n);
                figures.put(key + "heap B per node", (double) heap);
                String ratio = "";
                String schedRatio = "";
                String cpuRatio = "";
                if (n == small) {
                    totalSmall = ms;
                    schedSmall = schedMs;
                    cpuSmall = cpuMs;
                } else {
                    figures.put(shape + "/ratio", ms / totalSmall);
                    figures.put(shape + "/scheduling ratio", schedMs / schedSmall);
                    ratio = "%.1f".formatted(ms / totalSmall);
                    schedRatio = "%.1f".formatted(schedMs / schedSmall);
                    cpuRatio = "%.1f".formatted(cpuMs / cpuSmall);
                    figures.put(shape + "/cpu ratio", cpuMs / cpuSmall);
                }
                System.out.printf("%-10s %7d %6d %10.2f %10.2f %10.2f %9.1f %8s %8s %12d %10.1f %7s%n", shape, n, reps, ms,
                        lintMs, schedMs, best / 1e3 / n, ratio, schedRatio, heap, cpuMs, cpuRatio);
            }
        }
        return figures;
    }

    private static void lint(Workflow wf) {
        if (new Linter(new TemplateStore()).lint(wf).stream().anyMatch(d -> d.isError())) {
            throw new IllegalStateException("bench workflow does not lint");
        }
    }

    private static WorkflowStatus run(Workflow wf) throws Exception {
        try (ScriptedRuntime runtime = new ScriptedRuntime();
                WorkflowRun run = WorkflowRun.start(wf, new TemplateStore(), runtime, RunOptions.defaults().withName("b"))) {
            WorkflowStatus status = run.completion().get(10, TimeUnit.MINUTES);
            if (status.phase() != WorkflowPhase.SUCCEEDED) {
                throw new IllegalStateException("bench run ended " + status.phase() + ": " + status.message());
            }
            return status;
        }
    }

    private static long heapPerNode(Workflow wf, int n) throws Exception {
        long before = usedAfterGc();
        WorkflowStatus kept = run(wf);
        long after = usedAfterGc();
        long perNode = (after - before) / Math.max(1, kept.nodes().size());
        if (kept.nodes().isEmpty()) {
            throw new IllegalStateException("no nodes");
        }
        return perNode;
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A workflow of about {@code n} leaf nodes of the given shape. */
    static String workflow(String shape, int n) {
        StringBuilder y = new StringBuilder(HEADER);
        switch (shape) {
            case "fan-out" -> y.append("""
                      - name: main
                        steps:
                        - - {name: each, template: ok, withSequence: {count: "%d"}}
                    """.formatted(n));
            case "chain" -> {
                y.append("  - name: main\n    dag:\n      tasks:\n      - {name: t0, template: ok}\n");
                for (int i = 1; i < n; i++) {
                    y.append("      - {name: t").append(i).append(", template: ok, dependencies: [t").append(i - 1)
                            .append("]}\n");
                }
            }
            default -> {
                int width = (int) Math.round(Math.sqrt(n));
                y.append("  - name: main\n    dag:\n      tasks:\n");
                for (int layer = 0; layer < width; layer++) {
                    for (int i = 0; i < width; i++) {
                        y.append("      - {name: l").append(layer).append("-").append(i).append(", template: ok");
                        if (layer > 0) {
                            // each task depends on two tasks of the layer before: arbitrary fan-in
                            y.append(", dependencies: [l").append(layer - 1).append("-").append(i).append(", l")
                                    .append(layer - 1).append("-").append((i + 1) % width).append("]");
                        }
                        y.append("}\n");
                    }
                }
            }
        }
        return y.toString();
    }
}
