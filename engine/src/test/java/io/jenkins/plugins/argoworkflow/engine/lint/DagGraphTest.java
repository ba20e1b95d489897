package io.jenkins.plugins.argoworkflow.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.DagTemplate;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DagGraphTest {

    private static DagTask task(String name, String depends, String... dependencies) {
        return new DagTask(name, "leaf", null, Arguments.NONE, null, List.of(dependencies), List.of(), null, null, null,
                null, null, depends, Map.of(), Location.UNKNOWN);
    }

    /** t0 <- t1 <- ... <- t(n-1), listed last task first; {@code t0} depends on {@code first} when given. */
    private static DagGraph reversedChain(int n, String first) {
        List<DagTask> tasks = new ArrayList<>();
        for (int i = n - 1; i > 0; i--) {
            tasks.add(task("t" + i, null, "t" + (i - 1)));
        }
        tasks.add(first == null ? task("t0", null) : task("t0", null, first));
        return new DagGraph(new DagTemplate(null, tasks, null));
    }

    @Test
    void aChainOfTwentyThousandListedLastFirstHasNoCycleAndEveryEarlierTaskIsAnAncestor() {
        DagGraph graph = reversedChain(20_000, null);
        assertThat(graph.cycle()).isNull();
        assertThat(graph.isAncestor("t0", "t19999")).isTrue();
        assertThat(graph.isAncestor("t9999", "t10000")).isTrue();
        assertThat(graph.isAncestor("t19999", "t0")).isFalse();
        assertThat(graph.isAncestor("t7", "t7")).isFalse();
        assertThat(graph.isAncestor("nope", "t7")).isFalse();
    }

    @Test
    void aCycleClosingALongChainIsFoundWithItsWholePath() {
        List<String> cycle = reversedChain(50_000, "t49999").cycle();
        assertThat(cycle).hasSize(50_001).startsWith("t49999", "t49998").endsWith("t0", "t49999");
    }

    @Test
    void ancestorsFollowDependsAndDependenciesAndIgnoreUnknownTasks() {
        DagGraph graph = new DagGraph(new DagTemplate(null, List.of(task("a", null), task("b", "a.Failed || ghost"),
                task("c", null, "b"), task("d", null, "a"), task("e", "c && !d")), null));
        assertThat(graph.isAncestor("a", "e")).isTrue();
        assertThat(graph.isAncestor("b", "e")).isTrue();
        assertThat(graph.isAncestor("d", "c")).isFalse();
        assertThat(graph.isAncestor("c", "d")).isFalse();
        assertThat(graph.isAncestor("ghost", "e")).isFalse();
        assertThat(graph.cycle()).isNull();
    }

    @Test
    void insideACycleATaskIsNotItsOwnAncestorButReachesTheOthers() {
        DagGraph graph = new DagGraph(new DagTemplate(null, List.of(task("a", null, "c"), task("b", null, "a"),
                task("c", null, "b"), task("d", null, "c")), null));
        assertThat(graph.cycle()).containsExactly("a", "c", "b", "a");
        assertThat(graph.isAncestor("b", "a")).isTrue();
        assertThat(graph.isAncestor("a", "d")).isTrue();
        assertThat(graph.isAncestor("d", "a")).isFalse();
    }
}
