package io.jenkins.plugins.argoworkflow.local;

import static io.jenkins.plugins.argoworkflow.local.Nodes.request;
import static io.jenkins.plugins.argoworkflow.local.Nodes.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoint;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images the runtime does not have: their entrypoints, their shells, their absolute programs. */
class ImageIndexTest {

    @TempDir
    Path work;

    LocalRuntime runtime;

    @BeforeEach
    void start() {
        runtime = new LocalRuntime(LocalRuntimeOptions.defaults(work)
                .withImages(java.util.Map.of("example/tool:1", new ImageEntrypoint(List.of("echo", "tool"),
                        List.of("default-arg")))));
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    private LeafResult run(String templates) {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request("n", template("t", templates)), recorder);
        return recorder.result();
    }

    @Test
    void alpineAndBusyboxImagesRunShAsAshWithRandomAndDoubleBrackets() {
        LeafResult result = run("""
                - name: t
                  script:
                    image: python:alpine3.23
                    command: [sh]
                    source: |
                      [[ -n "$RANDOM" ]] && echo ash
                """);

        assertThat(result.outputs().result()).as(result.message()).isEqualTo("ash");
    }

    @Test
    void otherImagesKeepTheHostsSh() {
        LeafResult result = run("""
                - name: t
                  container:
                    image: argoproj/argosay:v1
                    command: [sh, -c, 'echo "[${RANDOM}]"']
                """);

        assertThat(result.outputs().result()).isEqualTo("[]");
    }

    @Test
    void absoluteEntrypointOfAnIndexedImageRunsTheProgramOfThatNameOnPath() {
        LeafResult explicit = run("""
                - name: t
                  container:
                    image: argoproj/argosay:v2
                    command: [/argosay]
                    args: [echo, explicit]
                """);
        LeafResult implied = run("""
                - name: t
                  container:
                    image: argoproj/argosay:v2
                    args: [echo, implied]
                """);

        assertThat(explicit.outputs().result()).as(explicit.message()).isEqualTo("explicit");
        assertThat(implied.outputs().result()).as(implied.message()).isEqualTo("implied");
    }

    @Test
    void absoluteCommandOfAnotherImageThatDoesNotExistFails() {
        LeafResult result = run("""
                - name: t
                  container:
                    image: alpine
                    command: [/argosay]
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(result.message()).contains("no such file or directory");
    }

    @Test
    void indexEntryGivesEntrypointAndCmdAsDockerDoes() {
        LeafResult defaults = run("""
                - name: t
                  container:
                    image: example/tool:1
                """);
        LeafResult withArgs = run("""
                - name: t
                  container:
                    image: docker.io/example/tool:1
                    args: [given]
                """);

        assertThat(defaults.outputs().result()).isEqualTo("tool default-arg");
        assertThat(withArgs.outputs().result()).isEqualTo("tool given");
    }

    @Test
    void ttyContainerRunsOnAPseudoTerminal() {
        LeafResult result = run("""
                - name: t
                  script:
                    image: alpine
                    tty: true
                    command: [sh]
                    source: |
                      [ -t 0 ] && echo "on a terminal"
                """);

        assertThat(result.outputs().result()).as(result.message()).isEqualTo("on a terminal");
    }

    @Test
    void ashImagesAreAlpineBusyboxAndAlpineTags() {
        assertThat(List.of("alpine", "alpine:3.23", "docker.io/library/busybox:1.36", "python:alpine3.23",
                "node:9.1-alpine", "golang:1.22-alpine3.19@sha256:abc")).allMatch(ImageIndex::hasAsh);
        assertThat(List.of("debian", "argoproj/argosay:v2", "ubuntu:22.04", "alpinelike/tool:1", "myreg:5000/python"))
                .noneMatch(ImageIndex::hasAsh);
    }
}
