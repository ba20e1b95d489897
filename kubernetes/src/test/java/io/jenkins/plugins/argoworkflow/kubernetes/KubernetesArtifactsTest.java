package io.jenkins.plugins.argoworkflow.kubernetes;

import static io.jenkins.plugins.argoworkflow.kubernetes.KubeHarness.node;
import static io.jenkins.plugins.argoworkflow.kubernetes.KubeHarness.root;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.Pod;
import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.MemoryArtifactStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Artifacts on the Kubernetes runtime: main's outputs read from wait as a tar and saved to the run's store;
 * inputs fetched from it and streamed into init, which waits for them; main's wrapper places them.
 */
class KubernetesArtifactsTest {

    @TempDir
    Path tmp;

    private KubeHarness k8s;
    private final MemoryArtifactStore store = new MemoryArtifactStore();
    /** Where the simulated containers (host processes) write: the same absolute paths as in a pod. */
    private Path work;

    @BeforeEach
    void start() throws Exception {
        k8s = new KubeHarness(tmp);
        work = Files.createDirectories(Path.of("/tmp", "argowf-k8s-art-" + UUID.randomUUID()));
    }

    @AfterEach
    void stop() throws Exception {
        k8s.close();
        try (var walk = Files.walk(work)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aFileAndADirectoryPassFromOneStepToTheNextIntact() throws Exception {
        WorkflowStatus status = run("""
                  templates:
                    - name: main
                      steps:
                        - - {name: make, template: make}
                        - - name: use
                            template: use
                            arguments:
                              artifacts:
                                - {name: file, from: '{{steps.make.outputs.artifacts.file}}'}
                                - {name: tree, from: '{{steps.make.outputs.artifacts.tree}}'}
                                - {name: plain, from: '{{steps.make.outputs.artifacts.plain}}'}
                    - name: make
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'mkdir -p W/out/tree/sub && printf "one\\ntwo" > W/out/file.txt
                          && echo a > W/out/tree/a && echo b > W/out/tree/sub/b && echo raw > W/out/plain.txt']
                      outputs:
                        artifacts:
                          - {name: file, path: W/out/file.txt}
                          - {name: tree, path: W/out/tree}
                          - {name: plain, path: W/out/plain.txt, archive: {none: {}}}
                    - name: use
                      inputs:
                        artifacts:
                          - {name: file, path: W/in/file.txt}
                          - {name: tree, path: W/in/tree, mode: 0750}
                          - {name: plain, path: W/in/plain.txt}
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'cat W/in/file.txt; echo; cat W/in/tree/a W/in/tree/sub/b W/in/plain.txt']
                """);

        assertThat(root(status).phase()).as(describe(status)).isEqualTo(NodePhase.SUCCEEDED);
        NodeStatus make = node(status, "k8s[0].make");
        assertThat(make.outputs().artifacts()).extracting(NodeIo.Artifact::name, NodeIo.Artifact::archive)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("file", ArchiveStrategy.Kind.TAR),
                        org.assertj.core.groups.Tuple.tuple("tree", ArchiveStrategy.Kind.TAR),
                        org.assertj.core.groups.Tuple.tuple("plain", ArchiveStrategy.Kind.NONE));
        String pod = make.outputs().artifacts().get(0).value().split("/")[1];
        assertThat(store.objects()).containsOnlyKeys("k8s/" + pod + "/file.tgz", "k8s/" + pod + "/tree.tgz",
                "k8s/" + pod + "/plain.txt");
        assertThat(new String(store.objects().get("k8s/" + pod + "/plain.txt"))).isEqualTo("raw\n");
        assertThat(node(status, "k8s[1].use").outputs().result()).isEqualTo("one\ntwo\na\nb\nraw");
        assertThat(Files.getPosixFilePermissions(work.resolve("in/tree")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
    }

    @Test
    void aDirectoryStoredAsIsIsReadBackAsADirectory() throws Exception {
        WorkflowStatus status = run("""
                  templates:
                    - name: main
                      steps:
                        - - {name: make, template: make}
                        - - name: use
                            template: use
                            arguments: {artifacts: [{name: tree, from: '{{steps.make.outputs.artifacts.tree}}'}]}
                    - name: make
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'mkdir -p W/out/tree/sub && echo a > W/out/tree/a && echo b > W/out/tree/sub/b']
                      outputs:
                        artifacts: [{name: tree, path: W/out/tree, archive: {none: {}}}]
                    - name: use
                      inputs: {artifacts: [{name: tree, path: W/in/tree}]}
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'cat W/in/tree/a W/in/tree/sub/b']
                """);

        assertThat(root(status).phase()).as(describe(status)).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(store.objects().keySet()).hasSize(2).allMatch(k -> k.endsWith("/tree/a") || k.endsWith("/tree/sub/b"));
        assertThat(node(status, "k8s[1].use").outputs().result()).isEqualTo("a\nb");
    }

    @Test
    void aMissingOutputArtifactIsArgosErrorAndAnOptionalOneIsFine() throws Exception {
        WorkflowStatus status = run("""
                  templates:
                    - name: main
                      steps:
                        - - {name: optional, template: optional}
                          - {name: required, template: required}
                    - name: optional
                      container: {image: alpine:3.20, command: [echo, fine]}
                      outputs: {artifacts: [{name: maybe, path: W/nowhere/a.txt, optional: true}]}
                    - name: required
                      container: {image: alpine:3.20, command: [echo, fine]}
                      outputs: {artifacts: [{name: needed, path: W/nowhere/b.txt}]}
                """);

        NodeStatus optional = node(status, "k8s[0].optional");
        assertThat(optional.phase()).as(optional.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(optional.outputs().artifacts()).isEmpty();
        NodeStatus required = node(status, "k8s[0].required");
        assertThat(required.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(required.message()).isEqualTo("output artifact 'needed': " + work + "/nowhere/b.txt no such file or"
                + " directory; write it, or mark the artifact optional: true");
        assertThat(required.outputs().result()).isEqualTo("fine");
    }

    @Test
    void aMissingInputArtifactFailsTheNodeWithoutAPodAndAnOptionalOneIsSkipped() throws Exception {
        WorkflowStatus status = run("""
                  templates:
                    - name: main
                      steps:
                        - - name: optional
                            template: optional
                            arguments: {artifacts: [{name: in, s3: {key: no/such/key}}]}
                          - name: required
                            template: required
                            arguments: {artifacts: [{name: in, s3: {key: no/such/key}}]}
                    - name: optional
                      inputs: {artifacts: [{name: in, path: W/in/opt.txt, optional: true}]}
                      container: {image: alpine:3.20, command: [sh, -c, 'test -e W/in/opt.txt || echo absent']}
                    - name: required
                      inputs: {artifacts: [{name: in, path: W/in/req.txt}]}
                      container: {image: alpine:3.20, command: [echo, never]}
                """);

        NodeStatus optional = node(status, "k8s[0].optional");
        assertThat(optional.phase()).as(optional.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(optional.outputs().result()).isEqualTo("absent");
        NodeStatus required = node(status, "k8s[0].required");
        assertThat(required.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(required.message()).isEqualTo("artifact in failed to load: key no/such/key not found in the"
                + " artifact repository");
        assertThat(k8s.podCreates()).isEqualTo(1);
    }

    @Test
    void initThatIsNeverSentItsInputsGivesUpWithAClearMessage() throws Exception {
        PodSettings settings = new PodSettings(KubeletSimulator.NAMESPACE, PodSettings.DEFAULT_EXECUTOR_IMAGE,
                Duration.ofSeconds(1), Duration.ofSeconds(30));
        Fixtures.Loaded loaded = Fixtures.load(k8s.write(workflow("""
                  templates:
                    - name: main
                      inputs: {artifacts: [{name: in, path: /tmp/in.txt}]}
                      container: {image: alpine:3.20, command: [cat, /tmp/in.txt]}
                """)));
        // No controller: the pod is created by hand, so nothing streams the inputs in.
        LeafRequest request = new LeafRequest("k8s", "k8s", "k8s", "k8s", "k8s-alone",
                loaded.workflow().spec().templates().get(0),
                new NodeIo(List.of(), List.of(new NodeIo.Artifact("in", "/tmp/in.txt", "raw", "x", null)), null, null),
                null, Map.of(KubernetesRuntime.RUN_LABEL, "alone"));
        Pod pod = new PodManifest(settings).build(request);
        k8s.kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).resource(pod).create();

        k8s.awaitPods("the pod failed", pods -> pods.stream().anyMatch(p -> "Failed".equals(PodOutcome.phase(p))));
        ContainerStateTerminated init = k8s.pods().get(0).getStatus().getInitContainerStatuses().get(0).getState()
                .getTerminated();
        assertThat(init.getExitCode()).isEqualTo(1);
        assertThat(init.getMessage()).startsWith("input artifacts were not streamed in by the controller within 1s;");
    }

    @Test
    void aScriptNodeWithAnInputAndAnOutputArtifactCostsTwoRequestsMore() throws Exception {
        WorkflowStatus status = run("""
                  templates:
                    - name: main
                      inputs: {artifacts: [{name: in, path: W/in.txt, raw: {data: hello}}]}
                      script:
                        image: alpine:3.20
                        command: [sh]
                        source: |
                          cp W/in.txt W/out.txt
                          echo 42
                      outputs: {artifacts: [{name: out, path: W/out.txt}]}
                """);

        assertThat(root(status).phase()).as(describe(status)).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(root(status).outputs().result()).isEqualTo("42");
        List<String> requests = k8s.kubelet.requests().stream().filter(r -> !r.contains("labelSelector")).toList();
        // The four of every leaf (create, the log's pod lookup and stream, delete), then the two execs (no pod
        // lookups before them: PodExec): one into init with the inputs, one into wait for the outputs.
        assertThat(requests).as("%s", requests).hasSize(4 + 2);
        assertThat(requests).filteredOn(r -> r.contains("/exec?")).satisfiesExactlyInAnyOrder(
                r -> assertThat(r).contains("container=init&stdin=true"),
                r -> assertThat(r).contains("container=wait").doesNotContain("stdin"));
    }

    @Test
    void aRunNamingNoRepositoryUsesTheRuntimesDefaultAndWithoutOneTheNodeSaysWhatIsMissing() throws Exception {
        String templates = """
                  templates:
                    - name: main
                      container: {image: alpine:3.20, command: [sh, -c, 'echo x > W/out.txt']}
                      outputs: {artifacts: [{name: out, path: W/out.txt}]}
                """.replace("W/", work + "/");
        NodeStatus without = root(k8s.run(workflow(templates)));
        assertThat(without.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(without.message()).startsWith("output artifact 'out': the run has no artifact repository;");

        k8s.runtime.setDefaultArtifactStore(store);
        NodeStatus with = root(k8s.run(workflow(templates)));
        assertThat(with.phase()).as(with.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(store.objects()).containsOnlyKeys(with.outputs().artifacts().get(0).value());
    }

    @Test
    void anAdoptedPodWhoseInitStillWaitsIsSentItsInputsByTheNewController() throws Exception {
        Fixtures.Loaded loaded = Fixtures.load(k8s.write(workflow("""
                  templates:
                    - name: main
                      inputs: {artifacts: [{name: in, path: W/in.txt}]}
                      container: {image: alpine:3.20, command: [cat, W/in.txt]}
                """.replace("W/", work + "/"))));
        LeafRequest request = new LeafRequest("k8s", "k8s", "k8s", "k8s", "k8s-adopted",
                loaded.workflow().spec().templates().get(0),
                new NodeIo(List.of(), List.of(new NodeIo.Artifact("in", work + "/in.txt", "raw", "sent", null)), null,
                        null),
                null, Map.of(KubernetesRuntime.RUN_LABEL, "k8s", "argo-workflow/node", "k8s"));
        // The pod of a controller that crashed before it streamed the inputs: init waits for them.
        k8s.kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE)
                .resource(new PodManifest(PodSettings.defaults(KubeletSimulator.NAMESPACE)).build(request)).create();
        k8s.awaitPods("init waiting", pods -> pods.stream().anyMatch(p -> PodOutcome.initRunning(p, PodManifest.INIT)));

        java.util.concurrent.CompletableFuture<io.jenkins.plugins.argoworkflow.engine.spi.LeafResult> result =
                new java.util.concurrent.CompletableFuture<>();
        k8s.runtime.adopt(request, new io.jenkins.plugins.argoworkflow.engine.spi.NodeListener() {
            @Override
            public void running(String nodeId, String ip) {
            }

            @Override
            public void log(String nodeId, String line) {
            }

            @Override
            public void finished(String nodeId, io.jenkins.plugins.argoworkflow.engine.spi.LeafResult leaf) {
                result.complete(leaf);
            }
        });

        var leaf = result.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(leaf.phase()).as(leaf.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(leaf.outputs().result()).isEqualTo("sent");
        assertThat(k8s.podCreates()).isZero();
    }

    private WorkflowStatus run(String templates) throws Exception {
        return k8s.run(workflow(templates).replace("W/", work + "/"),
                KubeHarness.options(new RunListener() {
                }).withArtifactStore(store));
    }

    static String workflow(String templates) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: k8s
                spec:
                  entrypoint: main
                """ + templates;
    }

    private static String describe(WorkflowStatus status) {
        return String.join("\n", status.nodes().stream().map(n -> n.name() + " " + n.phase() + ": " + n.message())
                .toList());
    }
}
