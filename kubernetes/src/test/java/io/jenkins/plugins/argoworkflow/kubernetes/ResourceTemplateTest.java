package io.jenkins.plugins.argoworkflow.kubernetes;

import static io.jenkins.plugins.argoworkflow.kubernetes.KubeHarness.node;
import static io.jenkins.plugins.argoworkflow.kubernetes.KubeHarness.root;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.spi.MemoryArtifactStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resource templates' manifestFrom, setOwnerReference, patch strategies and flags on the Kubernetes runtime. */
class ResourceTemplateTest {

    @TempDir
    Path tmp;

    private KubeHarness k8s;
    private final MemoryArtifactStore store = new MemoryArtifactStore();
    private final List<String> logs = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        k8s = new KubeHarness(tmp, PodSettings.defaults(KubeletSimulator.NAMESPACE),
                new KubernetesRuntimeOptions(true, Duration.ofMillis(50)));
    }

    @AfterEach
    void stop() {
        k8s.close();
    }

    @Test
    void manifestFromAnArtifactCreatesTheObjectItHolds() throws Exception {
        WorkflowStatus status = run("""
                  templates:
                    - name: main
                      steps:
                        - - name: make
                            template: make
                        - - name: create
                            template: create
                            arguments: {artifacts: [{name: manifest, from: '{{steps.make.outputs.artifacts.manifest}}'}]}
                    - name: make
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'printf "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: from-artifact}\\ndata: {k: v}\\n" > MANIFEST']
                      outputs: {artifacts: [{name: manifest, path: MANIFEST}]}
                    - name: create
                      inputs: {artifacts: [{name: manifest}]}
                      resource:
                        action: create
                        manifestFrom: {artifact: {name: manifest}}
                """.replace("MANIFEST", tmp.resolve("manifest.yaml").toString()));

        assertThat(root(status).phase()).as(describe(status)).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(configMap("from-artifact").getData()).containsEntry("k", "v");
    }

    @Test
    void setOwnerReferenceCreatesTheObjectWithoutAnOwnerAndSaysSo() throws Exception {
        WorkflowStatus status = run("""
                  templates:
                    - name: main
                      resource:
                        action: create
                        setOwnerReference: true
                        manifest: |
                          apiVersion: v1
                          kind: ConfigMap
                          metadata: {name: owned}
                """);

        assertThat(root(status).phase()).as(describe(status)).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(configMap("owned").getMetadata().getOwnerReferences()).isEmpty();
        assertThat(logs).anyMatch(l -> l.startsWith("argowf: setOwnerReference ignored: argowf keeps no Workflow"
                + " object in the cluster"));
    }

    @Test
    void aJsonPatchActsOnTheObjectItsFlagsName() throws Exception {
        WorkflowStatus status = run("""
                  templates:
                    - name: main
                      steps:
                        - - {name: create, template: create}
                        - - {name: patch, template: patch}
                    - name: create
                      resource:
                        action: create
                        manifest: |
                          apiVersion: v1
                          kind: ConfigMap
                          metadata: {name: settings}
                          data: {k: one}
                    - name: patch
                      resource:
                        action: patch
                        mergeStrategy: json
                        flags: [configmap, settings]
                        manifest: |
                          - op: replace
                            path: /data/k
                            value: two
                      outputs: {parameters: [{name: k, valueFrom: {jsonPath: '{.data.k}'}}]}
                """);

        assertThat(root(status).phase()).as(describe(status)).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "k8s[1].patch").outputs().parameters()).containsExactly(new NodeIo.Parameter("k", "two"));
        assertThat(configMap("settings").getData()).containsEntry("k", "two");
    }

    @Test
    void aJsonPatchWithoutFlagsNamingItsObjectIsAClearError() throws Exception {
        NodeStatus node = root(run("""
                  templates:
                    - name: main
                      resource:
                        action: patch
                        mergeStrategy: json
                        manifest: '[{op: remove, path: /data/k}]'
                """));

        assertThat(node.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node.message()).isEqualTo("resource template 'main': a JSON patch names the object it patches in"
                + " flags, as kubectl patch does: flags: [<resource>, <name>]");
    }

    @Test
    void aStrategicMergePatchTheServerRefusesSaysToUseMerge() throws Exception {
        k8s.kubelet.client().configMaps().inNamespace(KubeletSimulator.NAMESPACE).resource(new io.fabric8.kubernetes
                .api.model.ConfigMapBuilder().withNewMetadata().withName("settings").endMetadata().build()).create();
        NodeStatus node = root(run("""
                  templates:
                    - name: main
                      resource:
                        action: patch
                        manifest: |
                          apiVersion: v1
                          kind: ConfigMap
                          metadata: {name: settings, labels: {a: b}}
                """));

        assertThat(node.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node.message()).isEqualTo("the API server refused a strategic merge patch (415 Unsupported Media"
                + " Type); custom resources take no strategic merge patch: set mergeStrategy: merge (or json)");
    }

    @Test
    void kubectlFlagsArgowfCannotHonourAreRefusedByName() throws Exception {
        NodeStatus node = root(run("""
                  templates:
                    - name: main
                      resource:
                        action: create
                        flags: [--validate=false, --server-side]
                        manifest: |
                          apiVersion: v1
                          kind: ConfigMap
                          metadata: {name: flagged}
                """));

        assertThat(node.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node.message()).isEqualTo("resource template 'main': flag '--server-side' is not supported:"
                + " argowf acts through the Kubernetes API, not kubectl, and takes as flags only the object to act on"
                + " ([<resource>, <name>], -n <namespace>) and --validate=false; remove it");
        assertThat(configMap("flagged")).isNull();
    }

    private ConfigMap configMap(String name) {
        return k8s.kubelet.client().configMaps().inNamespace(KubeletSimulator.NAMESPACE).withName(name).get();
    }

    private WorkflowStatus run(String templates) throws Exception {
        return k8s.run(KubernetesArtifactsTest.workflow(templates), KubeHarness.options(new RunListener() {
            @Override
            public void log(io.jenkins.plugins.argoworkflow.engine.run.NodeStatus node, String line) {
                logs.add(line);
            }
        }).withArtifactStore(store));
    }

    private static String describe(WorkflowStatus status) {
        return String.join("\n", status.nodes().stream().map(n -> n.name() + " " + n.phase() + ": " + n.message())
                .toList());
    }
}
