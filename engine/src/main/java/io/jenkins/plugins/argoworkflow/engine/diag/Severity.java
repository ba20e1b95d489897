package io.jenkins.plugins.argoworkflow.engine.diag;

import java.util.Locale;

/** How bad a diagnostic is: an error stops a workflow from running, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
