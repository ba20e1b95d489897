package io.jenkins.plugins.argoworkflow.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void findingsPointAtTheExactValueTheyAreAbout() {
        LoadedFile loaded = new WorkflowLoader().load("hello.yaml", MISREFERENCE);

        List<Diagnostic> diagnostics = new Linter(new TemplateStore()).lint(loaded);

        assertThat(diagnostics).extracting(Diagnostic::toString)
                .containsExactly("hello.yaml:10:19: error: templates.main.steps[0].hello template name 'whalesay' "
                        + "undefined; templates are: main");
    }

    @Test
    void aSingleDocumentIsCheckedWithItsOwnSource() {
        LoadedFile loaded = new WorkflowLoader().load("not-on-disk.yaml", MISREFERENCE);

        List<Diagnostic> diagnostics = new Linter(new TemplateStore()).lint(loaded.documents().get(0));

        assertThat(diagnostics).extracting(d -> d.location().toString()).containsExactly("not-on-disk.yaml:10:19");
    }

    @Test
    void loadAndLintFindingsAreMergedInReadingOrder() {
        String text = MISREFERENCE.replace("entrypoint: main", "entrypoint: main\n  bogus: 1");
        LoadedFile loaded = new WorkflowLoader().load("wf.yaml", text);

        List<Diagnostic> diagnostics = new Linter(new TemplateStore()).lint(loaded);

        assertThat(diagnostics).extracting(d -> d.location().line()).containsExactly(6, 11);
    }
}
