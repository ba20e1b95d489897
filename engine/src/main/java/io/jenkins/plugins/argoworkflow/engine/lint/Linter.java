package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostics;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument;
import java.util.List;

/**
 * Argo's validation rules ({@code workflow/validate/validate.go}) over loaded documents. Every finding
 * is a {@link Diagnostic} at the location of the text it is about, with a message that says what to do.
 */
public final class Linter {

    private final TemplateStore templates;

    public Linter(TemplateStore templates) {
        this.templates = templates;
    }

    /** The diagnostics of reading {@code file} and of checking each of its documents, in reading order. */
    public List<Diagnostic> lint(LoadedFile file) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(file.diagnostics());
        for (ArgoDocument document : file.documents()) {
            check(document, diagnostics);
        }
        return diagnostics.sorted();
    }

    /** The diagnostics of checking one document. */
    public List<Diagnostic> lint(ArgoDocument document) {
        Diagnostics diagnostics = new Diagnostics();
        check(document, diagnostics);
        return diagnostics.sorted();
    }

    private void check(ArgoDocument document, Diagnostics diagnostics) {
        LintContext ctx = new LintContext(document, templates, SourceIndex.of(document.source()), diagnostics);
        new NameRules(ctx).check();
        new EntrypointRule(ctx).check();
        new ReferenceRules(ctx).check();
        new DagRules(ctx).check();
        new VariableRules(ctx).check();
        new ExpressionRules(ctx).check();
        new RetryRules(ctx).check();
        new EnumRules(ctx).check();
        new OutputRules(ctx).check();
        new ContainerRules(ctx).check();
    }

    TemplateStore templates() {
        return templates;
    }
}
