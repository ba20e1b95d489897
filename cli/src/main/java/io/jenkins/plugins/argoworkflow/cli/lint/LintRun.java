package io.jenkins.plugins.argoworkflow.cli.lint;

import io.jenkins.plugins.argoworkflow.engine.lint.Linter;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lints files in two passes, as {@code argo lint} does with several files: first every file is read and
 * its (Cluster)WorkflowTemplates go into one {@link TemplateStore}, then each linted file is checked, so a
 * templateRef resolves whichever file, or whichever order, the template came in.
 */
public final class LintRun {

    private final WorkflowLoader loader;

    public LintRun(WorkflowLoader loader) {
        this.loader = loader;
    }

    /**
     * @param files the files to lint
     * @param templateFiles files that only contribute templates; one that is also in {@code files} is linted
     */
    public LintResult run(List<Path> files, List<Path> templateFiles) {
        Map<Path, LoadedFile> linted = load(files, Map.of());
        Map<Path, LoadedFile> sources = load(templateFiles, linted);

        TemplateStore store = new TemplateStore();
        sources.values().forEach(f -> store.addAll(f.documents()));
        linted.values().forEach(f -> store.addAll(f.documents()));

        Linter linter = new Linter(store);
        List<FileResult> lintedResults = new ArrayList<>(linted.size());
        for (LoadedFile file : linted.values()) {
            lintedResults.add(new FileResult(file.file(), linter.lint(file), isSkipped(file)));
        }
        List<FileResult> sourceResults = new ArrayList<>(sources.size());
        for (LoadedFile file : sources.values()) {
            sourceResults.add(new FileResult(file.file(), file.diagnostics(), isSkipped(file)));
        }
        return new LintResult(lintedResults, sourceResults, store);
    }

    /** Reads each file once, keyed by its real place, leaving out those already read. */
    private Map<Path, LoadedFile> load(List<Path> files, Map<Path, LoadedFile> alreadyRead) {
        Map<Path, LoadedFile> loaded = new LinkedHashMap<>();
        for (Path file : files) {
            Path key = file.toAbsolutePath().normalize();
            if (!alreadyRead.containsKey(key)) {
                loaded.computeIfAbsent(key, k -> loader.load(file));
            }
        }
        return loaded;
    }

    private static boolean isSkipped(LoadedFile file) {
        return file.documents().isEmpty() && !file.otherKinds().isEmpty() && file.diagnostics().isEmpty();
    }
}
