package io.jenkins.plugins.argoworkflow.cli.lint;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import java.util.List;

/**
 * What lint found in one file.
 *
 * @param file the path as the user gave it
 * @param diagnostics in reading order
 * @param skipped the file was read without a problem but holds no Argo workflow kind (a ConfigMap, say)
 */
public record FileResult(String file, List<Diagnostic> diagnostics, boolean skipped) {

    public FileResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
