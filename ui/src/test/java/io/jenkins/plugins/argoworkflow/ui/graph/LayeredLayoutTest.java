package io.jenkins.plugins.argoworkflow.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    private static LayeredLayout.Result layout(int n, int[][] edges) {
        double[] w = new double[n];
        double[] h = new double[n];
        Arrays.fill(w, 100);
        Arrays.fill(h, 30);
        int[] from = Arrays.stream(edges).mapToInt(e -> e[0]).toArray();
        int[] to = Arrays.stream(edges).mapToInt(e -> e[1]).toArray();
        return LayeredLayout.layout(w, h, from, to, LayeredLayout.Spacing.DEFAULT);
    }

    /** No two boxes overlap. */
    private static void assertNoOverlap(LayeredLayout.Result r, int n) {
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                boolean apart = r.x()[a] + 100 <= r.x()[b] || r.x()[b] + 100 <= r.x()[a]
                        || r.y()[a] + 30 <= r.y()[b] || r.y()[b] + 30 <= r.y()[a];
                assertThat(apart).as("vertices %d and %d overlap", a, b).isTrue();
            }
        }
    }

    @Test
    void everyEdgeGoesDownAndNothingOverlaps() {
        int[][] edges = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {0, 4}, {3, 5}, {4, 5}, {0, 5}};
        LayeredLayout.Result r = layout(6, edges);

        for (int[] e : edges) {
            assertThat(r.y()[e[1]]).as("edge %s", Arrays.toString(e)).isGreaterThan(r.y()[e[0]]);
        }
        assertNoOverlap(r, 6);
        assertThat(r.edgePoints().get(7)).as("the long edge bends through its dummies").hasSize(8);
    }

    @Test
    void aTreeHasNoCrossingsAndParentsSitOverTheirChildren() {
        List<int[]> edges = new ArrayList<>();
        int n = 1;
        for (int child = 0; child < 4; child++, n++) {
            edges.add(new int[] {0, n});
            int parent = n;
            for (int leaf = 0; leaf < 3; leaf++) {
                edges.add(new int[] {parent, ++n});
            }
        }
        LayeredLayout.Result r = layout(n, edges.toArray(int[][]::new));

        assertThat(r.crossings()).isZero();
        assertNoOverlap(r, n);
        double leavesOfFirst = (r.x()[2] + r.x()[4]) / 2;
        assertThat(r.x()[1]).isCloseTo(leavesOfFirst, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void barycenterSweepsRemoveCrossingsTheInitialOrderHas() {
        // 0 -> 2,3 and 1 -> 2,3 cross once whatever the order; add 0->5, 1->4 that cross in DFS order.
        int[][] edges = {{6, 0}, {6, 1}, {0, 5}, {1, 4}, {0, 2}, {1, 3}};
        LayeredLayout.Result r = layout(7, edges);

        assertThat(r.crossings()).isZero();
    }

    @Test
    void cyclesAreBrokenInsteadOfLoopingForever() {
        LayeredLayout.Result r = layout(3, new int[][] {{0, 1}, {1, 2}, {2, 0}, {1, 1}});

        assertThat(r.layers()).isEqualTo(3);
        assertNoOverlap(r, 3);
    }

    @Test
    void poolingAdjacentViolatorsGivesTheBestOrderedFit() {
        double[] fit = LayeredLayout.pool(new double[] {1, 3, 2, 0, 5}, new double[] {1, 1, 1, 1, 1});

        assertThat(fit).containsExactly(1.0, 5.0 / 3, 5.0 / 3, 5.0 / 3, 5.0);
    }

    @Test
    void tenThousandVerticesInALayeredDagTakeWellUnderASecond() {
        List<int[]> edges = new ArrayList<>();
        int side = 100;
        for (int layer = 1; layer < side; layer++) {
            for (int i = 0; i < side; i++) {
                int v = layer * side + i;
                edges.add(new int[] {(layer - 1) * side + i, v});
                edges.add(new int[] {(layer - 1) * side + (i * 7 + 3) % side, v});
            }
        }
        layout(side * side, edges.toArray(int[][]::new)); // warm-up
        long start = System.nanoTime();
        LayeredLayout.Result r = layout(side * side, edges.toArray(int[][]::new));
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.layers()).isEqualTo(side);
        assertThat(ms).as("layout of 10,000 vertices and 19,800 edges, ms").isLessThan(3000);
    }

    @Test
    void nothingOutsideAClusterComesWithinItsPaddingOnTheLayersItSpans() {
        // 0 -> 1, 2 (siblings); 2 -> 3 -> 4, 5, 6: the cluster {2, 3, 4, 5, 6} is wider below than at its top,
        // so centred placement puts 4 under 1 unless the cluster keeps room.
        int[][] edges = {{0, 1}, {0, 2}, {2, 3}, {3, 4}, {3, 5}, {3, 6}, {1, 7}};
        double[] w = new double[8];
        double[] h = new double[8];
        Arrays.fill(w, 100);
        Arrays.fill(h, 30);
        int[] from = Arrays.stream(edges).mapToInt(e -> e[0]).toArray();
        int[] to = Arrays.stream(edges).mapToInt(e -> e[1]).toArray();
        int[] cluster = {2, 3, 4, 5, 6};
        double pad = 10;

        LayeredLayout.Result plain = LayeredLayout.layout(w, h, from, to, LayeredLayout.Spacing.DEFAULT);
        LayeredLayout.Result r = LayeredLayout.layout(w, h, from, to, LayeredLayout.Spacing.DEFAULT,
                new int[][] {cluster}, new double[] {pad});

        assertThat(intrusions(plain, cluster, 0)).as("the case the clusters are for").isNotEmpty();
        assertThat(intrusions(r, cluster, pad + ClusterSeparation.CLEARANCE)).isEmpty();
        assertNoOverlap(r, 8);
    }

    /** Vertices outside {@code cluster} within {@code room} of its extent, on rows it spans. */
    private static List<Integer> intrusions(LayeredLayout.Result r, int[] cluster, double room) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (int v : cluster) {
            lo = Math.min(lo, r.x()[v]);
            hi = Math.max(hi, r.x()[v] + 100);
            top = Math.min(top, r.y()[v]);
            bottom = Math.max(bottom, r.y()[v]);
        }
        List<Integer> in = new ArrayList<>();
        for (int v = 0; v < r.x().length; v++) {
            int u = v;
            boolean member = Arrays.stream(cluster).anyMatch(c -> c == u);
            if (!member && r.y()[v] >= top && r.y()[v] <= bottom && r.x()[v] + 100 > lo - room + 1e-6
                    && r.x()[v] < hi + room - 1e-6) {
                in.add(v);
            }
        }
        return in;
    }
}
