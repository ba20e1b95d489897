package io.jenkins.plugins.argoworkflow;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.lint.Linter;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The workflow text a step was given, loaded and linted: its first Workflow, the templates its references
 * can reach (those of the same text), and every problem with its {@code line:col}. Knows nothing of Jenkins,
 * so the form check and the step share it and tests drive it directly.
 *
 * @param workflow the text's first Workflow, or null when it holds none (then {@code problems} says so)
 */
record CheckedWorkflow(String fileName, Workflow workflow, TemplateStore store, List<Diagnostic> problems) {

    static CheckedWorkflow of(String fileName, String text) {
        LoadedFile file = new WorkflowLoader().load(fileName, text);
        TemplateStore store = new TemplateStore().addAll(file.documents());
        List<Diagnostic> problems = new ArrayList<>(new Linter(store).lint(file));
        Workflow workflow = file.documents().stream().filter(Workflow.class::isInstance).map(Workflow.class::cast)
                .findFirst().orElse(null);
        if (workflow == null && problems.stream().noneMatch(Diagnostic::isError)) {
            problems.add(Diagnostic.error(Location.ofFile(fileName),
                    "the text holds no Workflow to run; add a document with 'kind: Workflow'"));
        }
        return new CheckedWorkflow(fileName, workflow, store, List.copyOf(problems));
    }

    boolean runnable() {
        return workflow != null && errors().isEmpty();
    }

    List<Diagnostic> errors() {
        return problems.stream().filter(Diagnostic::isError).toList();
    }

    List<Diagnostic> warnings() {
        return problems.stream().filter(d -> !d.isError()).toList();
    }

    /** {@code line:col: message}, one a line: the form shows the text itself, so the file name adds nothing. */
    static String atLineAndColumn(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(CheckedWorkflow::atLineAndColumn).collect(Collectors.joining("\n"));
    }

    private static String atLineAndColumn(Diagnostic d) {
        Location at = d.location();
        return at.line() > 0 ? at.line() + ":" + at.column() + ": " + d.message() : d.message();
    }
}
