package io.jenkins.plugins.argoworkflow.engine.diag;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about a workflow file, printed as {@code FILE:LINE:COL: error|warning: message}. Messages say
 * what is wrong and what to do, in Argo's words.
 */
public record Diagnostic(Location location, Severity severity, String message) {

    /** Orders by file, line, column, then message: the order a reader goes through a file. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.location().file())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(Location location, String message) {
        return new Diagnostic(location, Severity.ERROR, message);
    }

    public static Diagnostic warning(Location location, String message) {
        return new Diagnostic(location, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message;
    }
}
