package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What PodManifest refuses, and the service-account rules the golden files do not all show. */
class PodManifestTest {

    @TempDir
    Path tmp;

    @Test
    void refusesAContainerWithoutCommandOrIndexEntrySayingWhatToDo() {
        assertThatThrownBy(() -> pod("""
                    - name: main
                      container: {image: alpine:3.20, args: [ls]}
                """)).isInstanceOf(PodBuildException.class).hasMessage("template 'main': main container (image"
                + " alpine:3.20) has no command, and the image index has no entry for its image; the kubernetes"
                + " runtime wraps the command and cannot read an image's entrypoint from its registry: add command to"
                + " the template, or an entry for alpine:3.20 to the image index (argowf --image-index FILE; in"
                + " Jenkins, Image index under Manage Jenkins » System » Argo Workflow; Argo's images: setting)");
        assertThatThrownBy(() -> pod("""
                    - name: main
                      container: {image: alpine:3.20, command: [ls]}
                      sidecars: [{name: web, image: nginx:1.25}]
                """)).isInstanceOf(PodBuildException.class)
                .hasMessageStartingWith("sidecar 'web' container (image nginx:1.25) has no command");
    }

    @Test
    void anIndexEntryGivesTheWrappedCommandOfAContainerWithArgsOnly() throws Exception {
        String wf = """
                    - name: main
                      container: {image: my/tool:1, args: [build, --fast]}
                """;
        Pod pod = pod(wf, PodSettings.defaults("ns").withImages(Map.of("my/tool:1",
                new ImageEntrypoint(List.of("/usr/bin/tool"), List.of("--help")))));
        assertThat(main(pod).getCommand()).endsWith("--", "/usr/bin/tool", "build", "--fast");
        assertThat(main(pod).getArgs()).isEmpty();

        Pod defaults = pod("""
                    - name: main
                      container: {image: docker.io/argoproj/argosay:v2, args: [echo, hi]}
                """);
        assertThat(main(defaults).getCommand()).endsWith("--", "/argosay", "echo", "hi");
    }

    private static io.fabric8.kubernetes.api.model.Container main(Pod pod) {
        return pod.getSpec().getContainers().stream().filter(c -> c.getName().equals(PodManifest.MAIN)).findFirst()
                .orElseThrow();
    }

    @Test
    void aMountOfNoVolumeIsTheEnginesInvalidSpecBeforeAnyPod() {
        assertThatThrownBy(() -> pod("""
                    - name: main
                      container:
                        image: alpine:3.20
                        command: [ls]
                        volumeMounts: [{name: data, mountPath: /data}]
                """)).isInstanceOf(PodBuildException.class)
                .hasMessageContaining("invalid spec: templates.main volumeMount 'data' names no volume");
    }

    @Test
    void mountsAVolumeClaimTemplateAsTheClaimArgoNames() throws Exception {
        Pod pod = pod("""
                    - name: main
                      container:
                        image: alpine:3.20
                        command: [ls]
                        volumeMounts: [{name: work, mountPath: /work}]
                  volumeClaimTemplates:
                    - metadata: {name: work}
                      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                """);
        assertThat(pod.getSpec().getVolumes()).filteredOn(v -> v.getName().equals("work")).singleElement()
                .satisfies(v -> assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("wf-work"));
    }

    @Test
    void keepsTheTokenWhenTheTemplateNamesAServiceAccountOrAsksForIt() throws Exception {
        Pod named = pod("""
                    - name: main
                      serviceAccountName: deployer
                      container: {image: alpine:3.20, command: [ls]}
                """);
        assertThat(named.getSpec().getServiceAccountName()).isEqualTo("deployer");
        assertThat(named.getSpec().getAutomountServiceAccountToken()).isNull();

        Pod asked = pod("""
                    - name: main
                      automountServiceAccountToken: true
                      container: {image: alpine:3.20, command: [ls]}
                """);
        assertThat(asked.getSpec().getAutomountServiceAccountToken()).isTrue();
    }

    private Pod pod(String templates) throws Exception {
        return pod(templates, PodSettings.defaults("ns"));
    }

    private Pod pod(String templates, PodSettings settings) throws Exception {
        Path file = tmp.resolve("wf.yaml");
        Files.writeString(file, """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                """ + templates);
        Fixtures.Loaded loaded = Fixtures.load(file);
        return PodPreview.of(loaded.workflow(), loaded.store(), "main", Map.of(), settings);
    }
}
