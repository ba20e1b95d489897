package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostics;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * The diagnostics of reading {@code file} and of checking each of its documents, in reading order. The
     * file is read again from disk, when it is there, to point at the exact value of each finding.
     */
    public List<Diagnostic> lint(LoadedFile file) {
        return lint(file, sourceOf(file.file()));
    }

    /** As {@link #lint(LoadedFile)}, with the text the file was loaded from (for files not on disk). */
    public List<Diagnostic> lint(LoadedFile file, String text) {
        SourceIndex source = text == null ? SourceIndex.EMPTY : SourceIndex.of(file.file(), text);
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(file.diagnostics());
        for (ArgoDocument document : file.documents()) {
            check(document, source, diagnostics);
        }
        return diagnostics.sorted();
    }

    /** The diagnostics of checking one document (read again from its file, when it is on disk, for exact positions). */
    public List<Diagnostic> lint(ArgoDocument document) {
        String text = sourceOf(document.location().file());
        Diagnostics diagnostics = new Diagnostics();
        check(document, text == null ? SourceIndex.EMPTY : SourceIndex.of(document.location().file(), text), diagnostics);
        return diagnostics.sorted();
    }

    private void check(ArgoDocument document, SourceIndex source, Diagnostics diagnostics) {
        LintContext ctx = new LintContext(document, templates, source, diagnostics);
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

    private static String sourceOf(String file) {
        Path path;
        try {
            path = Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // The loader read this file a moment ago and reported any problem with it; without the text,
            // findings point at the object they are about instead of the exact value.
            return null;
        }
    }

    TemplateStore templates() {
        return templates;
    }
}
