package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kubernetes runtime against fabric8's mock server in CRUD mode and the kubelet simulator. */
class KubernetesRuntimeTest {

    @TempDir
    Path tmp;

    private KubeletSimulator kubelet;
    private KubernetesRuntime runtime;

    @BeforeEach
    void start() {
        kubelet = new KubeletSimulator(tmp.resolve("node"));
        runtime = new KubernetesRuntime(kubelet.controllerClient(), PodSettings.defaults(KubeletSimulator.NAMESPACE));
    }

    @AfterEach
    void stop() {
        runtime.close();
        kubelet.close();
    }

    @Test
    void scriptNodeSucceedsWithItsResultLogAndOutputParameterInFourRequests() throws Exception {
        List<String> logs = new java.util.concurrent.CopyOnWriteArrayList<>();
        WorkflowStatus status = run("""
                  templates:
                    - name: main
                      script:
                        image: alpine:3.20
                        command: [sh]
                        source: |
                          echo "progress" >&2
                          echo hello > /tmp/argowf-k8s-test-$$
                          cp /tmp/argowf-k8s-test-$$ ./out.txt
                          echo 42
                      outputs:
                        parameters:
                          - name: greeting
                            valueFrom: {path: ./out.txt}
                """, logs);

        NodeStatus node = root(status);
        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node.outputs().result()).isEqualTo("42");
        assertThat(node.outputs().exitCode()).isEqualTo("0");
        assertThat(node.outputs().parameters()).containsExactly(new NodeIo.Parameter("greeting", "hello"));
        assertThat(logs).contains("progress", "42");
        // Create; fabric8's watchLog looks the pod up by name (asynchronously) as it follows the log; delete.
        assertThat(leafRequests()).containsExactlyInAnyOrder("POST /api/v1/namespaces/test/pods",
                "GET /api/v1/namespaces/test/pods?fieldSelector=metadata.name%3Dk8s",
                "GET /api/v1/namespaces/test/pods/k8s/log?pretty=false&container=main&follow=true",
                "DELETE /api/v1/namespaces/test/pods/k8s");
    }

    @Test
    void mainExitingNonZeroFailsTheNodeAsArgoDoes() throws Exception {
        NodeStatus node = root(run(container("[sh, -c, 'echo oops; exit 3']", "")));

        assertEnded(node, NodePhase.FAILED, "main: Error (exit code 3)");
        assertThat(node.outputs().exitCode()).isEqualTo("3");
        assertThat(node.outputs().result()).isEqualTo("oops");
    }

    @Test
    void outOfMemoryIsNamedInTheMessage() throws Exception {
        NodeStatus node = root(run(container("[sh, -c, 'kill -9 $$']", "metadata: {annotations: {sim/oom: 'true'}}")));

        assertEnded(node, NodePhase.FAILED, "main: OOMKilled (exit code 137)");
    }

    @Test
    void evictedPodFailsWithTheKubeletsMessage() throws Exception {
        NodeStatus node = root(run(container("[sleep, '30']", "metadata: {annotations: {sim/evict: 'true'}}")));

        assertThat(node.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node.message()).startsWith("The node was low on resource: memory.");
    }

    @Test
    void deletedPodIsAnError() throws Exception {
        WorkflowRun run = start(container("[sleep, '30']", ""), List.of());
        awaitRunningPod();
        kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).withLabel(KubernetesRuntime.RUN_LABEL)
                .withGracePeriod(0).delete();

        NodeStatus node = root(run.completion().get(30, TimeUnit.SECONDS));
        assertEnded(node, NodePhase.ERROR, "pod deleted");
    }

    @Test
    void imagePullErrorKeepsTheNodePendingWithTheReasonUntilItsDeadline() throws Exception {
        List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void nodeChanged(NodeStatus node) {
                if (node.message() != null) {
                    messages.add(node.phase() + " " + node.message());
                }
            }
        };
        WorkflowRun run = WorkflowRun.start(Fixtures.load(write(workflow("""
                  templates:
                    - name: main
                      activeDeadlineSeconds: 2
                      container:
                        image: registry.example/no-such-image:1
                        command: ["true"]
                """))).workflow(), new io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore(), runtime,
                new RunOptions("pull", Clock.systemUTC(), listener));

        NodeStatus node = root(run.completion().get(30, TimeUnit.SECONDS));
        assertThat(messages).anyMatch(m -> m.startsWith("PENDING ErrImagePull: rpc error: code = NotFound"));
        assertEnded(node, NodePhase.FAILED, "Pod was active on the node longer than the specified deadline");
    }

    @Test
    void failingExecutorInitIsAnError() throws Exception {
        NodeStatus node = root(run(container("[echo, hi]", "metadata: {annotations: {sim/fail-init: 'true'}}")));

        assertEnded(node, NodePhase.ERROR, "init: Error (exit code 1)");
    }

    @Test
    void failingTemplateInitContainerFailsTheNodeAsArgoDoes() throws Exception {
        NodeStatus node = root(run(container("[echo, hi]", """
                initContainers:
                        - name: prepare
                          image: alpine:3.20
                          command: [sh, -c, 'exit 5']""")));

        assertEnded(node, NodePhase.FAILED, "prepare: Error (exit code 5)");
    }

    @Test
    void deadlineEndsARunningPod() throws Exception {
        NodeStatus node = root(run(container("[sleep, '30']", "activeDeadlineSeconds: 1")));

        assertEnded(node, NodePhase.FAILED, "Pod was active on the node longer than the specified deadline");
    }

    @Test
    void sidecarsAreStoppedWhenMainEnds() throws Exception {
        NodeStatus node = root(run(container("[sh, -c, 'echo done']", """
                sidecars:
                        - name: server
                          image: alpine:3.20
                          command: [sleep, '600']""")));

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node.outputs().result()).isEqualTo("done");
    }

    @Test
    void outputsTooBigForATerminationMessageAreReadByExecIntoWait() throws Exception {
        NodeStatus node = root(run(container("[sh, -c, 'seq 1 2000']", "")));

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node.outputs().result()).startsWith("1\n2\n3\n").endsWith("\n2000");
        List<String> requests = leafRequests();
        long execs = requests.stream().filter(r -> r.contains("/exec?")).count();
        // Four as for any node, and per exec attempt three: fabric8's two pod lookups and the exec (7 at once).
        assertThat(execs).isBetween(1L, 3L);
        assertThat(requests).as("%s", requests).hasSize(4 + 3 * (int) execs);
    }

    @Test
    void missingOutputParameterFileIsAnError() throws Exception {
        NodeStatus node = root(run(container("[\"true\"]", """
                outputs:
                        parameters:
                          - name: p
                            valueFrom: {path: /nowhere/p.txt}""")));

        assertEnded(node, NodePhase.ERROR, "output parameter 'p': open /nowhere/p.txt: no such file or directory;"
                + " write the file or give valueFrom.default");
    }

    private static String container(String command, String more) {
        return """
                  templates:
                    - name: main
                      %s
                      container:
                        image: alpine:3.20
                        command: %s
                """.formatted(more, command);
    }

    private static String workflow(String templates) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: k8s
                spec:
                  entrypoint: main
                """ + templates;
    }

    private WorkflowStatus run(String templates) throws Exception {
        return run(templates, new java.util.ArrayList<>());
    }

    private WorkflowStatus run(String templates, List<String> logs) throws Exception {
        try {
            return start(templates, logs).completion().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the run did not end within 60 s; the node: " + kubelet.describe() + "\nlogs: "
                    + logs, e);
        }
    }

    private WorkflowRun start(String templates, List<String> logs) throws Exception {
        Fixtures.Loaded loaded = Fixtures.load(write(workflow(templates)));
        RunListener listener = new RunListener() {
            @Override
            public void log(NodeStatus node, String line) {
                logs.add(line);
            }
        };
        return WorkflowRun.start(loaded.workflow(), loaded.store(), runtime,
                new RunOptions(null, Clock.systemUTC(), listener));
    }

    private Path write(String yaml) throws java.io.IOException {
        Path file = Files.createTempFile(tmp, "wf-", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static void assertEnded(NodeStatus node, NodePhase phase, String message) {
        assertThat(node.phase()).as(node.message()).isEqualTo(phase);
        assertThat(node.message()).isEqualTo(message);
    }

    private static NodeStatus root(WorkflowStatus status) {
        return status.nodeByName(status.workflowName()).orElseThrow();
    }

    /** The controller's requests about pods by name (the namespace's list and watch are shared by all leaves). */
    private List<String> leafRequests() {
        return kubelet.requests().stream().filter(r -> !r.contains("labelSelector")).toList();
    }

    private void awaitRunningPod() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            boolean running = kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).list().getItems().stream()
                    .anyMatch(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()));
            if (running) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no pod ran within 30 s");
    }
}
