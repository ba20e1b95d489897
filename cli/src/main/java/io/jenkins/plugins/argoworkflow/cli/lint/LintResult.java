package io.jenkins.plugins.argoworkflow.cli.lint;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import java.util.List;

/**
 * The outcome of one {@code argowf lint}.
 *
 * @param linted the files named by PATH, in order
 * @param templateSources files given only with {@code --templates}: read for their templates, not linted,
 *     but what stopped them from being read is reported, as it explains a templateRef that does not resolve
 * @param templates what templateRef resolved against
 */
public record LintResult(List<FileResult> linted, List<FileResult> templateSources, TemplateStore templates) {

    public LintResult {
        linted = List.copyOf(linted);
        templateSources = List.copyOf(templateSources);
    }

    /** Every diagnostic, template sources first (they explain later findings), then each linted file. */
    public List<Diagnostic> diagnostics() {
        return java.util.stream.Stream.concat(templateSources.stream(), linted.stream())
                .flatMap(f -> f.diagnostics().stream())
                .toList();
    }

    public long errors() {
        return diagnostics().stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics().stream().filter(d -> !d.isError()).count();
    }

    /** Whether the exit code says "errors found": any error, or with {@code strict} any warning too. */
    public boolean failed(boolean strict) {
        return errors() > 0 || (strict && warnings() > 0);
    }

    /** {@code 2 errors, 1 warning in 3 files}, or {@code no problems found in 3 files}; files counts linted ones. */
    public String summary() {
        String files = plural(linted.size(), "file");
        long errors = errors();
        long warnings = warnings();
        if (errors == 0 && warnings == 0) {
            return "no problems found in " + files;
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + files;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
