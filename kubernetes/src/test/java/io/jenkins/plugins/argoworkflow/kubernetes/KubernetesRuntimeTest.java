package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
                "GET /api/v1/namespaces/test/pods/k8s/log?pretty=false&container=main&timestamps=true&follow=true",
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
        // Four as for any node, and one per exec attempt (5 at once).
        assertThat(execs).isBetween(1L, 3L);
        assertThat(requests).as("%s", requests).hasSize(4 + (int) execs);
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

    @Test
    void aNewRuntimeAdoptsARunningLeafByItsLabelsAndReportsItsEndWithoutASecondPod() throws Exception {
        LeafRequest request = leafRequest(container("[sh, -c, 'sleep 1; echo adopted']", ""));
        Recorder first = new Recorder();
        runtime.launch(request, first);
        awaitPods(1);
        runtime.abandon(); // the controller crashed: nothing reports on the pod, which runs on
        runtime = new KubernetesRuntime(kubelet.controllerClient(), PodSettings.defaults(KubeletSimulator.NAMESPACE));

        Recorder second = new Recorder();
        runtime.adopt(request, second);

        LeafResult result = second.result.get(30, TimeUnit.SECONDS);
        assertThat(result.phase()).as(result.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().result()).isEqualTo("adopted");
        assertThat(first.result).isNotDone();
        assertThat(kubelet.requests().stream().filter(r -> r.equals("POST /api/v1/namespaces/test/pods")))
                .hasSize(1);
        assertThat(kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).list().getItems()).isEmpty();
    }

    @Test
    void adoptingALeafWhosePodIsGoneReportsItLost() throws Exception {
        Recorder recorder = new Recorder();
        runtime.adopt(leafRequest(container("[\"true\"]", "")), recorder);

        LeafResult result = recorder.result.get(30, TimeUnit.SECONDS);
        assertThat(result.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(result.message()).isEqualTo(io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime.LOST);
        assertThat(kubelet.requests()).noneMatch(r -> r.startsWith("POST"));
    }

    @Test
    void aReadyDaemonHandsItsIpToTheNextStepAndIsDeletedWhenItsStepsEnd() throws Exception {
        List<String> logs = new java.util.concurrent.CopyOnWriteArrayList<>();
        WorkflowStatus status = run("""
                  templates:
                    - name: main
                      steps:
                        - - name: server
                            template: server
                        - - name: client
                            template: client
                            arguments: {parameters: [{name: ip, value: '{{steps.server.ip}}'}]}
                    - name: server
                      daemon: true
                      metadata: {annotations: {sim/live-main: 'true'}}
                      container:
                        image: alpine:3.20
                        command: [sleep, '600']
                    - name: client
                      inputs: {parameters: [{name: ip}]}
                      container:
                        image: alpine:3.20
                        command: [echo, 'server at {{inputs.parameters.ip}}']
                """, logs);

        NodeStatus server = status.nodeByName("k8s[0].server").orElseThrow();
        NodeStatus client = status.nodeByName("k8s[1].client").orElseThrow();
        assertThat(root(status).phase()).as(root(status).message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(server.phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(client.outputs().result()).isEqualTo("server at 10.1.0.7");
        awaitPods(0);
        assertThat(kubelet.requests()).filteredOn(r -> r.startsWith("DELETE /api/v1/namespaces/test/pods/")).hasSize(2);
    }

    @Test
    void volumeClaimTemplatesAreCreatedOnceBeforeTheirFirstPodAndDeletedWhenTheRunEnds() throws Exception {
        WorkflowStatus status = run("""
                  volumeClaimTemplates:
                    - metadata: {name: work}
                      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                  templates:
                    - name: main
                      steps:
                        - - {name: write, template: use}
                        - - {name: read, template: use}
                    - name: use
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'echo used']
                        volumeMounts: [{name: work, mountPath: /work}]
                """);

        assertThat(root(status).phase()).as(root(status).message()).isEqualTo(NodePhase.SUCCEEDED);
        runtime.close(); // waits for the run's cleanup
        List<String> requests = kubelet.requests();
        assertThat(requests).filteredOn(r -> r.startsWith("POST /api/v1/namespaces/test/persistentvolumeclaims"))
                .hasSize(1);
        assertThat(requests.indexOf("POST /api/v1/namespaces/test/persistentvolumeclaims"))
                .isLessThan(requests.indexOf("POST /api/v1/namespaces/test/pods"));
        assertThat(requests).contains("DELETE /api/v1/namespaces/test/persistentvolumeclaims/k8s-work");
        assertThat(kubelet.client().persistentVolumeClaims().inNamespace(KubeletSimulator.NAMESPACE).list()
                .getItems()).isEmpty();
    }

    @Test
    void onWorkflowSuccessKeepsTheClaimsOfAFailedRun() throws Exception {
        WorkflowStatus status = run("""
                  volumeClaimGC: {strategy: OnWorkflowSuccess}
                  volumeClaimTemplates:
                    - metadata: {name: work}
                      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'exit 1']
                        volumeMounts: [{name: work, mountPath: /work}]
                """);

        assertThat(root(status).phase()).isEqualTo(NodePhase.FAILED);
        runtime.close();
        assertThat(kubelet.client().persistentVolumeClaims().inNamespace(KubeletSimulator.NAMESPACE).list()
                .getItems()).extracting(c -> c.getMetadata().getName()).containsExactly("k8s-work");
    }

    @Test
    void resourceTemplatesAreRefusedUnlessAllowedNamingTheSetting() throws Exception {
        NodeStatus node = root(run(resource("create", "", "")));

        assertThat(node.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node.message()).startsWith("resource template 'main' refused:").endsWith(
                "an operator allows them with the Kubernetes runtime's allowResourceTemplates setting");
        assertThat(kubelet.requests()).noneMatch(r -> r.contains("/jobs"));
    }

    @Test
    void anAllowedResourceTemplateCreatesItsObjectWaitsForItsSuccessConditionAndReadsOutputs() throws Exception {
        allowResources();
        java.util.concurrent.Future<?> job = completeJobWhenCreated("succeeded");
        NodeStatus node = root(run(resource("create", "successCondition: status.succeeded > 0",
                "outputs: {parameters: [{name: job, valueFrom: {jsonPath: '{.metadata.name}'}},"
                        + " {name: done, valueFrom: {jsonPath: '{.status.succeeded}'}}]}")));
        job.get(10, TimeUnit.SECONDS);

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node.outputs().parameters()).containsExactly(new NodeIo.Parameter("job", "pi"),
                new NodeIo.Parameter("done", "1"));
    }

    @Test
    void aResourceFailureConditionFailsTheNodeWithArgosMessage() throws Exception {
        allowResources();
        java.util.concurrent.Future<?> job = completeJobWhenCreated("failed");
        NodeStatus node = root(run(resource("create",
                "successCondition: status.succeeded > 0\nfailureCondition: status.failed > 0", "")));
        job.get(10, TimeUnit.SECONDS);

        assertEnded(node, NodePhase.FAILED, "failure condition 'status.failed>0' evaluated true");
    }

    @Test
    void applyCreatesOrReplacesPatchMergesAndDeleteRemoves() throws Exception {
        allowResources();
        WorkflowStatus status = run("""
                  templates:
                    - name: main
                      steps:
                        - - {name: first, template: apply, arguments: {parameters: [{name: v, value: one}]}}
                        - - {name: second, template: apply, arguments: {parameters: [{name: v, value: two}]}}
                        - - {name: label, template: label}
                        - - {name: read, template: config, arguments: {parameters: [{name: action, value: get}]}}
                        - - {name: remove, template: config, arguments: {parameters: [{name: action, value: delete}]}}
                    - name: apply
                      inputs: {parameters: [{name: v}]}
                      resource:
                        action: apply
                        manifest: |
                          apiVersion: v1
                          kind: ConfigMap
                          metadata: {name: settings}
                          data: {k: '{{inputs.parameters.v}}'}
                    - name: label
                      resource:
                        action: patch
                        mergeStrategy: merge
                        manifest: |
                          apiVersion: v1
                          kind: ConfigMap
                          metadata: {name: settings, labels: {patched: 'yes'}}
                      outputs: {parameters: [{name: patched, valueFrom: {jsonPath: '{.metadata.labels.patched}'}}]}
                    - name: config
                      inputs: {parameters: [{name: action}]}
                      resource:
                        action: '{{inputs.parameters.action}}'
                        manifest: |
                          apiVersion: v1
                          kind: ConfigMap
                          metadata: {name: settings}
                      outputs: {parameters: [{name: k, valueFrom: {jsonPath: '{.data.k}', default: none}}]}
                """);

        assertThat(root(status).phase()).as("%s", status.nodes().stream().map(n -> n.name() + ": " + n.message()).toList()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(status.nodeByName("k8s[2].label").orElseThrow().outputs().parameters())
                .containsExactly(new NodeIo.Parameter("patched", "yes"));
        assertThat(status.nodeByName("k8s[3].read").orElseThrow().outputs().parameters())
                .containsExactly(new NodeIo.Parameter("k", "two"));
        assertThat(kubelet.client().configMaps().inNamespace(KubeletSimulator.NAMESPACE).withName("settings").get())
                .isNull();
    }

    private void allowResources() {
        runtime.close();
        runtime = new KubernetesRuntime(kubelet.controllerClient(), PodSettings.defaults(KubeletSimulator.NAMESPACE),
                new KubernetesRuntimeOptions(true, java.time.Duration.ofMillis(50)));
    }

    /** Plays the Job controller: once the Job exists, its status says it succeeded or failed. */
    private java.util.concurrent.Future<?> completeJobWhenCreated(String field) {
        return java.util.concurrent.CompletableFuture.runAsync(() -> {
            var jobs = kubelet.client().batch().v1().jobs().inNamespace(KubeletSimulator.NAMESPACE).withName("pi");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (jobs.get() == null && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            jobs.editStatus(j -> {
                j.setStatus(new io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder()
                        .addToAdditionalProperties(field, 1).build());
                return j;
            });
        });
    }

    private static String resource(String action, String conditions, String outputs) {
        return """
                  templates:
                    - name: main
                      %s
                      resource:
                        action: %s
                        %s
                        manifest: |
                          apiVersion: batch/v1
                          kind: Job
                          metadata: {name: pi}
                          spec:
                            template:
                              spec:
                                restartPolicy: Never
                                containers: [{name: pi, image: perl:5.34, command: [perl, -e, 'print 1']}]
                """.formatted(outputs, action, conditions.replace("\n", "\n        "));
    }

    /** A listener that keeps a leaf's end. */
    private static final class Recorder implements NodeListener {
        final java.util.concurrent.CompletableFuture<LeafResult> result = new java.util.concurrent.CompletableFuture<>();

        @Override
        public void running(String nodeId, String ip) {
        }

        @Override
        public void log(String nodeId, String line) {
        }

        @Override
        public void finished(String nodeId, LeafResult leaf) {
            if (!result.complete(leaf)) {
                throw new AssertionError("finished twice");
            }
        }
    }

    private LeafRequest leafRequest(String templates) throws Exception {
        Fixtures.Loaded loaded = Fixtures.load(write(workflow(templates)));
        return new LeafRequest("k8s", "k8s", "k8s", "k8s", "k8s", loaded.workflow().spec().templates().get(0),
                null, null, Map.of(KubernetesRuntime.RUN_LABEL, "k8s", "argo-workflow/node", "k8s"), List.of(), null,
                loaded.workflow().spec());
    }

    private void awaitPods(int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).list().getItems().size() != count) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not " + count + " pods within 30 s: " + kubelet.describe());
            }
            Thread.sleep(50);
        }
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
