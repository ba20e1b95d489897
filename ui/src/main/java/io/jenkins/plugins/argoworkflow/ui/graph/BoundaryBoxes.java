package io.jenkins.plugins.argoworkflow.ui.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The boxes drawn around each {@link Graph.Boundary} once the graph is laid out: the rectangle around the
 * boundary node and its members, widened by {@link #PADDING} plus {@link #NESTING} per level, so that a box
 * holding others stays clear of them. Boxes are kept inside the drawing.
 */
public final class BoundaryBoxes {

    /** Space between a box and the vertices it holds directly. */
    public static final double PADDING = 8;
    /** Extra space per level of boxes a box holds. */
    public static final double NESTING = 7;

    private BoundaryBoxes() {
    }

    /** How far the box of {@code b} reaches past its vertices. */
    public static double padding(Graph.Boundary b) {
        return PADDING + NESTING * b.level();
    }

    /** A box in the drawing's coordinates (top-left corner and size). */
    public record Box(Graph.Boundary boundary, double x, double y, double width, double height) {
    }

    /**
     * The box of every boundary of {@code graph}, outermost first (the order to draw them in), for vertices of
     * sizes {@code w} x {@code h} placed by {@code layout}.
     */
    public static List<Box> of(Graph graph, LayeredLayout.Result layout, double[] w, double[] h) {
        List<Box> boxes = new ArrayList<>(graph.boundaries().size());
        for (Graph.Boundary b : graph.boundaries()) {
            double x0 = layout.x()[b.vertex()];
            double y0 = layout.y()[b.vertex()];
            double x1 = x0 + w[b.vertex()];
            double y1 = y0 + h[b.vertex()];
            for (int m : b.members()) {
                x0 = Math.min(x0, layout.x()[m]);
                y0 = Math.min(y0, layout.y()[m]);
                x1 = Math.max(x1, layout.x()[m] + w[m]);
                y1 = Math.max(y1, layout.y()[m] + h[m]);
            }
            double pad = padding(b);
            x0 = Math.max(0, x0 - pad);
            y0 = Math.max(0, y0 - pad);
            x1 = Math.min(layout.width(), x1 + pad);
            y1 = Math.min(layout.height(), y1 + pad);
            boxes.add(new Box(b, x0, y0, x1 - x0, y1 - y0));
        }
        boxes.sort(Comparator.comparingInt((Box box) -> box.boundary().level()).reversed());
        return boxes;
    }
}
