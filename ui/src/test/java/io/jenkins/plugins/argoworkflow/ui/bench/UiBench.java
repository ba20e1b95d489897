package io.jenkins.plugins.argoworkflow.ui.bench;

import io.jenkins.plugins.argoworkflow.engine.bench.EngineBench;

import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.ui.UiRuns;
import io.jenkins.plugins.argoworkflow.ui.browser.Chromium;
import io.jenkins.plugins.argoworkflow.ui.dashboard.DashboardServer;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateDir;
import io.jenkins.plugins.argoworkflow.ui.graph.FoldOptions;
import io.jenkins.plugins.argoworkflow.ui.graph.Graph;
import io.jenkins.plugins.argoworkflow.ui.graph.GraphBuilder;
import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import io.jenkins.plugins.argoworkflow.ui.view.RunViewJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph page's costs (bench/ui-bench.sh): the view's build, layout and JSON in Java at 1,000 and 10,000
 * nodes, and a page's load and first draw in headless Chromium. Runs go through the engine with the instant
 * scripted runtime, so the views are those of real runs.
 */
public final class UiBench {

    private UiBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = java.util.Arrays.asList(args).contains("--smoke");
        int rounds = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 5;
        // --smoke: the same runs at 100 to 400 nodes, for CI (UiBenchSmokeTest) and bench/run-all.sh --smoke.
        int small = smoke ? 10 : 40;
        int side = smoke ? 20 : 100;
        int many = smoke ? 100 : 10_000;
        System.out.println("view in Java: build + layout + JSON, best of " + rounds + " after a warm-up");
        System.out.printf("%-34s %7s %9s %7s %7s %10s %9s %9s%n", "run", "nodes", "vertices", "edges", "layers",
                "crossings", "time", "JSON");
        FoldOptions all = new FoldOptions(Integer.MAX_VALUE, Set.of(), Set.of());
        view("layered DAG %dx%d".formatted(small, smoke ? 10 : 25), layered(small, smoke ? 10 : 25), FoldOptions.defaults(),
                rounds);
        view("layered DAG %dx%d".formatted(side, side), layered(side, side), FoldOptions.defaults(), rounds);
        view("steps fan-out %,d (folded)".formatted(many), fanOut(many), FoldOptions.defaults(), rounds);
        view("steps fan-out %,d (unfolded)".formatted(many), fanOut(many), all, rounds);
        view("DAG chain %,d".formatted(many), chain(many), FoldOptions.defaults(), rounds);
        int boxes = smoke ? 20 : 200;
        view("steps loop of %,d boxes, unfolded".formatted(boxes), boxedLoop(boxes), all, rounds);
        view("steps loop of %,d boxes, unfolded".formatted(boxes * 10), boxedLoop(boxes * 10), all, rounds);
        System.out.println();
        System.out.println("page in headless Chromium 1280x800: navigation start to first paint of the graph (ms)");
        page("layered DAG %dx%d".formatted(small, smoke ? 10 : 25), layered(small, smoke ? 10 : 25), rounds);
        if (!smoke) {
            page("layered DAG 100x100", layered(100, 100), rounds);
        }
    }

    private static void view(String label, String yaml, FoldOptions fold, int rounds) {
        RunSnapshot run = UiRuns.snapshot(yaml, new ScriptedRuntime());
        RunViewJson.render(run, fold, "0");
        long best = Long.MAX_VALUE;
        byte[] json = null;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            json = RunViewJson.render(run, fold, "0");
            best = Math.min(best, System.nanoTime() - start);
        }
        Graph graph = GraphBuilder.build(run, fold);
        var layout = io.jenkins.plugins.argoworkflow.ui.view.RunViewJsonAccess.layout(graph);
        System.out.printf("%-34s %7d %9d %7d %7d %10d %6.1f ms %6d kB%n", label, run.nodes().size(),
                graph.vertices().size(), graph.edges().size(), layout.layers(), layout.crossings(), best / 1e6,
                json.length / 1000);
    }

    private static void page(String label, String yaml, int rounds) throws Exception {
        Path state = Files.createTempDirectory("argowf-ui-bench-");
        UiRuns.record(yaml, new ScriptedRuntime(), state);
        List<Long> times = new ArrayList<>();
        try (DashboardServer server = new DashboardServer(new StateDir(state), null).start(0);
                Chromium browser = Chromium.launch(1280, 800)) {
            browser.send("Network.enable", Map.of());
            browser.send("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            int nodes = 0;
            String phases = "";
            for (int r = 0; r <= rounds; r++) {
                browser.navigate(server.url() + "?round=" + r);
                browser.await("document.querySelector('.argowf').hasAttribute('data-first-drawn')",
                        Duration.ofSeconds(60));
                times.add(browser.eval("+document.querySelector('.argowf').getAttribute('data-first-drawn')").asLong());
                nodes = browser.eval("document.querySelectorAll('g.argowf-node').length").asInt();
                // Where the last load's time went: page and script, view fetched and parsed, DOM built, painted.
                phases = browser.eval("(() => { const m = n => Math.round(performance.getEntriesByName(n)[0].startTime);"
                        + " const nav = performance.getEntriesByType('navigation')[0];"
                        + " return 'html ' + Math.round(nav.responseEnd) + ', script ' + m('argowf-fetch')"
                        + " + ', view parsed ' + m('argowf-parsed') + ', DOM built ' + m('argowf-dom')"
                        + " + ', painted ' + document.querySelector('.argowf').getAttribute('data-first-drawn'); })()")
                        .asText();
            }
            long first = times.remove(0);
            Collections.sort(times);
            System.out.printf("%-22s %6d nodes drawn: first load %d ms (view computed), then median %d, min %d, "
                    + "max %d (%d loads)%n", label, nodes, first, times.get(times.size() / 2), times.get(0),
                    times.get(times.size() - 1), times.size());
            System.out.println("    last load, ms from navigation start: " + phases);
        }
    }

    /** A DAG of {@code layers} x {@code width} tasks, each after two of the layer before: arbitrary fan-in. */
    static String layered(int width, int layers) {
        StringBuilder y = header().append("  - name: main\n    dag:\n      tasks:\n");
        for (int l = 0; l < layers; l++) {
            for (int i = 0; i < width; i++) {
                y.append("      - {name: l").append(l).append("-").append(i).append(", template: ok");
                if (l > 0) {
                    y.append(", dependencies: [l").append(l - 1).append("-").append(i).append(", l").append(l - 1)
                            .append("-").append((i * 7 + 3) % width).append("]");
                }
                y.append("}\n");
            }
        }
        return y.toString();
    }

    static String fanOut(int n) {
        return header().append("  - name: main\n    steps:\n    - - {name: each, template: ok, withSequence: {count: \"")
                .append(n).append("\"}}\n").toString();
    }

    /** A loop of {@code n} Steps nodes of two steps each: five nodes and one boundary box per item. */
    static String boxedLoop(int n) {
        return header().append("  - name: main\n    steps:\n    - - {name: each, template: item, withSequence: {count: \"")
                .append(n).append("\"}}\n  - name: item\n    steps:\n    - - {name: a, template: ok}\n"
                        + "    - - {name: b, template: ok}\n").toString();
    }

    static String chain(int n) {
        StringBuilder y = header().append("  - name: main\n    dag:\n      tasks:\n      - {name: t0, template: ok}\n");
        for (int i = 1; i < n; i++) {
            y.append("      - {name: t").append(i).append(", template: ok, dependencies: [t").append(i - 1).append("]}\n");
        }
        return y.toString();
    }

    private static StringBuilder header() {
        return new StringBuilder(EngineBench.HEADER);
    }
}
