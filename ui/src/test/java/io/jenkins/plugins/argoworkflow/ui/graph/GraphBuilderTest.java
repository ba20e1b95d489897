package io.jenkins.plugins.argoworkflow.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.ui.UiRuns;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {

    private static final String LOOP = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: loop}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - {name: fan, template: item, arguments: {parameters: [{name: i, value: "{{item}}"}]}, withSequence: {count: "150"}}
                - - {name: after, template: say, arguments: {parameters: [{name: msg, value: done}]}}
              - name: item
                inputs: {parameters: [{name: i}]}
                steps:
                - - {name: work, template: say, arguments: {parameters: [{name: msg, value: "{{inputs.parameters.i}}"}]}}
              - name: say
                inputs: {parameters: [{name: msg}]}
                container: {image: alpine, command: [echo, "{{inputs.parameters.msg}}"]}
            """;

    private static List<String> names(Graph g) {
        return g.vertices().stream().map(v -> v.node() == null ? v.id() : v.node().displayName()).toList();
    }

    private static Graph.Vertex vertex(Graph g, String displayName) {
        return g.vertices().stream().filter(v -> v.node() != null && displayName.equals(v.node().displayName()))
                .findFirst().orElseThrow(() -> new AssertionError("no vertex " + displayName + " in " + names(g)));
    }

    private static boolean edge(Graph g, Graph.Vertex from, Graph.Vertex to) {
        int f = g.vertices().indexOf(from);
        int t = g.vertices().indexOf(to);
        return g.edges().contains(new Graph.Edge(f, t));
    }

    @Test
    void aStepsRunShowsEveryNodeWithStepGroupsAsDotsAndChildrenAsEdges() {
        RunSnapshot run = UiRuns.snapshot(UiRuns.resource("steps.yaml"), UiRuns.runtime());

        Graph g = GraphBuilder.build(run, FoldOptions.defaults());

        assertThat(g.vertices()).hasSize(run.nodes().size());
        assertThat(g.vertices()).filteredOn(v -> v.kind() == Graph.Kind.DOT)
                .allMatch(v -> v.node().type().equals("StepGroup")).hasSize(5);
        Graph.Vertex checkout = vertex(g, "checkout");
        Graph.Vertex group1 = vertex(g, "[1]");
        assertThat(edge(g, checkout, group1)).as("a step leads to the next step group").isTrue();
        assertThat(edge(g, group1, vertex(g, "build(0:linux)"))).isTrue();
        assertThat(g.groups()).isEmpty();
    }

    @Test
    void aDagKeepsItsFanIn() {
        RunSnapshot run = UiRuns.snapshot(UiRuns.resource("dag.yaml"), UiRuns.runtime());

        Graph g = GraphBuilder.build(run, FoldOptions.defaults());

        assertThat(edge(g, vertex(g, "B"), vertex(g, "D"))).isTrue();
        assertThat(edge(g, vertex(g, "C"), vertex(g, "D"))).isTrue();
        assertThat(edge(g, vertex(g, "E"), vertex(g, "F"))).isTrue();
    }

    @Test
    void aLoopPastTheThresholdIsOneGroupWithTheInsidesOfItsItemsHidden() {
        RunSnapshot run = UiRuns.snapshot(LOOP, UiRuns.runtime());

        Graph g = GraphBuilder.build(run, FoldOptions.defaults());

        Graph.Vertex group = g.vertices().stream().filter(v -> v.kind() == Graph.Kind.GROUP).findFirst().orElseThrow();
        assertThat(group.group().label()).isEqualTo("fan");
        assertThat(group.group().members()).isEqualTo(150);
        assertThat(group.group().hidden()).as("items, their step groups and their pods").isEqualTo(450);
        assertThat(group.group().phases()).isEqualTo(Map.of("Succeeded", 150));
        assertThat(g.vertices()).hasSize(run.nodes().size() - 450 + 1);
        assertThat(edge(g, group, vertex(g, "[1]"))).as("the group leads on where its items did").isTrue();
        assertThat(edge(g, vertex(g, "[0]"), group)).isTrue();
    }

    @Test
    void anExpandedGroupShowsItsMembersAndStaysListedToBeFoldedAgain() {
        RunSnapshot run = UiRuns.snapshot(LOOP, UiRuns.runtime());
        String groupId = GraphBuilder.build(run, FoldOptions.defaults()).groups().get(0).id();

        Graph g = GraphBuilder.build(run, new FoldOptions(100, Set.of(groupId), Set.of()));

        assertThat(g.vertices()).hasSize(run.nodes().size());
        assertThat(g.groups()).singleElement().satisfies(gr -> assertThat(gr.collapsed()).isFalse());
    }

    @Test
    void aCollapsedBoundaryStandsForEverythingInsideIt() {
        RunSnapshot run = UiRuns.snapshot(UiRuns.resource("steps.yaml"), UiRuns.runtime());
        String test = run.nodes().stream().filter(n -> "test".equals(n.displayName())).findFirst().orElseThrow().id();

        Graph g = GraphBuilder.build(run, new FoldOptions(100, Set.of(), Set.of(test)));

        assertThat(names(g)).contains("test", "publish").doesNotContain("unit", "integration");
        assertThat(vertex(g, "test").group().hidden()).isEqualTo(3);
        assertThat(edge(g, vertex(g, "test"), vertex(g, "[3]"))).as("edges out of the inside leave from the boundary")
                .isTrue();
    }

    private static Graph.Boundary boundary(Graph g, String displayName) {
        int v = g.vertices().indexOf(vertex(g, displayName));
        return g.boundaries().stream().filter(b -> b.vertex() == v).findFirst()
                .orElseThrow(() -> new AssertionError(displayName + " has no boundary"));
    }

    private static List<String> memberNames(Graph g, Graph.Boundary b) {
        return java.util.Arrays.stream(b.members()).mapToObj(m -> g.vertices().get(m))
                .map(v -> v.node() == null ? v.id() : v.node().displayName()).sorted().toList();
    }

    @Test
    void everyStepsAndDagNodeButTheRootBoundsItsInsideNestedOnesOneLevelDeeper() {
        RunSnapshot run = UiRuns.snapshot(UiRuns.resource("nested.yaml"), UiRuns.runtime());

        Graph g = GraphBuilder.build(run, FoldOptions.defaults());

        assertThat(g.boundaries()).hasSize(4);
        assertThat(memberNames(g, boundary(g, "linux"))).containsExactly("[0]", "[1]", "compile", "test");
        assertThat(memberNames(g, boundary(g, "verify"))).containsExactly("[0]", "gpg", "sha");
        assertThat(memberNames(g, boundary(g, "release"))).containsExactly("[0]", "gpg", "sha", "sign", "upload",
                "verify");
        assertThat(boundary(g, "linux").level()).isZero();
        assertThat(boundary(g, "verify").level()).isZero();
        assertThat(boundary(g, "release").level()).as("holds verify's box").isEqualTo(1);
    }

    @Test
    void aFoldedBoundaryAndWhatItHidesDrawNoBox() {
        RunSnapshot run = UiRuns.snapshot(UiRuns.resource("nested.yaml"), UiRuns.runtime());
        String release = run.nodes().stream().filter(n -> "release".equals(n.displayName())).findFirst()
                .orElseThrow().id();

        Graph g = GraphBuilder.build(run, new FoldOptions(FoldOptions.DEFAULT_THRESHOLD, Set.of(), Set.of(release)));

        assertThat(g.boundaries()).extracting(b -> g.vertices().get(b.vertex()).node().displayName())
                .containsExactlyInAnyOrder("linux", "darwin");
    }

    @Test
    void aBoundaryHoldsTheCollapsedGroupOfItsChildren() {
        RunSnapshot run = UiRuns.snapshot(UiRuns.resource("nested.yaml"), UiRuns.runtime());

        // Past one child: linux and darwin fold into one group, so do sign's dependents verify and upload.
        Graph g = GraphBuilder.build(run, new FoldOptions(1, Set.of(), Set.of()));

        assertThat(g.boundaries()).as("only release is drawn with its inside").hasSize(1);
        Graph.Boundary release = boundary(g, "release");
        assertThat(memberNames(g, release)).hasSize(2).contains("sign");
        Graph.Vertex group = java.util.Arrays.stream(release.members()).mapToObj(m -> g.vertices().get(m))
                .filter(v -> v.kind() == Graph.Kind.GROUP).findFirst().orElseThrow();
        assertThat(group.group().members()).as("verify and upload").isEqualTo(2);
        assertThat(release.level()).as("verify is folded, with its box").isZero();
    }
}
