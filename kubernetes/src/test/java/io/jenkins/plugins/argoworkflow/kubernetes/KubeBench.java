package io.jenkins.plugins.argoworkflow.kubernetes;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.MemoryArtifactStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Kubernetes runtime against fabric8's mock server (CRUD mode) and the kubelet simulator
 * (bench/k8s-bench.sh): pods created and completed per second in a fan-out of N pods, the controller's API
 * requests per leaf node, and in a DAG chain the delay from a dependency's finished report (the simulator's
 * last status update of its pod) to the dependent pod's create request, both timestamped as they reach the
 * mock server. The simulator runs every pod's init, main and wait as host processes, on the same cores.
 */
public final class KubeBench {

    private static final String POD_STATUS = "/api/v1/namespaces/" + KubeletSimulator.NAMESPACE + "/pods/";
    private static final String PODS = "/api/v1/namespaces/" + KubeletSimulator.NAMESPACE + "/pods";

    /** Kept referenced: the mock server logs every request at INFO, on its event loop, which would be timed. */
    private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

    private KubeBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = java.util.Arrays.asList(args).contains("--smoke");
        bench(smoke ? 20 : 1_000, smoke ? 10 : 200, 100);
    }

    /** Runs the fan-out of {@code pods} pods (at most {@code parallelism} at once) and the chain of {@code chain}. */
    static Map<String, Double> bench(int pods, int chain, int parallelism) throws Exception {
        MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
        Map<String, Double> figures = new LinkedHashMap<>();
        fanOut(pods, parallelism, figures);
        artifactFanOut(Math.max(1, pods / 5), parallelism, figures);
        chain(chain, figures);
        return figures;
    }

    private static void fanOut(int n, int parallelism, Map<String, Double> figures) throws Exception {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: fan}
                spec:
                  entrypoint: main
                  parallelism: %d
                  templates:
                  - name: ok
                    container: {image: alpine:3.20, command: ["true"]}
                  - name: main
                    steps:
                    - - {name: each, template: ok, withSequence: {count: "%d"}}
                """.formatted(parallelism, n);
        Path root = Files.createTempDirectory("argowf-k8s-bench-");
        try (KubeletSimulator kubelet = new KubeletSimulator(root)) {
            long start = System.nanoTime();
            run(kubelet, yaml);
            long wall = System.nanoTime() - start;
            List<KubeletSimulator.Timed> requests = kubelet.timedRequests();
            List<KubeletSimulator.Timed> creates = requests.stream()
                    .filter(r -> r.controller() && r.method().equals("POST") && r.path().equals(PODS)).toList();
            List<KubeletSimulator.Timed> deletes = requests.stream()
                    .filter(r -> r.controller() && r.method().equals("DELETE")).toList();
            if (creates.size() != n || deletes.size() != n) {
                throw new IllegalStateException(creates.size() + " creates and " + deletes.size() + " deletes for " + n);
            }
            long first = creates.get(0).nanos();
            double createSpan = (creates.get(n - 1).nanos() - first) / 1e9;
            double completeSpan = (deletes.get(n - 1).nanos() - first) / 1e9;
            long leafRequests = requests.stream().filter(r -> r.controller() && !r.path().contains("labelSelector"))
                    .count();
            long shared = requests.stream().filter(r -> r.controller() && r.path().contains("labelSelector")).count();
            figures.put("fan-out pods", (double) n);
            figures.put("run s", wall / 1e9);
            figures.put("pods created per s", n / createSpan);
            figures.put("pods completed per s", n / completeSpan);
            figures.put("requests per leaf", (double) leafRequests / n);
            figures.put("shared list/watch requests", (double) shared);
            System.out.printf("fan-out of %d pods (parallelism %d): run %.1f s; created %.1f pods/s (first to last"
                    + " create %.1f s); completed %.1f pods/s (first create to last delete %.1f s)%n", n, parallelism,
                    wall / 1e9, n / createSpan, createSpan, n / completeSpan, completeSpan);
            System.out.printf("controller's API requests per leaf node: %.2f (%d in all), plus %d list/watch shared by"
                    + " the run%n", (double) leafRequests / n, leafRequests, shared);
        }
    }

    /**
     * A fan-out whose pods each take an input artifact (streamed into init) and give an output artifact (read
     * from wait, saved to an in-memory store): the requests per leaf with both execs, and the pod rate.
     */
    private static void artifactFanOut(int n, int parallelism, Map<String, Double> figures) throws Exception {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: art}
                spec:
                  entrypoint: main
                  parallelism: %d
                  templates:
                  - name: copy
                    inputs: {artifacts: [{name: in, path: /var/run/argo/in.txt, raw: {data: hello}}]}
                    container: {image: alpine:3.20, command: [cp, /var/run/argo/in.txt, /var/run/argo/out.txt]}
                    outputs: {artifacts: [{name: out, path: /var/run/argo/out.txt}]}
                  - name: main
                    steps:
                    - - {name: each, template: copy, withSequence: {count: "%d"}}
                """.formatted(parallelism, n);
        Path root = Files.createTempDirectory("argowf-k8s-bench-");
        try (KubeletSimulator kubelet = new KubeletSimulator(root)) {
            long start = System.nanoTime();
            run(kubelet, yaml, new MemoryArtifactStore());
            long wall = System.nanoTime() - start;
            List<KubeletSimulator.Timed> requests = kubelet.timedRequests();
            long leafRequests = requests.stream().filter(r -> r.controller() && !r.path().contains("labelSelector"))
                    .count();
            figures.put("artifact fan-out pods", (double) n);
            figures.put("artifact pods completed per s", n / (wall / 1e9));
            figures.put("artifact requests per leaf", (double) leafRequests / n);
            System.out.printf("fan-out of %d pods with an input and an output artifact: run %.1f s (%.1f pods/s);"
                    + " controller's API requests per leaf node: %.2f (%d in all)%n", n, wall / 1e9, n / (wall / 1e9),
                    (double) leafRequests / n, leafRequests);
        }
    }

    private static void chain(int n, Map<String, Double> figures) throws Exception {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: chain}
                spec:
                  entrypoint: main
                  templates:
                  - name: ok
                    container: {image: alpine:3.20, command: ["true"]}
                  - name: main
                    dag:
                      tasks:
                      - {name: t0, template: ok}
                """);
        for (int i = 1; i < n; i++) {
            yaml.append("      - {name: t").append(i).append(", template: ok, dependencies: [t").append(i - 1)
                    .append("]}\n");
        }
        Path root = Files.createTempDirectory("argowf-k8s-bench-");
        try (KubeletSimulator kubelet = new KubeletSimulator(root)) {
            run(kubelet, yaml.toString());
            // One pod at a time: the last status update before a create is the dependency's final one (Succeeded).
            List<Double> delays = new ArrayList<>();
            long lastStatus = -1;
            for (KubeletSimulator.Timed r : kubelet.timedRequests()) {
                if (!r.controller() && r.path().startsWith(POD_STATUS) && r.path().endsWith("/status")) {
                    lastStatus = r.nanos();
                } else if (r.controller() && r.method().equals("POST") && r.path().equals(PODS) && lastStatus >= 0) {
                    delays.add((r.nanos() - lastStatus) / 1e6);
                }
            }
            if (delays.size() != n - 1) {
                throw new IllegalStateException(delays.size() + " delays in a chain of " + n);
            }
            Collections.sort(delays);
            double median = delays.get(delays.size() / 2);
            double p99 = delays.get(Math.min(delays.size() - 1, (int) Math.ceil(delays.size() * 0.99) - 1));
            figures.put("chain pods", (double) n);
            figures.put("dependency to create median ms", median);
            figures.put("dependency to create p99 ms", p99);
            figures.put("dependency to create max ms", delays.get(delays.size() - 1));
            System.out.printf("DAG chain of %d pods: dependency finished (simulator's status update) to the dependent's"
                    + " create request: median %.1f ms, p99 %.1f ms, min %.1f, max %.1f (%d delays)%n", n, median, p99,
                    delays.get(0), delays.get(delays.size() - 1), delays.size());
        }
    }

    private static void run(KubeletSimulator kubelet, String yaml) throws Exception {
        run(kubelet, yaml, null);
    }

    private static void run(KubeletSimulator kubelet, String yaml, MemoryArtifactStore store) throws Exception {
        Workflow wf = (Workflow) new WorkflowLoader().load("bench.yaml", yaml).documents().get(0);
        try (KubernetesRuntime runtime = new KubernetesRuntime(kubelet.controllerClient(),
                PodSettings.defaults(KubeletSimulator.NAMESPACE));
                WorkflowRun run = WorkflowRun.start(wf, new TemplateStore(), runtime,
                        RunOptions.defaults().withName("b").withArtifactStore(store))) {
            WorkflowStatus status = run.completion().get(30, TimeUnit.MINUTES);
            if (status.phase() != WorkflowPhase.SUCCEEDED) {
                throw new IllegalStateException("bench run ended " + status.phase() + ": " + status.message() + "\n"
                        + kubelet.describe());
            }
        }
    }
}
