package io.jenkins.plugins.argoworkflow.ui.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last step of a {@link LayeredLayout} with clusters (the boxes around Steps and DAG insides): moves
 * vertices right, never left, until no vertex outside a cluster lies within the cluster's box on a layer the
 * cluster spans. Placement centres parents over children, so a cluster whose lower layers are wider than its top
 * (a Steps node whose steps fan out) reaches under its neighbours; the cluster then moves right, with what lies
 * right of it on its layers, rather than the layout learning compound graphs. Clusters nest (each is a Steps or
 * DAG node's inside), so the nearest box around a vertex that does not hold the cluster decides the room
 * needed.
 *
 * <p>Cost: per round, the members of every cluster plus the vertices moved; rounds stop when nothing moved (a
 * few at most; capped).
 */
final class ClusterSeparation {

    /** Room between a box and a vertex outside it, beyond the boxes around that vertex. */
    static final double CLEARANCE = 6;
    private static final int MAX_ROUNDS = 6;

    private final int[][] layers;
    private final int[] layer;
    private final double[] cx;
    private final double[] width;
    private final int[][] members;
    private final double[] pad;
    private final int[] pos;
    /** The clusters holding each vertex, innermost first. */
    private final int[][] clustersOf;

    /**
     * @param members per cluster, its vertices (dummies of edges inside it included), innermost clusters first
     * @param pad per cluster, how far its box reaches past its members
     */
    private ClusterSeparation(int[][] layers, int[] layer, double[] cx, double[] width, int[][] members,
            double[] pad) {
        this.layers = layers;
        this.layer = layer;
        this.cx = cx;
        this.width = width;
        this.members = members;
        this.pad = pad;
        int total = cx.length;
        pos = new int[total];
        for (int[] row : layers) {
            for (int i = 0; i < row.length; i++) {
                pos[row[i]] = i;
            }
        }
        int[] count = new int[total];
        for (int[] m : members) {
            for (int v : m) {
                count[v]++;
            }
        }
        clustersOf = new int[total][];
        for (int v = 0; v < total; v++) {
            clustersOf[v] = new int[count[v]];
        }
        Arrays.fill(count, 0);
        for (int c = 0; c < members.length; c++) {
            for (int v : members[c]) {
                clustersOf[v][count[v]++] = c;
            }
        }
    }

    static void separate(int[][] layers, int[] layer, double[] cx, double[] width, int[][] members, double[] pad) {
        if (members.length == 0) {
            return;
        }
        ClusterSeparation s = new ClusterSeparation(layers, layer, cx, width, members, pad);
        int rounds = 0;
        // Again while something moved: a move may have widened a cluster that was clear.
        while (rounds++ < MAX_ROUNDS && s.round()) {
            continue;
        }
    }

    /** One pass over the clusters, innermost first; whether anything moved. */
    private boolean round() {
        boolean moved = false;
        for (int c = 0; c < members.length; c++) {
            moved |= clear(c);
        }
        return moved;
    }

    private boolean clear(int c) {
        int[] m = members[c];
        if (m.length == 0) {
            return false;
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        for (int v : m) {
            lo = Math.min(lo, cx[v] - width[v] / 2);
            hi = Math.max(hi, cx[v] + width[v] / 2);
            top = Math.min(top, layer[v]);
            bottom = Math.max(bottom, layer[v]);
        }
        lo -= pad[c];
        hi += pad[c];
        int[] first = new int[bottom - top + 1];
        int[] last = new int[first.length];
        Arrays.fill(first, Integer.MAX_VALUE);
        Arrays.fill(last, -1);
        for (int v : m) {
            int l = layer[v] - top;
            first[l] = Math.min(first[l], pos[v]);
            last[l] = Math.max(last[l], pos[v]);
        }
        // Left: a vertex outside reaching into the box moves the whole cluster, and what is right of it, right.
        double shift = 0;
        for (int l = 0; l < first.length; l++) {
            if (last[l] < 0 || first[l] == 0) {
                continue;
            }
            int u = layers[top + l][first[l] - 1];
            shift = Math.max(shift, cx[u] + width[u] / 2 + room(u, c) - lo);
        }
        boolean moved = false;
        if (shift > 1e-6) {
            for (int l = 0; l < first.length; l++) {
                if (last[l] >= 0) {
                    moveFrom(top + l, first[l], shift);
                }
            }
            lo += shift;
            hi += shift;
            moved = true;
        }
        // Right: a vertex outside within the box moves right, with what is right of it on its layer.
        for (int l = 0; l < first.length; l++) {
            int[] row = layers[top + l];
            if (last[l] < 0 || last[l] + 1 >= row.length) {
                continue;
            }
            int u = row[last[l] + 1];
            double over = hi + room(u, c) - (cx[u] - width[u] / 2);
            if (over > 1e-6) {
                moveFrom(top + l, last[l] + 1, over);
                moved = true;
            }
        }
        return moved;
    }

    /** How far {@code u} must stay from cluster {@code c}'s box: the clearance, past the boxes around u only. */
    private double room(int u, int c) {
        double widest = 0;
        for (int d : clustersOf[u]) {
            if (!holds(d, c)) {
                widest = Math.max(widest, pad[d]);
            }
        }
        return CLEARANCE + widest;
    }

    /** Whether cluster {@code d} holds cluster {@code c} (clusters nest, so one shared member says so). */
    private boolean holds(int d, int c) {
        int any = members[c][0];
        for (int e : clustersOf[any]) {
            if (e == d) {
                return true;
            }
        }
        return false;
    }

    private void moveFrom(int l, int index, double dx) {
        int[] row = layers[l];
        for (int i = index; i < row.length; i++) {
            cx[row[i]] += dx;
        }
    }

    /**
     * Each cluster's vertices with the dummies of the edges inside it: an edge whose two ends are in a cluster
     * runs inside its box. Per edge, the clusters its ends share (few: clusters nest as deep as the workflow).
     */
    static int[][] withDummies(int[][] clusters, int n, int[] src, int[] dst, int[] chainStart, int[] chainLength) {
        List<List<Integer>> of = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            of.add(null);
        }
        List<List<Integer>> all = new ArrayList<>(clusters.length);
        for (int c = 0; c < clusters.length; c++) {
            List<Integer> list = new ArrayList<>(clusters[c].length);
            for (int v : clusters[c]) {
                list.add(v);
                if (of.get(v) == null) {
                    of.set(v, new ArrayList<>(2));
                }
                of.get(v).add(c);
            }
            all.add(list);
        }
        for (int e = 0; e < src.length; e++) {
            List<Integer> a = of.get(src[e]);
            List<Integer> b = of.get(dst[e]);
            if (chainStart[e] < 0 || a == null || b == null) {
                continue;
            }
            for (int c : a) {
                if (b.contains(c)) {
                    for (int d = 0; d < chainLength[e]; d++) {
                        all.get(c).add(chainStart[e] + d);
                    }
                }
            }
        }
        int[][] out = new int[clusters.length][];
        for (int c = 0; c < clusters.length; c++) {
            out[c] = all.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
