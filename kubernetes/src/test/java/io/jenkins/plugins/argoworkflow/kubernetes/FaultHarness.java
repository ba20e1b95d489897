package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Whole workflows on the Kubernetes runtime, the mock API server and the kubelet simulator, for the fault
 * tests: start a run, wait for what the node shows, count what the run leaves behind.
 */
final class FaultHarness {

    private final Path dir;
    private final KubeletSimulator kubelet;
    /** Every node change the runs reported, in order, as {@code name phase message}. */
    final List<String> changes = new CopyOnWriteArrayList<>();

    FaultHarness(Path dir, KubeletSimulator kubelet) {
        this.dir = dir;
        this.kubelet = kubelet;
    }

    WorkflowRun start(KubernetesRuntime runtime, String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "wf-", ".yaml");
        Files.writeString(file, yaml);
        Fixtures.Loaded loaded = Fixtures.load(file);
        RunListener listener = new RunListener() {
            @Override
            public void nodeChanged(NodeStatus node) {
                changes.add(node.name() + " " + node.phase() + " " + node.message());
            }
        };
        return WorkflowRun.start(loaded.workflow(), loaded.store(), runtime,
                new RunOptions(null, Clock.systemUTC(), listener));
    }

    WorkflowStatus await(WorkflowRun run, Duration within) throws Exception {
        try {
            return run.completion().get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the run did not end within " + within + "; the node: " + kubelet.describe()
                    + "\nchanges: " + changes, e);
        }
    }

    /** The pods of the namespace, as the API server has them. */
    List<Pod> pods() {
        return kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).list().getItems();
    }

    /** Waits for a pod whose main container runs (its phase Running) and whose name is not in {@code seen}. */
    String awaitRunningPod(java.util.Set<String> seen) throws InterruptedException {
        String[] found = new String[1];
        awaitTrue("a running pod", Duration.ofSeconds(30), () -> {
            Optional<Pod> pod = pods().stream().filter(p -> p.getStatus() != null
                    && "Running".equals(p.getStatus().getPhase()) && !seen.contains(p.getMetadata().getName()))
                    .findFirst();
            pod.ifPresent(p -> found[0] = p.getMetadata().getName());
            return pod.isPresent();
        });
        return found[0];
    }

    /** How many pods and claims carry the run's label. */
    int leftovers(String workflow) {
        return kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE)
                .withLabel(KubernetesRuntime.RUN_LABEL, workflow).list().getItems().size()
                + kubelet.client().persistentVolumeClaims().inNamespace(KubeletSimulator.NAMESPACE)
                        .withLabel(KubernetesRuntime.RUN_LABEL, workflow).list().getItems().size();
    }

    void awaitTrue(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + within + ": " + what + "; the node: " + kubelet.describe()
                        + "\nchanges: " + changes);
            }
            Thread.sleep(50);
        }
    }

    static NodeStatus node(WorkflowStatus status, String name) {
        return status.nodeByName(name).orElseThrow(() -> new AssertionError("no node " + name + " in "
                + status.nodes().stream().map(NodeStatus::name).toList()));
    }

    /** The nodes named {@code prefix(n)}: the attempts of a retried node, in order. */
    static List<NodeStatus> attempts(WorkflowStatus status, String name) {
        return status.nodes().stream().filter(n -> n.name().startsWith(name + "(")).sorted(
                java.util.Comparator.comparing(NodeStatus::name)).toList();
    }

    static String workflow(String name, String body) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: %s
                spec:
                  entrypoint: main
                """.formatted(name) + body;
    }
}
