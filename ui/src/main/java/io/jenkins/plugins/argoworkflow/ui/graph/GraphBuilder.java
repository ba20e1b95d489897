package io.jenkins.plugins.argoworkflow.ui.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link Graph} Argo's UI shows from a run's nodes: one vertex per node, an edge per entry of
 * {@code children}; StepGroup and TaskGroup nodes as dots; the workflow's exit handler hung below the root's
 * last nodes. Folding maps each hidden node to the vertex that stands for it, and edges follow that map, so
 * folding costs one pass over nodes and edges whatever is folded.
 *
 * <p>What a folded node hides is found by name: a node's Argo name is its path from the workflow, so the
 * nodes inside {@code wf[0].build(1:b)} (its retries, nested steps, exit handler) are exactly those whose name
 * continues it with {@code (}, {@code .} or {@code [}. Names are sorted once, so each lookup is a binary
 * search plus the nodes it finds.
 */
public final class GraphBuilder {

    private final RunSnapshot run;
    private final FoldOptions fold;
    private final List<RunSnapshot.Node> nodes;
    private final Map<String, Integer> index = new HashMap<>();
    /** Node indices sorted by name, for the prefix lookups of {@link #forEachInside}. */
    private final Integer[] byName;
    /** The vertex key standing for each node: its own ID, or the ID of the group or boundary folding it. */
    private final String[] rep;

    private GraphBuilder(RunSnapshot run, FoldOptions fold) {
        this.run = run;
        this.fold = fold;
        this.nodes = run.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        byName = new Integer[nodes.size()];
        Arrays.setAll(byName, i -> i);
        Arrays.sort(byName, (a, b) -> nodes.get(a).name().compareTo(nodes.get(b).name()));
        rep = new String[nodes.size()];
    }

    public static Graph build(RunSnapshot run, FoldOptions fold) {
        return new GraphBuilder(run, fold).build();
    }

    private Graph build() {
        for (int i = 0; i < nodes.size(); i++) {
            rep[i] = nodes.get(i).id();
        }
        Map<String, Graph.Group> groups = new LinkedHashMap<>();
        foldBoundaries(groups);
        foldSiblings(groups);
        return connect(groups);
    }

    /** Boundary nodes the viewer collapsed: everything inside them is drawn as the node itself. */
    private void foldBoundaries(Map<String, Graph.Group> groups) {
        for (int i = 0; i < nodes.size(); i++) {
            RunSnapshot.Node n = nodes.get(i);
            if (!fold.collapsed().contains(n.id()) || !rep[i].equals(n.id()) || isRoot(n)) {
                continue;
            }
            List<Integer> inside = new ArrayList<>();
            forEachInside(n.name(), j -> {
                if (rep[j].equals(nodes.get(j).id())) {
                    rep[j] = n.id();
                    inside.add(j);
                }
            });
            if (!inside.isEmpty()) {
                groups.put(n.id(), group(n.id(), n.id(), "boundary", inside, inside.size(), true));
            }
        }
    }

    /** A node with more children than the threshold shows them as one group, unless the viewer expanded it. */
    private void foldSiblings(Map<String, Graph.Group> groups) {
        for (RunSnapshot.Node parent : nodes) {
            if (parent.children().size() <= fold.threshold()) {
                continue;
            }
            String groupId = "siblings:" + parent.id();
            boolean collapsed = !fold.expanded().contains(groupId);
            List<Integer> members = new ArrayList<>();
            int[] hidden = {0};
            for (String childId : parent.children()) {
                Integer c = index.get(childId);
                if (c == null || !rep[c].equals(childId)) {
                    continue; // unknown, or folded already by another group
                }
                members.add(c);
                if (collapsed) {
                    rep[c] = groupId;
                    hidden[0]++;
                    forEachInside(nodes.get(c).name(), j -> {
                        if (rep[j].equals(nodes.get(j).id())) {
                            rep[j] = groupId;
                            hidden[0]++;
                        }
                    });
                }
            }
            if (!members.isEmpty()) {
                groups.put(groupId, group(groupId, parent.id(), "siblings", members, hidden[0], collapsed));
            }
        }
    }

    private Graph connect(Map<String, Graph.Group> groups) {
        List<Graph.Vertex> vertices = new ArrayList<>();
        Map<String, Integer> vertexOf = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String key = rep[i];
            if (vertexOf.containsKey(key)) {
                continue;
            }
            Graph.Group g = groups.get(key);
            vertexOf.put(key, vertices.size());
            if (g != null && g.kind().equals("siblings")) {
                vertices.add(new Graph.Vertex(key, Graph.Kind.GROUP, null, g));
            } else {
                RunSnapshot.Node shown = nodes.get(index.get(key)); // n, or the boundary folding it
                vertices.add(new Graph.Vertex(key, kind(shown), shown, g));
            }
        }
        List<Graph.Edge> edges = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        boolean[] hasParent = new boolean[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            int from = vertexOf.get(rep[i]);
            for (String childId : nodes.get(i).children()) {
                Integer c = index.get(childId);
                if (c != null) {
                    hasParent[c] = true;
                    addEdge(edges, seen, from, vertexOf.get(rep[c]));
                }
            }
        }
        hangExitHandlers(hasParent, vertexOf, edges, seen);
        return new Graph(vertices, edges, new ArrayList<>(groups.values()), boundaries(groups, vertexOf));
    }

    /**
     * Every Steps and DAG node shown with its inside, innermost first (a node's name is longer than those of
     * the boundaries around it), so that each knows the level of those it holds.
     */
    private List<Graph.Boundary> boundaries(Map<String, Graph.Group> groups, Map<String, Integer> vertexOf) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            RunSnapshot.Node n = nodes.get(i);
            if (("Steps".equals(n.type()) || "DAG".equals(n.type())) && !isRoot(n) && rep[i].equals(n.id())
                    && !groups.containsKey(n.id())) {
                shown.add(i);
            }
        }
        shown.sort((a, b) -> Integer.compare(nodes.get(b).name().length(), nodes.get(a).name().length()));
        Map<Integer, Integer> levels = new HashMap<>();
        List<Graph.Boundary> boundaries = new ArrayList<>();
        for (int i : shown) {
            int own = vertexOf.get(rep[i]);
            Set<Integer> members = new java.util.LinkedHashSet<>();
            int[] level = {0};
            forEachInside(nodes.get(i).name(), j -> {
                int v = vertexOf.get(rep[j]);
                if (v != own) {
                    members.add(v);
                }
                Integer inner = levels.get(j);
                if (inner != null) {
                    level[0] = Math.max(level[0], inner + 1);
                }
            });
            if (!members.isEmpty()) {
                levels.put(i, level[0]);
                boundaries.add(new Graph.Boundary(nodes.get(i).id(), own,
                        members.stream().mapToInt(Integer::intValue).toArray(), level[0]));
            }
        }
        return boundaries;
    }

    /**
     * Nodes no one lists as a child, other than the root (the workflow's exit handler and hooks), hang below
     * the root's outbound nodes, where Argo's UI draws them.
     */
    private void hangExitHandlers(boolean[] hasParent, Map<String, Integer> vertexOf, List<Graph.Edge> edges,
            Set<Long> seen) {
        Integer root = index.get(run.workflowName());
        if (root == null) {
            return;
        }
        List<String> outbound = nodes.get(root).outboundNodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (hasParent[i] || i == root || !rep[i].equals(nodes.get(i).id())) {
                continue;
            }
            int to = vertexOf.get(rep[i]);
            if (outbound.isEmpty()) {
                addEdge(edges, seen, vertexOf.get(rep[root]), to);
            }
            for (String o : outbound) {
                Integer from = index.get(o);
                if (from != null) {
                    addEdge(edges, seen, vertexOf.get(rep[from]), to);
                }
            }
        }
    }

    private static void addEdge(List<Graph.Edge> edges, Set<Long> seen, int from, int to) {
        if (from != to && seen.add(((long) from << 32) | to)) {
            edges.add(new Graph.Edge(from, to));
        }
    }

    private boolean isRoot(RunSnapshot.Node n) {
        return n.id().equals(run.workflowName());
    }

    private static Graph.Kind kind(RunSnapshot.Node n) {
        return "StepGroup".equals(n.type()) || "TaskGroup".equals(n.type()) ? Graph.Kind.DOT : Graph.Kind.NODE;
    }

    /** Calls {@code action} with every node whose name continues {@code name} with {@code (}, {@code .} or {@code [}. */
    private void forEachInside(String name, java.util.function.IntConsumer action) {
        int lo = 0;
        int hi = byName.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nodes.get(byName[mid]).name().compareTo(name) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < byName.length; k++) {
            String other = nodes.get(byName[k]).name();
            if (!other.startsWith(name)) {
                break;
            }
            if (other.length() > name.length() && "(.[".indexOf(other.charAt(name.length())) >= 0) {
                action.accept(byName[k]);
            }
        }
    }

    private Graph.Group group(String id, String parentId, String kind, List<Integer> members, int hidden,
            boolean collapsed) {
        Map<String, Integer> phases = new TreeMap<>();
        String label = null;
        boolean sameLabel = true;
        for (int m : members) {
            RunSnapshot.Node n = nodes.get(m);
            phases.merge(String.valueOf(n.phase()), 1, Integer::sum);
            String display = n.displayName() == null ? n.name() : n.displayName();
            int paren = display.indexOf('(');
            String stem = paren > 0 ? display.substring(0, paren) : display;
            if (label == null && sameLabel) {
                label = stem;
            } else if (!stem.equals(label)) {
                sameLabel = false;
            }
        }
        return new Graph.Group(id, parentId, kind, sameLabel ? label : null, members.size(), hidden, phases,
                shownPhase(phases), collapsed);
    }

    /** Running while any member runs; then the worst end (Error, Failed), then Succeeded, Skipped, Omitted. */
    static String shownPhase(Map<String, Integer> phases) {
        for (String p : List.of("Running", "Pending", "Error", "Failed", "Succeeded", "Skipped", "Omitted")) {
            if (phases.containsKey(p)) {
                return p;
            }
        }
        return phases.isEmpty() ? "Pending" : phases.keySet().iterator().next();
    }
}
