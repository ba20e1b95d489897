package io.jenkins.plugins.argoworkflow.ui.graph;

import java.util.List;
import java.util.Map;

/**
 * The graph the page draws: the run's nodes that are visible, collapsed groups standing for the nodes they
 * hide, and the edges between them (from Argo's {@code children}, mapped onto what is visible). Vertices are
 * in status order, which is the order the layout starts its crossing reduction from.
 */
public record Graph(List<Vertex> vertices, List<Edge> edges, List<Group> groups, List<Boundary> boundaries) {

    public Graph {
        vertices = List.copyOf(vertices);
        edges = List.copyOf(edges);
        groups = List.copyOf(groups);
        boundaries = List.copyOf(boundaries);
    }

    /** How a vertex is drawn, which sets its size. */
    public enum Kind {
        /** A node that does work or a boundary (Pod, Steps, DAG, Retry, Suspend...): a labelled box. */
        NODE,
        /** A StepGroup or TaskGroup: a small dot, as Argo's UI draws them. */
        DOT,
        /** A collapsed group: one box standing for many nodes. */
        GROUP
    }

    /** A vertex: a node of the run ({@code group} null) or a collapsed group ({@code node} null). */
    public record Vertex(String id, Kind kind, RunSnapshot.Node node, Group group) {
    }

    /** An edge between two vertices, by index in {@link #vertices()}. */
    public record Edge(int from, int to) {
    }

    /**
     * A group of nodes the page can fold into one vertex and unfold again.
     *
     * @param id {@code siblings:<parent id>} for the children of one node, or a boundary node's own ID
     * @param parentId the node whose children (or whose inside, for a boundary) the group holds
     * @param kind {@code siblings} (a loop or a large fan-out, folded past the threshold) or {@code boundary}
     *     (a Steps or DAG node folded on request)
     * @param label what the members' display names share ({@code build} for {@code build(0:a)...}), or null
     * @param members how many nodes the group stands for directly (the children, or the boundary's nodes)
     * @param hidden how many nodes it hides in all, their insides included
     * @param phases how many of the direct members are in each phase
     * @param phase the phase the group shows: Running while any member runs, then the worst end
     * @param collapsed whether the group is folded in this view
     */
    public record Group(String id, String parentId, String kind, String label, int members, int hidden,
            Map<String, Integer> phases, String phase, boolean collapsed) {
    }

    /**
     * A Steps or DAG node drawn with its inside (not folded, not the workflow's root): the page draws a box
     * around its vertices, as Argo's UI groups a template's children.
     *
     * @param nodeId the boundary node's ID
     * @param vertex the boundary node's own vertex
     * @param members the vertices of everything inside it (nodes, dots, collapsed groups), its own excluded
     * @param level 0 when no other drawn boundary is inside it, else one more than the highest inside; an
     *     outer box is drawn that much wider than the boxes it holds
     */
    public record Boundary(String nodeId, int vertex, int[] members, int level) {
    }
}
