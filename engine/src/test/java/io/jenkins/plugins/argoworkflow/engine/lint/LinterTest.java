package io.jenkins.plugins.argoworkflow.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {

    private static final String MISREFERENCE = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: wf}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - name: hello
                    template: whalesay
            """;

    @Test
    void fileOnDiskIsReadAgainToPointAtTheExactValue(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hello.yaml");
        Files.writeString(file, MISREFERENCE);
        LoadedFile loaded = new WorkflowLoader().load(file);

        List<Diagnostic> diagnostics = new Linter(new TemplateStore()).lint(loaded);

        assertThat(diagnostics).extracting(Diagnostic::toString)
                .containsExactly(file + ":10:19: error: templates.main.steps[0].hello template name 'whalesay' "
                        + "undefined; templates are: main");
    }

    @Test
    void withoutTheSourceTextFindingsPointAtTheObjectTheyAreAbout() {
        LoadedFile loaded = new WorkflowLoader().load("not-on-disk.yaml", MISREFERENCE);

        List<Diagnostic> diagnostics = new Linter(new TemplateStore()).lint(loaded.documents().get(0));

        assertThat(diagnostics).extracting(d -> d.location().toString()).containsExactly("not-on-disk.yaml:9:9");
    }

    @Test
    void loadAndLintFindingsAreMergedInReadingOrder() {
        String text = MISREFERENCE.replace("entrypoint: main", "entrypoint: main\n  bogus: 1");
        LoadedFile loaded = new WorkflowLoader().load("wf.yaml", text);

        List<Diagnostic> diagnostics = new Linter(new TemplateStore()).lint(loaded, text);

        assertThat(diagnostics).extracting(d -> d.location().line()).containsExactly(6, 11);
    }
}
