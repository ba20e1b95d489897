package io.jenkins.plugins.argoworkflow.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.ui.UiRuns;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeFinderTest {

    private static final RunSnapshot FIND = UiRuns.snapshot(UiRuns.resource("find.yaml"), UiRuns.runtime());

    private static String id(RunSnapshot run, String displayName) {
        return run.nodes().stream().filter(n -> displayName.equals(n.displayName())).findFirst().orElseThrow().id();
    }

    /** The fold after unfolding what {@code match} says. */
    private static FoldOptions unfold(FoldOptions fold, NodeFinder.Match match) {
        Set<String> expanded = new HashSet<>(fold.expanded());
        expanded.addAll(match.expand());
        Set<String> collapsed = new HashSet<>(fold.collapsed());
        match.open().forEach(collapsed::remove);
        return new FoldOptions(fold.threshold(), expanded, collapsed);
    }

    private static boolean drawn(RunSnapshot run, FoldOptions fold, String nodeId) {
        return GraphBuilder.build(run, fold).vertices().stream().anyMatch(v -> v.id().equals(nodeId));
    }

    @Test
    void aNodeInsideAFoldedLoopIsFoundWithTheGroupToExpand() {
        FoldOptions fold = FoldOptions.defaults();

        NodeFinder.Result result = NodeFinder.find(FIND, fold, "FAN(77:77)[0].work");

        assertThat(result.total()).isEqualTo(1);
        NodeFinder.Match match = result.matches().get(0);
        assertThat(match.node().displayName()).isEqualTo("work");
        assertThat(match.expand()).containsExactly("siblings:" + id(FIND, "[0]"));
        assertThat(match.open()).isEmpty();
        assertThat(drawn(FIND, fold, match.node().id())).as("folded before").isFalse();
        assertThat(drawn(FIND, unfold(fold, match), match.node().id())).as("drawn after").isTrue();
    }

    @Test
    void aNodeInsideACollapsedStepsNodeIsFoundWithTheNodeToOpen() {
        FoldOptions fold = new FoldOptions(FoldOptions.DEFAULT_THRESHOLD, Set.of(), Set.of(id(FIND, "inner")));

        NodeFinder.Match match = NodeFinder.find(FIND, fold, "deep").matches().get(0);

        assertThat(match.open()).containsExactly(id(FIND, "inner"));
        assertThat(match.expand()).isEmpty();
        assertThat(drawn(FIND, fold, match.node().id())).isFalse();
        assertThat(drawn(FIND, unfold(fold, match), match.node().id())).isTrue();
    }

    @Test
    void aDrawnNodeNeedsNothingAndMatchesComeInStatusOrderWithTheirTotal() {
        NodeFinder.Result drawn = NodeFinder.find(FIND, FoldOptions.defaults(), "inner");
        NodeFinder.Result all = NodeFinder.find(FIND, FoldOptions.defaults(), "work");

        assertThat(drawn.matches()).as("inner, its step group and deep: their names contain it").hasSize(3)
                .allSatisfy(m -> assertThat(m.hidden()).isFalse());
        assertThat(all.total()).isEqualTo(120);
        assertThat(all.matches()).hasSize(120).allSatisfy(m -> assertThat(m.hidden()).isTrue());
        List<String> order = FIND.nodes().stream().filter(n -> "work".equals(n.displayName()))
                .map(RunSnapshot.Node::id).toList();
        assertThat(all.matches()).extracting(m -> m.node().id()).containsExactlyElementsOf(order);
        assertThat(NodeFinder.find(FIND, FoldOptions.defaults(), "  ").total()).isZero();
        assertThat(NodeFinder.find(FIND, FoldOptions.defaults(), "find-me").matches())
                .as("the root, drawn always, is left out").noneMatch(m -> m.node().id().equals("find-me"));
    }

    @Test
    void aTaskFoldedAmongTheDependentsOfAFanOutIsFoundThroughItsParentTask() {
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            tasks.append("      - {name: t").append(i).append(", depends: root, template: say}\n");
        }
        RunSnapshot run = UiRuns.snapshot("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: fanout}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: root, template: say}
                """ + tasks + """
                  - name: say
                    container: {image: alpine, command: [echo, hi]}
                """, UiRuns.runtime());
        FoldOptions fold = new FoldOptions(3, Set.of(), Set.of());

        NodeFinder.Match t3 = NodeFinder.find(run, fold, "t3").matches().get(0);

        assertThat(t3.expand()).as("t3 is a child of root, not of the DAG node").containsExactly(
                "siblings:" + id(run, "root"));
        assertThat(drawn(run, fold, t3.node().id())).isFalse();
        assertThat(drawn(run, unfold(fold, t3), t3.node().id())).isTrue();
    }
}
