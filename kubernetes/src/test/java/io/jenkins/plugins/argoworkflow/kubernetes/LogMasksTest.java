package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Secrets a leaf's pod references, as PodManifest builds it: the ones whose values its log masks. */
class LogMasksTest {

    @Test
    void theSecretsOfEveryContainersEnvAndOfTheVolumesThePodMountsAreReferenced(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("wf.yaml"), FaultHarness.workflow("wf", """
                  volumes:
                    - {name: mounted, secret: {secretName: from-workflow-volume}}
                    - {name: unmounted, secret: {secretName: not-in-the-pod}}
                  templates:
                    - name: main
                      volumes:
                        - {name: own, secret: {secretName: from-template-volume}}
                        - name: projected
                          projected: {sources: [{secret: {name: from-projected}}, {configMap: {name: settings}}]}
                      initContainers:
                        - name: setup
                          image: alpine:3.20
                          envFrom: [{secretRef: {name: from-init-envfrom}}]
                      sidecars:
                        - name: helper
                          image: alpine:3.20
                          command: [sleep, '1']
                          env: [{name: A, valueFrom: {secretKeyRef: {name: from-sidecar-env, key: a}}}]
                      container:
                        image: alpine:3.20
                        command: [ls]
                        env:
                          - {name: B, valueFrom: {secretKeyRef: {name: from-main-env, key: b}}}
                          - {name: C, valueFrom: {configMapKeyRef: {name: settings, key: c}}}
                          - {name: D, value: plain}
                        envFrom: [{secretRef: {name: from-main-envfrom}}, {configMapRef: {name: settings}}]
                        volumeMounts: [{name: mounted, mountPath: /m}]
                """));
        Fixtures.Loaded loaded = Fixtures.load(file);

        assertThat(LogMasks.referenced(PodPreview.of(loaded.workflow(), loaded.store(), "main", Map.of(),
                PodSettings.defaults("ns")))).containsExactly("from-init-envfrom", "from-main-env", "from-main-envfrom",
                        "from-projected", "from-sidecar-env", "from-template-volume", "from-workflow-volume");
    }
}
