package io.jenkins.plugins.argoworkflow.cli;

import io.jenkins.plugins.argoworkflow.cli.lint.FileResult;
import io.jenkins.plugins.argoworkflow.cli.lint.InputException;
import io.jenkins.plugins.argoworkflow.cli.lint.InputFiles;
import io.jenkins.plugins.argoworkflow.cli.lint.LintResult;
import io.jenkins.plugins.argoworkflow.cli.lint.LintRun;
import io.jenkins.plugins.argoworkflow.cli.lint.Report;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code argowf lint}: checks workflow files the way {@code argo lint} does, without a cluster. Diagnostics
 * go to standard output, the summary to standard error, so that a script can read one without the other.
 */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        description = {
            "Checks Argo Workflows YAML (Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow).",
            "Prints one line per problem, FILE:LINE:COL: error|warning: message, and a summary on stderr."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no errors",
            "1:errors found (or warnings, with --strict)",
            "2:usage or I/O error"
        })
public final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files, or directories searched recursively for .yaml, .yml and .json files "
                    + "(hidden ones skipped).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--templates", paramLabel = "PATH",
            description = "Files or directories whose WorkflowTemplates and ClusterWorkflowTemplates templateRef "
                    + "may use, without linting them. Repeatable.")
    List<Path> templatePaths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Report.Format format;

    @Option(names = "--strict", description = "Count warnings as errors for the exit code.")
    boolean strict;

    @Option(names = {"-v", "--verbose"},
            description = "Also say which files were skipped and which templates templateRef can use.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LintResult result;
        try {
            result = new LintRun(new WorkflowLoader()).run(InputFiles.expand(paths), InputFiles.expand(templatePaths));
        } catch (InputException e) {
            err.println("argowf lint: " + e.getMessage());
            err.flush();
            return ArgowfCommand.EXIT_USAGE;
        }
        format.report().write(result, spec.commandLine().getOut());
        if (verbose) {
            describe(result, err);
        }
        err.println(result.summary());
        err.flush();
        return result.failed(strict) ? ArgowfCommand.EXIT_ERRORS : ArgowfCommand.EXIT_OK;
    }

    private static void describe(LintResult result, PrintWriter err) {
        for (FileResult file : result.linted()) {
            if (file.skipped()) {
                err.println(file.file() + ": skipped (no Argo workflow kind)");
            }
        }
        err.println("templates for templateRef: " + names(result.templates().names(false))
                + "; cluster-scoped: " + names(result.templates().names(true)));
    }

    private static String names(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
