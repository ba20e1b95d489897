package io.jenkins.plugins.argoworkflow.ui.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds nodes by name among all of a run's nodes, folded ones included, and says what to unfold to show each:
 * the groups of children to expand and the Steps/DAG nodes to open. A node's Argo name is its path, so the
 * nodes around it are the nodes named by the prefixes of its name that end before {@code (}, {@code .} or
 * {@code [}: one lookup per prefix, without building the graph again.
 */
public final class NodeFinder {

    /** Most matches one search returns; {@link Result#total()} counts them all. */
    public static final int MAX_MATCHES = 200;

    private final RunSnapshot run;
    private final FoldOptions fold;
    private final Map<String, RunSnapshot.Node> byName = new HashMap<>();
    /** Per node, the nodes with more children than the threshold that list it: their groups fold it. */
    private final Map<String, List<RunSnapshot.Node>> bigParents = new HashMap<>();

    private NodeFinder(RunSnapshot run, FoldOptions fold) {
        this.run = run;
        this.fold = fold;
        for (RunSnapshot.Node n : run.nodes()) {
            if (n.name() != null) {
                byName.put(n.name(), n);
            }
            if (n.children().size() > fold.threshold()) {
                n.children().forEach(c -> bigParents.computeIfAbsent(c, k -> new ArrayList<>(1)).add(n));
            }
        }
    }

    /**
     * A node found, and what would show it in a view folded as the search's {@link FoldOptions}: group IDs to
     * add to {@code expanded}, boundary node IDs to take out of {@code collapsed}; both empty when it is drawn.
     */
    public record Match(RunSnapshot.Node node, List<String> expand, List<String> open) {

        public boolean hidden() {
            return !expand.isEmpty() || !open.isEmpty();
        }
    }

    /** The first {@link #MAX_MATCHES} matches, in status order, and how many there are. */
    public record Result(List<Match> matches, int total) {
    }

    /**
     * The nodes whose name or display name contains {@code query}, ignoring case; none for a blank query. The
     * workflow's root is left out: it is always drawn and matches every name.
     */
    public static Result find(RunSnapshot run, FoldOptions fold, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return new Result(List.of(), 0);
        }
        NodeFinder finder = new NodeFinder(run, fold);
        List<Match> matches = new ArrayList<>();
        int total = 0;
        for (RunSnapshot.Node n : run.nodes()) {
            if (n.id().equals(run.workflowName()) || !(contains(n.name(), q) || contains(n.displayName(), q))) {
                continue;
            }
            total++;
            if (matches.size() < MAX_MATCHES) {
                matches.add(finder.reveal(n));
            }
        }
        return new Result(matches, total);
    }

    private static boolean contains(String text, String lowerQuery) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }

    /**
     * What hides {@code target}: the nodes around it (by name) that the viewer folded, and the nodes with more
     * children than the threshold that have it or a node around it as a child (a DAG task's parent is the task
     * it depends on, not a node around it); each of those must be shown in turn.
     */
    private Match reveal(RunSnapshot.Node target) {
        Set<String> expand = new LinkedHashSet<>();
        Set<String> open = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<RunSnapshot.Node> work = new ArrayDeque<>();
        work.add(target);
        while (!work.isEmpty()) {
            RunSnapshot.Node x = work.poll();
            if (!seen.add(x.id())) {
                continue;
            }
            for (RunSnapshot.Node outer : around(x)) {
                if (fold.collapsed().contains(outer.id())) {
                    open.add(outer.id());
                }
                work.add(outer);
            }
            for (RunSnapshot.Node parent : bigParents.getOrDefault(x.id(), List.of())) {
                if (!fold.expanded().contains("siblings:" + parent.id())) {
                    expand.add("siblings:" + parent.id());
                }
                work.add(parent);
            }
        }
        return new Match(target, List.copyOf(expand), List.copyOf(open));
    }

    /** The nodes whose names are prefixes of the target's at a path step, outermost first. */
    private List<RunSnapshot.Node> around(RunSnapshot.Node target) {
        List<RunSnapshot.Node> chain = new ArrayList<>();
        String name = target.name();
        if (name == null) {
            return chain;
        }
        for (int i = 1; i < name.length(); i++) {
            if ("(.[".indexOf(name.charAt(i)) >= 0) {
                RunSnapshot.Node n = byName.get(name.substring(0, i));
                if (n != null && n != target) {
                    chain.add(n);
                }
            }
        }
        return chain;
    }
}
