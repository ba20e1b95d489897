package io.jenkins.plugins.argoworkflow.cli;

import io.jenkins.plugins.argoworkflow.cli.lint.InputException;
import io.jenkins.plugins.argoworkflow.cli.lint.InputFiles;
import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.lint.Linter;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import java.nio.file.Path;
import java.util.List;

/**
 * A workflow file as {@code run} and {@code pod} take it: loaded, with the WorkflowTemplates of
 * {@code --templates} beside it for references, and linted.
 *
 * @param workflow the file's first Workflow, or null
 * @param problems lint's diagnostics, errors and warnings
 */
record WorkflowInput(Workflow workflow, TemplateStore store, List<Diagnostic> problems) {

    /** @throws InputException when a {@code --templates} path cannot be read */
    static WorkflowInput load(Path path, List<Path> templatePaths) throws InputException {
        WorkflowLoader loader = new WorkflowLoader();
        LoadedFile file = loader.load(path);
        TemplateStore store = new TemplateStore().addAll(file.documents());
        for (Path t : InputFiles.expand(templatePaths)) {
            store.addAll(loader.load(t).documents());
        }
        List<Diagnostic> problems = new Linter(store).lint(file);
        Workflow workflow = file.documents().stream().filter(Workflow.class::isInstance).map(Workflow.class::cast)
                .findFirst().orElse(null);
        return new WorkflowInput(workflow, store, problems);
    }

    /**
     * The input, or null after telling {@code err} why it cannot be had (an unreadable file or
     * {@code --templates} path), each line prefixed with {@code command}.
     */
    static WorkflowInput read(Path path, List<Path> templatePaths, java.io.PrintWriter err, String command) {
        if (!java.nio.file.Files.isReadable(path)) {
            err.println(command + ": cannot read " + path);
            return null;
        }
        try {
            return load(path, templatePaths);
        } catch (InputException e) {
            err.println(command + ": " + e.getMessage());
            return null;
        }
    }

    List<Diagnostic> errors() {
        return problems.stream().filter(Diagnostic::isError).toList();
    }
}
