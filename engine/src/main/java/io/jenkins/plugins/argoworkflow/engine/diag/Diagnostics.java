package io.jenkins.plugins.argoworkflow.engine.diag;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects diagnostics while a file is read and checked, so that one pass reports every problem. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void error(Location location, String message) {
        items.add(Diagnostic.error(location, message));
    }

    public void warning(Location location, String message) {
        items.add(Diagnostic.warning(location, message));
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(items::add);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** The diagnostics in reading order, each once. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(items.stream().distinct().toList());
        out.sort(Diagnostic.BY_POSITION);
        return Collections.unmodifiableList(out);
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }
}
