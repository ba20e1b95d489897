package io.jenkins.plugins.argoworkflow.engine.yaml;

import java.util.Objects;

/**
 * A place in a source file, 1-based, printed as {@code file:line:col}. Every node of a loaded document and
 * every model object built from one carries the location it came from, so that lint and runtime errors
 * point at the text the user wrote.
 */
public record Location(String file, int line, int column) {

    /** The location of things that come from no file (defaults, built-in values). */
    public static final Location UNKNOWN = new Location("<unknown>", 0, 0);

    public Location {
        Objects.requireNonNull(file, "file");
    }

    /** A location naming only a file, for errors that have no line (I/O, empty input). */
    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + column;
    }
}
