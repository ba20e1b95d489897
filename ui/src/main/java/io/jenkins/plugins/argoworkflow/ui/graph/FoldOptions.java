package io.jenkins.plugins.argoworkflow.ui.graph;

import java.util.Set;

/**
 * What the viewer folded and unfolded.
 *
 * @param threshold a node with more children than this shows them as one group (a loop, a large fan-out)
 * @param expanded groups of children unfolded past the threshold, by group ID
 * @param collapsed boundary nodes (Steps, DAG) whose insides are folded into the node, by node ID
 */
public record FoldOptions(int threshold, Set<String> expanded, Set<String> collapsed) {

    public static final int DEFAULT_THRESHOLD = 100;

    public FoldOptions {
        expanded = Set.copyOf(expanded);
        collapsed = Set.copyOf(collapsed);
    }

    public static FoldOptions defaults() {
        return new FoldOptions(DEFAULT_THRESHOLD, Set.of(), Set.of());
    }

    /** A stable key of these options, for caches and ETags. */
    public String key() {
        return threshold + "|" + String.join(",", new java.util.TreeSet<>(expanded)) + "|"
                + String.join(",", new java.util.TreeSet<>(collapsed));
    }
}
