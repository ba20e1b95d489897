package io.jenkins.plugins.argoworkflow.engine.bench;

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

    private EngineBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.printf("%-22s %8s %12s %12s %14s%n", "shape", "nodes", "total ms", "us/node", "heap B/node");
        for (String shape : new String[] {"fan-out", "chain", "layered"}) {
            double t1k = 0;
            for (int n : new int[] {1_000, 10_000}) {
                String yaml = workflow(shape, n);
                Workflow wf = (Workflow) new WorkflowLoader().load(shape + ".yaml", yaml).documents().get(0);
                run(wf); // warm-up
                long best = Long.MAX_VALUE;
                for (int r = 0; r < rounds; r++) {
                    long start = System.nanoTime();
                    run(wf);
                    best = Math.min(best, System.nanoTime() - start);
                }
                long heap = heapPerNode(wf, n);
                double ms = best / 1e6;
                System.out.printf("%-22s %8d %12.1f %12.1f %14d%n", shape, n, ms, best / 1e3 / n, heap);
                if (n == 1_000) {
                    t1k = ms;
                } else {
                    System.out.printf("%-22s %8s %12s t(10,000)/t(1,000) = %.1f%n", shape, "", "", ms / t1k);
                }
            }
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
        StringBuilder y = new StringBuilder("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: bench}
                spec:
                  entrypoint: main
                  templates:
                  - name: ok
                    container: {image: alpine, command: ["true"]}
                """);
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
