package io.jenkins.plugins.argoworkflow.engine.spi;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The secret values a run's node logs show masked, as Jenkins masks credentials in a build's console: every
 * runtime adds the values of the secrets its leaves read (the local runtime from {@code --secret-dir}, the
 * Kubernetes runtime from the Secrets a pod references) and passes each log line through {@link #mask} before
 * it reaches the listener. Outputs (results, parameters) keep their values, as in Argo. Thread-safe: leaves
 * running side by side add and mask at once.
 */
public final class SecretMask {

    /** Values shorter than this are not masked: masking every "1" or "a" would garble logs, not protect. */
    public static final int SHORTEST_MASKED = 4;
    /** What a masked value becomes. */
    public static final String MASK = "****";

    /** Guarded by this. */
    private final Set<String> values = new HashSet<>();
    /** {@link #values}, longest first, so that a value containing another is masked whole; null when stale. */
    private volatile List<String> longestFirst = List.of();

    /**
     * Masks {@code value} from now on: the value as it is and stripped of surrounding white space (a file's
     * trailing newline), and, as logs come line by line, each line of a value of several lines; each only when it
     * has at least {@link #SHORTEST_MASKED} characters besides white space.
     */
    public synchronized void add(String value) {
        boolean added = false;
        if (value.strip().length() >= SHORTEST_MASKED) {
            added |= addOne(value);
            added |= addOne(value.strip());
        }
        if (value.indexOf('\n') >= 0) {
            for (String line : value.split("\r?\n")) {
                added |= addOne(line.strip());
            }
        }
        if (added) {
            longestFirst = null;
        }
    }

    private boolean addOne(String value) {
        return value.length() >= SHORTEST_MASKED && values.add(value);
    }

    /** Whether no value is masked (then {@link #mask} returns every line as it is). */
    public boolean isEmpty() {
        return ordered().isEmpty();
    }

    /** {@code line} with every value added so far replaced by {@value #MASK}. */
    public String mask(String line) {
        String masked = line;
        for (String value : ordered()) {
            if (masked.contains(value)) {
                masked = masked.replace(value, MASK);
            }
        }
        return masked;
    }

    private List<String> ordered() {
        List<String> ordered = longestFirst;
        if (ordered != null) {
            return ordered;
        }
        synchronized (this) {
            if (longestFirst == null) {
                longestFirst = values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            }
            return longestFirst;
        }
    }
}
