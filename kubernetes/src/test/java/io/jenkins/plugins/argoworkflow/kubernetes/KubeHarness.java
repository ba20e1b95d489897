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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The mock server, the kubelet simulator and a runtime on them, with the helpers the runtime's newer test
 * classes share: workflows written to files and run, pods awaited.
 */
final class KubeHarness implements AutoCloseable {

    final Path tmp;
    final KubeletSimulator kubelet;
    KubernetesRuntime runtime;

    KubeHarness(Path tmp) {
        this(tmp, PodSettings.defaults(KubeletSimulator.NAMESPACE), KubernetesRuntimeOptions.DEFAULTS);
    }

    KubeHarness(Path tmp, PodSettings settings, KubernetesRuntimeOptions options) {
        this.tmp = tmp;
        this.kubelet = new KubeletSimulator(tmp.resolve("node"));
        this.runtime = new KubernetesRuntime(kubelet.controllerClient(), settings, options);
    }

    WorkflowRun start(String yaml, RunOptions options) throws IOException {
        Fixtures.Loaded loaded = Fixtures.load(write(yaml));
        return WorkflowRun.start(loaded.workflow(), loaded.store(), runtime, options);
    }

    WorkflowStatus run(String yaml, RunOptions options) throws Exception {
        WorkflowRun run = start(yaml, options);
        try {
            return run.completion().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the run did not end within 60 s; the node: " + kubelet.describe(), e);
        }
    }

    WorkflowStatus run(String yaml) throws Exception {
        return run(yaml, options(new RunListener() {
        }));
    }

    static RunOptions options(RunListener listener) {
        return new RunOptions(null, Clock.systemUTC(), listener);
    }

    Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(tmp, "wf-", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    List<Pod> pods() {
        return kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).list().getItems();
    }

    /** Waits up to 30 s until the namespace's pods satisfy {@code condition}. */
    void awaitPods(String what, Predicate<List<Pod>> condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.test(pods())) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not " + what + " within 30 s: " + kubelet.describe());
            }
            Thread.sleep(50);
        }
    }

    /** The controller's requests that create pods. */
    long podCreates() {
        return kubelet.requests().stream().filter(r -> r.equals("POST /api/v1/namespaces/test/pods")).count();
    }

    static NodeStatus root(WorkflowStatus status) {
        return status.nodeByName(status.workflowName()).orElseThrow();
    }

    static NodeStatus node(WorkflowStatus status, String name) {
        return status.nodeByName(name).orElseThrow(() -> new AssertionError("no node " + name + " in "
                + status.nodes().stream().map(NodeStatus::name).toList()));
    }

    @Override
    public void close() {
        runtime.close();
        kubelet.close();
    }
}
