package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.bench.EngineBench;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local runtime's cost per node (bench/local-bench.sh): N nodes running {@code true}, one after the other
 * (a DAG chain) and all at once (a withSequence fan-out), against a plain shell loop running {@code /bin/true}
 * N times the same way (sequential; parallel with {@code &} and {@code wait}), and against the same loop
 * running each {@code true} in a minimal bubblewrap sandbox, to tell the sandbox's share from the runtime's.
 */
public final class LocalBench {

    private LocalBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = java.util.Arrays.asList(args).contains("--smoke");
        bench(smoke ? 10 : 200, smoke ? 1 : 3);
    }

    /** Best of {@code rounds} (after a warm-up) for each way of running {@code n} times {@code true}. */
    static Map<String, Double> bench(int n, int rounds) throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        boolean bwrap = Sandbox.findBubblewrap(System.getenv("PATH")).isPresent();
        for (boolean parallel : new boolean[] {false, true}) {
            String how = parallel ? "parallel" : "sequential";
            double runtime = best(rounds, () -> runWorkflow(workflow(n, parallel)));
            double shell = best(rounds, () -> shell(n, parallel, false));
            figures.put(how + " runtime ms per node", runtime / n);
            figures.put(how + " shell ms per node", shell / n);
            figures.put(how + " ratio", runtime / shell);
            String sandboxed = "";
            if (bwrap) {
                double inBwrap = best(rounds, () -> shell(n, parallel, true));
                figures.put(how + " shell+bwrap ms per node", inBwrap / n);
                figures.put(how + " ratio to shell+bwrap", runtime / inBwrap);
                sandboxed = "; shell loop with bwrap %.2f ms per node, ratio %.1f".formatted(inBwrap / n, runtime / inBwrap);
            }
            System.out.printf("%d x true, %s: local runtime %.2f ms per node; shell loop %.2f ms per node; ratio %.1f%s%n",
                    n, how, runtime / n, shell / n, runtime / shell, sandboxed);
        }
        System.out.println("bubblewrap: " + (bwrap ? "found, nodes sandboxed" : "not found, nodes unsandboxed"));
        return figures;
    }

    interface Timed {
        void run() throws Exception;
    }

    private static double best(int rounds, Timed what) throws Exception {
        what.run(); // warm-up
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            what.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1e6;
    }

    private static void shell(int n, boolean parallel, boolean bwrap) throws Exception {
        String cmd = bwrap ? "bwrap --ro-bind / / --proc /proc --dev /dev --unshare-pid --unshare-ipc --die-with-parent"
                + " --new-session /bin/true" : "/bin/true";
        String script = "i=0; while [ $i -lt " + n + " ]; do " + cmd + (parallel ? " &" : ";") + " i=$((i+1)); done"
                + (parallel ? "; wait" : "");
        Process p = new ProcessBuilder("sh", "-c", script).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("shell loop exited " + p.exitValue());
        }
    }

    private static String workflow(int n, boolean parallel) {
        StringBuilder y = new StringBuilder(EngineBench.HEADER);
        if (parallel) {
            y.append("""
                      - name: main
                        steps:
                        - - {name: each, template: ok, withSequence: {count: "%d"}}
                    """.formatted(n));
        } else {
            y.append("  - name: main\n    dag:\n      tasks:\n      - {name: t0, template: ok}\n");
            for (int i = 1; i < n; i++) {
                y.append("      - {name: t").append(i).append(", template: ok, dependencies: [t").append(i - 1).append("]}\n");
            }
        }
        return y.toString();
    }

    private static void runWorkflow(String yaml) throws Exception {
        Workflow wf = (Workflow) new WorkflowLoader().load("bench.yaml", yaml).documents().get(0);
        Path work = Files.createTempDirectory("argowf-local-bench-");
        try (LocalRuntime runtime = new LocalRuntime(LocalRuntimeOptions.defaults(work));
                WorkflowRun run = WorkflowRun.start(wf, new TemplateStore(), runtime, RunOptions.defaults().withName("b"))) {
            WorkflowStatus status = run.completion().get(10, TimeUnit.MINUTES);
            if (status.phase() != WorkflowPhase.SUCCEEDED) {
                throw new IllegalStateException("bench run ended " + status.phase() + ": " + status.message());
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

}
