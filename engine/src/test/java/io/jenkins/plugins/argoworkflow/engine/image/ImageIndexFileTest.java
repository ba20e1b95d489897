package io.jenkins.plugins.argoworkflow.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image index files in the shape of Argo's images: setting. */
class ImageIndexFileTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("images.yaml"), text);
    }

    @Test
    void readsImageToEntrypointAndCmdAsArgosSettingHasThem() throws Exception {
        assertThat(ImageIndexFile.read(file("""
                argoproj/argosay:v2:
                  cmd: [/argosay]
                docker/whalesay:latest:
                  entrypoint: [/bin/bash]
                  cmd: ["-c", "cowsay"]
                """))).containsExactly(
                        java.util.Map.entry("argoproj/argosay:v2", new ImageEntrypoint(List.of(), List.of("/argosay"))),
                        java.util.Map.entry("docker/whalesay:latest",
                                new ImageEntrypoint(List.of("/bin/bash"), List.of("-c", "cowsay"))));
    }

    @Test
    void acceptsTheWholeSettingAsTheConfigMapWritesItAndJson() throws Exception {
        assertThat(ImageIndexFile.read(file("""
                images: |
                  my/tool:1:
                    entrypoint: [tool]
                """))).containsOnlyKeys("my/tool:1");
        assertThat(ImageIndexFile.read(file("{\"images\": {\"my/tool:2\": {\"cmd\": [\"tool\"]}}}")))
                .containsOnlyKeys("my/tool:2");
    }

    @Test
    void refusesUnknownFieldsAndWrongShapesAtTheirLine() throws Exception {
        assertThatThrownBy(() -> ImageIndexFile.read(file("""
                my/tool:1:
                  command: [tool]
                """))).hasMessageEndingWith("images.yaml:2:3: image my/tool:1: unknown field 'command'; an entry"
                        + " has entrypoint and cmd");
        assertThatThrownBy(() -> ImageIndexFile.read(file("""
                my/tool:1:
                  cmd: tool
                """))).hasMessageContaining("images.yaml:2:8: image my/tool:1: cmd must be a list of strings");
    }
}
