package io.jenkins.plugins.argoworkflow.ui.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A layered (Sugiyama) layout, top to bottom, in time and memory linear in the graph apart from sorting:
 * <ol>
 * <li>cycles broken by reversing the back edges of a depth-first search (Argo's graphs have none; the layout
 * must still end);</li>
 * <li>longest-path layering from the sources;</li>
 * <li>long edges split by dummy vertices, one per layer crossed, within a budget ({@link #DUMMY_BUDGET} per
 * vertex) so that a few edges spanning hundreds of layers cannot blow the graph up; past the budget an edge is
 * drawn straight;</li>
 * <li>crossing reduction: a depth-first initial order (a tree, which most steps workflows are, has no
 * crossings in it), then barycenter sweeps down and up, keeping the order with the fewest crossings, counted
 * per pair of layers with a Fenwick tree in O(E log V);</li>
 * <li>coordinates: alternate passes place each vertex at the mean of its neighbours above (then below),
 * solving the order and spacing constraints of a layer exactly as an isotonic regression (pool adjacent
 * violators), so a parent sits centred over its children and long edges run straight.</li>
 * </ol>
 * Written here rather than taken from the Eclipse Layout Kernel: docs/ARCHITECTURE.md gives the measurements
 * (ELK's jars and their dependencies would add several megabytes to the .hpi, and it is far slower at 10,000
 * vertices).
 */
public final class LayeredLayout {

    /** Dummy vertices allowed per real vertex before long edges are drawn straight. */
    static final int DUMMY_BUDGET = 4;
    private static final int SWEEPS = 4;
    private static final int PLACEMENT_ROUNDS = 3;

    /** Gaps between vertices of a layer ({@code nodeGap}), between layers, and around the drawing. */
    public record Spacing(double nodeGap, double layerGap, double margin) {
        public static final Spacing DEFAULT = new Spacing(24, 56, 20);
    }

    /**
     * Where everything goes: {@code x}, {@code y} are each vertex's top-left corner; {@code edgePoints} holds
     * per edge the polyline from the source's side to the target's side, bends included.
     */
    public record Result(double[] x, double[] y, double width, double height, List<double[]> edgePoints,
            int layers, int crossings) {
    }

    private final int n;
    private final double[] w;
    private final double[] h;
    private final int[] from;
    private final int[] to;
    private final Spacing spacing;
    private final int[][] clusters;
    private final double[] clusterPad;
    private final boolean[] reversed;
    private int total;
    private int[] layer;
    private double[] width;
    /** Per edge: the first dummy of its chain and how many, or -1 when it has none. */
    private int[] chainStart;
    private int[] chainLength;
    private int[][] up;
    private int[][] down;
    private int[][] layers;
    private int[] pos;
    private double[] cx;

    private LayeredLayout(double[] w, double[] h, int[] from, int[] to, Spacing spacing, int[][] clusters,
            double[] clusterPad) {
        this.clusters = clusters;
        this.clusterPad = clusterPad;
        this.n = w.length;
        this.w = w;
        this.h = h;
        this.from = from;
        this.to = to;
        this.spacing = spacing;
        this.reversed = new boolean[from.length];
    }

    /** Lays out {@code w.length} vertices of the given sizes and the edges {@code from[i] -> to[i]}. */
    public static Result layout(double[] w, double[] h, int[] from, int[] to, Spacing spacing) {
        return layout(w, h, from, to, spacing, new int[0][], new double[0]);
    }

    /**
     * Lays out the graph so that nothing outside a cluster comes within {@code clusterPad} (plus a clearance)
     * of its vertices on the layers it spans: room for a box around each cluster. Clusters nest, innermost
     * first; each lists its vertices.
     */
    public static Result layout(double[] w, double[] h, int[] from, int[] to, Spacing spacing, int[][] clusters,
            double[] clusterPad) {
        if (w.length != h.length || from.length != to.length || clusters.length != clusterPad.length) {
            throw new IllegalArgumentException("sizes, edges and clusters must pair up");
        }
        return new LayeredLayout(w, h, from, to, spacing, clusters, clusterPad).run();
    }

    private Result run() {
        breakCycles();
        assignLayers();
        splitLongEdges();
        orderLayers();
        int crossings = reduceCrossings();
        placeHorizontally();
        if (clusters.length > 0) {
            int[] s = new int[from.length];
            int[] t = new int[from.length];
            for (int e = 0; e < from.length; e++) {
                s[e] = src(e);
                t[e] = dst(e);
            }
            ClusterSeparation.separate(layers, layer, cx, width,
                    ClusterSeparation.withDummies(clusters, n, s, t, chainStart, chainLength), clusterPad);
        }
        return result(crossings);
    }

    private void breakCycles() {
        int[][] out = adjacency(n, from, to, true);
        int[][] outEdges = edgeIndex(n, from);
        byte[] state = new byte[n]; // 0 new, 1 on the stack, 2 done
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int s = 0; s < n; s++) {
            if (state[s] != 0) {
                continue;
            }
            int top = 0;
            stack[0] = s;
            state[s] = 1;
            while (top >= 0) {
                int v = stack[top];
                if (next[v] < out[v].length) {
                    int e = outEdges[v][next[v]];
                    int u = out[v][next[v]++];
                    if (state[u] == 1) {
                        reversed[e] = true;
                    } else if (state[u] == 0) {
                        state[u] = 1;
                        stack[++top] = u;
                    }
                } else {
                    state[v] = 2;
                    top--;
                }
            }
        }
    }

    private int src(int e) {
        return reversed[e] ? to[e] : from[e];
    }

    private int dst(int e) {
        return reversed[e] ? from[e] : to[e];
    }

    /** Longest path from the sources, by Kahn's topological order. */
    private void assignLayers() {
        int[] indegree = new int[n];
        int[] fs = new int[from.length];
        int[] ts = new int[from.length];
        for (int e = 0; e < from.length; e++) {
            fs[e] = src(e);
            ts[e] = dst(e);
            if (fs[e] != ts[e]) {
                indegree[ts[e]]++;
            }
        }
        int[][] out = adjacency(n, fs, ts, true);
        layer = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (indegree[v] == 0) {
                queue[tail++] = v;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            for (int u : out[v]) {
                if (u == v) {
                    continue;
                }
                layer[u] = Math.max(layer[u], layer[v] + 1);
                if (--indegree[u] == 0) {
                    queue[tail++] = u;
                }
            }
        }
    }

    /** Splits edges spanning several layers into chains of dummies, and builds the layer-to-layer adjacency. */
    private void splitLongEdges() {
        chainStart = new int[from.length];
        chainLength = new int[from.length];
        Arrays.fill(chainStart, -1);
        int budget = DUMMY_BUDGET * n + 1000;
        List<Integer> dummyLayers = new ArrayList<>();
        List<int[]> segments = new ArrayList<>();
        for (int e = 0; e < from.length; e++) {
            int s = src(e);
            int t = dst(e);
            int span = layer[t] - layer[s];
            if (span <= 0) {
                continue; // a self-loop
            }
            if (span == 1 || dummyLayers.size() + span - 1 > budget) {
                if (span == 1) {
                    segments.add(new int[] {s, t});
                }
                continue;
            }
            chainStart[e] = n + dummyLayers.size();
            chainLength[e] = span - 1;
            int prev = s;
            for (int l = layer[s] + 1; l < layer[t]; l++) {
                int d = n + dummyLayers.size();
                dummyLayers.add(l);
                segments.add(new int[] {prev, d});
                prev = d;
            }
            segments.add(new int[] {prev, t});
        }
        total = n + dummyLayers.size();
        layer = Arrays.copyOf(layer, total);
        width = Arrays.copyOf(w, total);
        for (int d = n; d < total; d++) {
            layer[d] = dummyLayers.get(d - n);
            width[d] = 2;
        }
        int[] sf = new int[segments.size()];
        int[] st = new int[segments.size()];
        for (int i = 0; i < sf.length; i++) {
            sf[i] = segments.get(i)[0];
            st[i] = segments.get(i)[1];
        }
        down = adjacency(total, sf, st, true);
        up = adjacency(total, sf, st, false);
    }

    /** The initial order: the order in which a depth-first search from the sources reaches the vertices. */
    private void orderLayers() {
        int depth = 0;
        for (int v = 0; v < total; v++) {
            depth = Math.max(depth, layer[v] + 1);
        }
        int[] visit = new int[total];
        Arrays.fill(visit, -1);
        int counter = 0;
        int[] stack = new int[total];
        int[] next = new int[total];
        for (int s = 0; s < total; s++) {
            if (visit[s] >= 0 || up[s].length > 0) {
                continue;
            }
            counter = dfs(s, visit, counter, stack, next);
        }
        for (int s = 0; s < total; s++) {
            if (visit[s] < 0) {
                counter = dfs(s, visit, counter, stack, next);
            }
        }
        int[] sizes = new int[depth];
        for (int v = 0; v < total; v++) {
            sizes[layer[v]]++;
        }
        layers = new int[depth][];
        for (int l = 0; l < depth; l++) {
            layers[l] = new int[sizes[l]];
        }
        Integer[] byVisit = new Integer[total];
        Arrays.setAll(byVisit, i -> i);
        final int[] visited = visit;
        Arrays.sort(byVisit, (a, b) -> Integer.compare(visited[a], visited[b]));
        int[] fill = new int[depth];
        pos = new int[total];
        for (int v : byVisit) {
            int l = layer[v];
            pos[v] = fill[l];
            layers[l][fill[l]++] = v;
        }
    }

    private int dfs(int s, int[] visit, int counter, int[] stack, int[] next) {
        int top = 0;
        stack[0] = s;
        visit[s] = counter++;
        while (top >= 0) {
            int v = stack[top];
            if (next[v] < down[v].length) {
                int u = down[v][next[v]++];
                if (visit[u] < 0) {
                    visit[u] = counter++;
                    stack[++top] = u;
                }
            } else {
                top--;
            }
        }
        return counter;
    }

    /** Barycenter sweeps, keeping the best order seen; returns its number of crossings. */
    private int reduceCrossings() {
        int best = crossings();
        int[][] bestLayers = copy(layers);
        for (int sweep = 0; sweep < SWEEPS && best > 0; sweep++) {
            for (int l = 1; l < layers.length; l++) {
                sortByBarycenter(layers[l], up);
            }
            for (int l = layers.length - 2; l >= 0; l--) {
                sortByBarycenter(layers[l], down);
            }
            int c = crossings();
            if (c < best) {
                best = c;
                bestLayers = copy(layers);
            }
        }
        layers = bestLayers;
        for (int[] row : layers) {
            for (int i = 0; i < row.length; i++) {
                pos[row[i]] = i;
            }
        }
        return best;
    }

    private void sortByBarycenter(int[] row, int[][] neighbours) {
        double[] key = new double[row.length];
        Integer[] order = new Integer[row.length];
        for (int i = 0; i < row.length; i++) {
            int v = row[i];
            order[i] = i;
            int[] nb = neighbours[v];
            if (nb.length == 0) {
                continue; // keyed by rescaleFreeKeys
            }
            double sum = 0;
            for (int u : nb) {
                sum += pos[u];
            }
            key[i] = sum / nb.length;
        }
        rescaleFreeKeys(row, neighbours, key);
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(key[a], key[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] copy = row.clone();
        for (int i = 0; i < row.length; i++) {
            row[i] = copy[order[i]];
            pos[row[i]] = i;
        }
    }

    /**
     * A vertex with no neighbour on the swept side keeps the key of its left neighbour (or its own place at the
     * row's start), so it travels with the vertices around it instead of jumping to the row's start.
     */
    private static void rescaleFreeKeys(int[] row, int[][] neighbours, double[] key) {
        double last = -1;
        for (int i = 0; i < row.length; i++) {
            if (neighbours[row[i]].length == 0) {
                key[i] = last;
            } else {
                last = key[i];
            }
        }
    }

    /** Crossings between all pairs of adjacent layers, by counting inversions with a Fenwick tree. */
    private int crossings() {
        long count = 0;
        for (int l = 0; l + 1 < layers.length; l++) {
            int[] row = layers[l];
            int below = layers[l + 1].length;
            long[] tree = new long[below + 1];
            long seen = 0;
            for (int v : row) {
                int[] targets = down[v].clone();
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = pos[targets[i]];
                }
                Arrays.sort(targets);
                for (int t : targets) {
                    // Edges seen so far that end to the right of t cross this one.
                    count += seen - prefix(tree, t + 1);
                }
                for (int t : targets) {
                    for (int i = t + 1; i <= below; i += i & -i) {
                        tree[i]++;
                    }
                    seen++;
                }
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    private static long prefix(long[] tree, int i) {
        long s = 0;
        for (; i > 0; i -= i & -i) {
            s += tree[i];
        }
        return s;
    }

    private void placeHorizontally() {
        cx = new double[total];
        for (int[] row : layers) {
            double x = 0;
            for (int v : row) {
                cx[v] = x + width[v] / 2;
                x += width[v] + spacing.nodeGap();
            }
        }
        for (int round = 0; round < PLACEMENT_ROUNDS; round++) {
            for (int l = 1; l < layers.length; l++) {
                place(layers[l], up);
            }
            for (int l = layers.length - 2; l >= 0; l--) {
                place(layers[l], down);
            }
        }
    }

    /**
     * Places a row's vertices as near as the spacing allows to the mean of their neighbours' centres, in
     * order: with {@code z_i = x_i - offset_i} the constraints become {@code z_i <= z_i+1}, and the best
     * {@code z} is the weighted isotonic regression of the targets, found by pooling adjacent violators.
     */
    private void place(int[] row, int[][] neighbours) {
        int k = row.length;
        double[] offset = new double[k];
        double[] target = new double[k];
        double[] weight = new double[k];
        for (int i = 0; i < k; i++) {
            int v = row[i];
            offset[i] = i == 0 ? 0 : offset[i - 1] + width[row[i - 1]] / 2 + spacing.nodeGap() + width[v] / 2;
            int[] nb = neighbours[v];
            double desired = cx[v];
            if (nb.length > 0) {
                double sum = 0;
                for (int u : nb) {
                    sum += cx[u];
                }
                desired = sum / nb.length;
            }
            target[i] = desired - offset[i];
            // Dummies pull harder, so long edges run straight; vertices with no neighbour there give way.
            weight[i] = nb.length == 0 ? 0.01 : v >= n ? 4 : 1;
        }
        double[] fitted = pool(target, weight);
        for (int i = 0; i < k; i++) {
            cx[row[i]] = fitted[i] + offset[i];
        }
    }

    /** Weighted isotonic regression (non-decreasing) of {@code y}: pool adjacent violators. */
    static double[] pool(double[] y, double[] weight) {
        int k = y.length;
        double[] mean = new double[k];
        double[] mass = new double[k];
        int[] size = new int[k];
        int blocks = 0;
        for (int i = 0; i < k; i++) {
            mean[blocks] = y[i];
            mass[blocks] = weight[i];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
                double m = mass[blocks - 2] + mass[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * mass[blocks - 2] + mean[blocks - 1] * mass[blocks - 1]) / m;
                mass[blocks - 2] = m;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[k];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < size[b]; j++) {
                out[i++] = mean[b];
            }
        }
        return out;
    }

    private Result result(int crossings) {
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        for (int v = 0; v < total; v++) {
            minX = Math.min(minX, cx[v] - width[v] / 2);
        }
        double shift = spacing.margin() - (total == 0 ? 0 : minX);
        double[] layerTop = new double[layers.length + 1];
        double[] layerHeight = new double[layers.length];
        for (int v = 0; v < n; v++) {
            layerHeight[layer[v]] = Math.max(layerHeight[layer[v]], h[v]);
        }
        layerTop[0] = spacing.margin();
        for (int l = 0; l < layers.length; l++) {
            layerTop[l + 1] = layerTop[l] + layerHeight[l] + spacing.layerGap();
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int v = 0; v < total; v++) {
            cx[v] += shift;
            maxX = Math.max(maxX, cx[v] + width[v] / 2);
        }
        for (int v = 0; v < n; v++) {
            x[v] = cx[v] - w[v] / 2;
            y[v] = layerTop[layer[v]] + (layerHeight[layer[v]] - h[v]) / 2;
        }
        List<double[]> edgePoints = new ArrayList<>(from.length);
        for (int e = 0; e < from.length; e++) {
            edgePoints.add(edgePoints(e, x, y, layerTop, layerHeight));
        }
        double height = layers.length == 0 ? 0 : layerTop[layers.length] - spacing.layerGap() + spacing.margin();
        return new Result(x, y, maxX + spacing.margin(), height, edgePoints, layers.length, crossings);
    }

    /** The edge's polyline, from the bottom of the upper vertex through its dummies to the top of the lower. */
    private double[] edgePoints(int e, double[] x, double[] y, double[] layerTop, double[] layerHeight) {
        int s = src(e);
        int t = dst(e);
        int bends = chainStart[e] < 0 ? 0 : chainLength[e];
        double[] p = new double[4 + 2 * bends];
        p[0] = x[s] + w[s] / 2;
        p[1] = y[s] + h[s];
        for (int i = 0; i < bends; i++) {
            int d = chainStart[e] + i;
            p[2 + 2 * i] = cx[d];
            p[3 + 2 * i] = layerTop[layer[d]] + layerHeight[layer[d]] / 2;
        }
        p[p.length - 2] = x[t] + w[t] / 2;
        p[p.length - 1] = y[t];
        return reversed[e] ? reversePoints(p) : p;
    }

    private static double[] reversePoints(double[] p) {
        double[] r = new double[p.length];
        for (int i = 0; i < p.length; i += 2) {
            r[p.length - 2 - i] = p[i];
            r[p.length - 1 - i] = p[i + 1];
        }
        return r;
    }

    private static int[][] copy(int[][] rows) {
        int[][] c = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i].clone();
        }
        return c;
    }

    /** Neighbour lists: successors ({@code forward}) or predecessors, in edge order. */
    private static int[][] adjacency(int size, int[] from, int[] to, boolean forward) {
        int[] degree = new int[size];
        for (int e = 0; e < from.length; e++) {
            degree[forward ? from[e] : to[e]]++;
        }
        int[][] adj = new int[size][];
        for (int v = 0; v < size; v++) {
            adj[v] = new int[degree[v]];
        }
        int[] fill = new int[size];
        for (int e = 0; e < from.length; e++) {
            int a = forward ? from[e] : to[e];
            adj[a][fill[a]++] = forward ? to[e] : from[e];
        }
        return adj;
    }

    /** Per vertex, the indices of the edges leaving it, in edge order. */
    private static int[][] edgeIndex(int size, int[] from) {
        int[] degree = new int[size];
        for (int f : from) {
            degree[f]++;
        }
        int[][] adj = new int[size][];
        for (int v = 0; v < size; v++) {
            adj[v] = new int[degree[v]];
        }
        int[] fill = new int[size];
        for (int e = 0; e < from.length; e++) {
            adj[from[e]][fill[from[e]]++] = e;
        }
        return adj;
    }
}
