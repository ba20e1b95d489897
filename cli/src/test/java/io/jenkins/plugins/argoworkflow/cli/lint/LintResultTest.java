package io.jenkins.plugins.argoworkflow.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exit code and summary rules, with warnings the engine's rules do not produce yet. */
class LintResultTest {

    private static final Diagnostic ERROR = Diagnostic.error(new Location("a.yaml", 3, 5), "broken");
    private static final Diagnostic WARNING = Diagnostic.warning(new Location("a.yaml", 4, 1), "dubious");

    @Test
    void warningsAloneDoNotFailUnlessStrict() {
        LintResult result = result(List.of(WARNING));

        assertThat(result.failed(false)).isFalse();
        assertThat(result.failed(true)).isTrue();
        assertThat(result.summary()).isEqualTo("0 errors, 1 warning in 2 files");
    }

    @Test
    void errorsFailWithOrWithoutStrict() {
        LintResult result = result(List.of(ERROR, ERROR, WARNING));

        assertThat(result.failed(false)).isTrue();
        assertThat(result.failed(true)).isTrue();
        assertThat(result.summary()).isEqualTo("2 errors, 1 warning in 2 files");
    }

    @Test
    void aCleanRunSaysNoProblemsAndDoesNotFailEvenWhenStrict() {
        LintResult result = result(List.of());

        assertThat(result.failed(true)).isFalse();
        assertThat(result.summary()).isEqualTo("no problems found in 2 files");
    }

    @Test
    void problemsInTemplateSourcesCountButTheirFilesDoNot() {
        LintResult result = new LintResult(List.of(new FileResult("a.yaml", List.of(), false)),
                List.of(new FileResult("t.yaml", List.of(ERROR), false)), new TemplateStore());

        assertThat(result.failed(false)).isTrue();
        assertThat(result.summary()).isEqualTo("1 error, 0 warnings in 1 file");
    }

    private static LintResult result(List<Diagnostic> diagnostics) {
        return new LintResult(List.of(new FileResult("a.yaml", diagnostics, false),
                new FileResult("b.yaml", List.of(), true)), List.of(), new TemplateStore());
    }
}
