package io.jenkins.plugins.argoworkflow.cli.lint;

import java.io.PrintWriter;

/** How {@code argowf lint} prints its diagnostics on standard output. */
public sealed interface Report permits TextReport, JsonReport {

    void write(LintResult result, PrintWriter out);

    /** The {@code -o} choices, named as the user types them. */
    enum Format {
        text, json;

        public Report report() {
            return this == json ? new JsonReport() : new TextReport();
        }
    }
}
