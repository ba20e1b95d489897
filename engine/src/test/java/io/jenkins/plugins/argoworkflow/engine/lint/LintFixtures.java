package io.jenkins.plugins.argoworkflow.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.diag.Severity;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import java.util.List;

/** Lints inline YAML as file {@code wf.yaml} and asserts findings by position and key words. */
final class LintFixtures {

    static final String FILE = "wf.yaml";

    private LintFixtures() {
    }

    static List<Diagnostic> lint(String yaml) {
        return lint(yaml, new TemplateStore());
    }

    /** Lints {@code yaml} with {@code store}, to which the file's own templates are added. */
    static List<Diagnostic> lint(String yaml, TemplateStore store) {
        LoadedFile file = new WorkflowLoader().load(FILE, yaml);
        assertThat(file.diagnostics()).as("the fixture loads cleanly").noneMatch(Diagnostic::isError);
        store.addAll(file.documents());
        return new Linter(store).lint(file);
    }

    static TemplateStore store(String yaml) {
        return new TemplateStore().addAll(new WorkflowLoader().load("templates.yaml", yaml).documents());
    }

    static void assertError(List<Diagnostic> diagnostics, int line, int column, String... words) {
        assertFinding(diagnostics, Severity.ERROR, line, column, words);
    }

    static void assertWarning(List<Diagnostic> diagnostics, int line, int column, String... words) {
        assertFinding(diagnostics, Severity.WARNING, line, column, words);
    }

    private static void assertFinding(List<Diagnostic> diagnostics, Severity severity, int line, int column,
            String... words) {
        assertThat(diagnostics).as("findings").anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(severity);
            assertThat(d.location().toString()).isEqualTo(FILE + ":" + line + ":" + column);
            assertThat(d.message()).contains(words);
        });
    }

    static void assertNoErrors(List<Diagnostic> diagnostics) {
        assertThat(diagnostics).filteredOn(Diagnostic::isError).isEmpty();
    }
}
