package io.jenkins.plugins.argoworkflow.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryYieldsItsYamlAndJsonFilesSortedWithHiddenOnesLeftOut() throws Exception {
        touch("b.yaml", "a.yml", "c.json", "z/d.YAML", "notes.txt", ".hidden/e.yaml", ".f.yaml", "z/.git/g.yaml");

        assertThat(InputFiles.expand(List.of(dir))).containsExactly(
                dir.resolve("a.yml"), dir.resolve("b.yaml"), dir.resolve("c.json"), dir.resolve("z/d.YAML"));
    }

    @Test
    void aNamedFileIsTakenWhateverItsExtension() throws Exception {
        touch("workflow.txt");

        assertThat(InputFiles.expand(List.of(dir.resolve("workflow.txt")))).containsExactly(dir.resolve("workflow.txt"));
    }

    @Test
    void aHiddenDirectoryNamedOnTheCommandLineIsSearched() throws Exception {
        touch(".argo/wf.yaml");

        assertThat(InputFiles.expand(List.of(dir.resolve(".argo")))).containsExactly(dir.resolve(".argo/wf.yaml"));
    }

    @Test
    void pathsKeepTheFormTheUserGave() throws Exception {
        assertThat(InputFiles.expand(List.of(Path.of("src/test/resources/lint/tree"))))
                .extracting(Path::toString)
                .containsExactly("src/test/resources/lint/tree/a.yaml", "src/test/resources/lint/tree/sub/b.yml",
                        "src/test/resources/lint/tree/sub/config.json");
    }

    @Test
    void aFileReachedTwiceIsListedOnceAtItsFirstPlace() throws Exception {
        touch("a.yaml", "b.yaml");

        assertThat(InputFiles.expand(List.of(dir.resolve("b.yaml"), dir, dir.resolve("./a.yaml"))))
                .containsExactly(dir.resolve("b.yaml"), dir.resolve("a.yaml"));
    }

    @Test
    void aMissingPathIsRefusedByName() {
        assertThatThrownBy(() -> InputFiles.expand(List.of(dir.resolve("gone.yaml"))))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("gone.yaml") + ": no such file or directory");
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "kind: Workflow\n");
        }
    }
}
