package io.jenkins.plugins.argoworkflow.cli.lint;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import java.io.PrintWriter;

/** One line per diagnostic, {@code FILE:LINE:COL: error|warning: message}: the form compilers and editors read. */
public final class TextReport implements Report {

    @Override
    public void write(LintResult result, PrintWriter out) {
        for (Diagnostic d : result.diagnostics()) {
            out.println(d);
        }
        out.flush();
    }
}
