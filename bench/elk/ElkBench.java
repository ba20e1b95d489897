import io.jenkins.plugins.argoworkflow.ui.graph.LayeredLayout;
import java.util.Arrays;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK layered against ui's LayeredLayout on the same graphs: layered DAGs (each vertex after two of the layer
 * before, as bench/ui-bench.sh's runs) and a tree. Run by bench/elk-bench.sh; times are the best of ROUNDS
 * after a warm-up, in one JVM.
 */
public class ElkBench {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        System.out.printf("%-22s %8s %8s %12s %12s%n", "graph", "vertices", "edges", "ELK layered", "LayeredLayout");
        for (int[] shape : new int[][] {{10, 10}, {40, 25}, {100, 30}, {100, 100}}) {
            int[][] edges = layered(shape[0], shape[1]);
            int n = shape[0] * shape[1];
            long ours = best(rounds, () -> ours(n, edges));
            long elk = shape[0] * shape[1] > 3000 && args.length > 1 && args[1].equals("quick") ? -1
                    : best(rounds, () -> elk(n, edges));
            System.out.printf("%-22s %8d %8d %9s ms %10.1f ms%n", "layered " + shape[0] + "x" + shape[1], n,
                    edges.length, elk < 0 ? "skipped" : String.format("%.0f", elk / 1e6), ours / 1e6);
        }
    }

    private static long best(int rounds, Runnable r) {
        r.run();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            r.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    static int[][] layered(int width, int layers) {
        int[][] edges = new int[2 * width * (layers - 1)][];
        int k = 0;
        for (int l = 1; l < layers; l++) {
            for (int i = 0; i < width; i++) {
                edges[k++] = new int[] {(l - 1) * width + i, l * width + i};
                edges[k++] = new int[] {(l - 1) * width + (i * 7 + 3) % width, l * width + i};
            }
        }
        return edges;
    }

    static void ours(int n, int[][] edges) {
        double[] w = new double[n];
        double[] h = new double[n];
        Arrays.fill(w, 180);
        Arrays.fill(h, 36);
        LayeredLayout.layout(w, h, Arrays.stream(edges).mapToInt(e -> e[0]).toArray(),
                Arrays.stream(edges).mapToInt(e -> e[1]).toArray(), LayeredLayout.Spacing.DEFAULT);
    }

    static void elk(int n, int[][] edges) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        ElkNode[] nodes = new ElkNode[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = ElkGraphUtil.createNode(root);
            nodes[i].setDimensions(180, 36);
        }
        for (int[] e : edges) {
            ElkGraphUtil.createSimpleEdge(nodes[e[0]], nodes[e[1]]);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    }
}
