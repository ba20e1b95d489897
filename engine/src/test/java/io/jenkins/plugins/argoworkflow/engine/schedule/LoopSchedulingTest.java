package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.id;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import org.junit.jupiter.api.Test;

class LoopSchedulingTest {

    private static String steps(String loop) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: each
                        template: ok
                        LOOP
                    - - {name: after, template: ok}
                  - name: ok
                    container: {image: alpine, command: ["true"]}
                """.replace("LOOP", loop);
    }

    @Test
    void withItemsMakesOneNamedChildPerItemInTheGroup() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(steps("withItems: [linux, {os: mac, arch: arm64}, 1.0]"), runtime);

        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).containsExactly(
                "wf[0].each(0:linux)", "wf[0].each(1:arch:arm64,os:mac)", "wf[0].each(2:1)", "wf[1].after");
        NodeStatus group = node(status, "wf[0]");
        assertThat(group.children()).containsExactly(id("wf[0].each(0:linux)"), id("wf[0].each(1:arch:arm64,os:mac)"),
                id("wf[0].each(2:1)"));
        assertThat(node(status, "wf[0].each(1:arch:arm64,os:mac)").displayName()).isEqualTo("each(1:arch:arm64,os:mac)");
        assertThat(node(status, "wf[0].each(0:linux)").children()).containsExactly(id("wf[1]"));
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void withSequenceFormatsEachNumber() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        run(steps("withSequence: {start: \"3\", end: 1, format: \"v%02d\"}"), runtime);

        assertThat(runtime.launched()).extracting(LeafRequest::nodeName)
                .containsExactly("wf[0].each(0:v03)", "wf[0].each(1:v02)", "wf[0].each(2:v01)", "wf[1].after");
    }

    @Test
    void aLoopOverNothingIsSkippedAndTheStepsGoOn() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(steps("withParam: \"[]\""), runtime);

        NodeStatus each = node(status, "wf[0].each");
        assertThat(each.type()).isEqualTo(NodeType.SKIPPED);
        assertThat(each.phase()).isEqualTo(NodePhase.SKIPPED);
        assertThat(each.message()).isEqualTo("Skipped, empty params");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void aWithParamThatIsNotAJsonListErrorsTheGroupAndFailsTheSteps() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(steps("withParam: \"{not json\""), runtime);

        NodeStatus group = node(status, "wf[0]");
        assertThat(group.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(group.message()).startsWith("withParam value could not be parsed as a JSON list: {not json");
        assertThat(node(status, "wf").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(runtime.launched()).isEmpty();
    }

    @Test
    void aDagLoopIsATaskGroupThatFailsWithItsLastFailedChild() {
        ScriptedRuntime runtime = new ScriptedRuntime().onNode("wf.each(1:b)", Outcome.exit(1));
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: each, template: ok, withItems: [a, b, c]}
                      - {name: after, template: ok, dependencies: [each]}
                  - name: ok
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        NodeStatus group = node(status, "wf.each");
        assertThat(group.type()).isEqualTo(NodeType.TASK_GROUP);
        assertThat(group.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(group.children()).containsExactly(id("wf.each(0:a)"), id("wf.each(1:b)"), id("wf.each(2:c)"));
        assertThat(node(status, "wf.each(2:c)").boundaryId()).as("loop children belong to the DAG").isEqualTo("wf");
        assertThat(node(status, "wf.after").phase()).isEqualTo(NodePhase.OMITTED);
        assertThat(node(status, "wf.each(0:a)").children()).as("dependents hang under each loop child")
                .containsExactly(id("wf.after"));
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
    }

    @Test
    void aTenThousandItemFanOutCompletesWithTheInstantRuntime() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(steps("withSequence: {count: \"10000\"}"), runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(runtime.launched()).hasSize(10_001);
        assertThat(node(status, "wf[0]").children()).hasSize(10_000);
        assertThat(node(status, "wf[0].each(9999:9999)").children()).containsExactly(id("wf[1]"));
    }

    @Test
    void aSequenceOfATrillionItemsErrorsTheGroupNamingTheLimitWithoutMakingAnyItem() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(steps("withSequence: {start: \"1\", end: \"1000000000000\"}"), runtime);

        NodeStatus group = node(status, "wf[0]");
        assertThat(group.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(group.message()).isEqualTo("withSequence expands to 1000000000000 items, more than the 100000"
                + " one loop may have (each item becomes a node the run keeps); split the work into batches, for"
                + " example an outer loop over ranges whose template loops over one range");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(runtime.launched()).isEmpty();
    }

    @Test
    void aSequenceWhoseEndsLieFurtherApartThanALongCountsIsRefusedToo() {
        WorkflowStatus status = run(steps("withSequence: {start: \"-9223372036854775808\", end: \"9223372036854775807\"}"),
                new ScriptedRuntime());

        assertThat(node(status, "wf[0]").message()).startsWith("withSequence expands to 9223372036854775807 items,"
                + " more than the 100000 one loop may have");
    }

    @Test
    void aDagTaskWhoseCountIsTooBigErrorsWithTheLimit() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: each, template: ok, withSequence: {count: "100001"}}
                  - name: ok
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        assertThat(node(status, "wf.each").phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node(status, "wf.each").message()).startsWith("withSequence expands to 100001 items, more than the"
                + " 100000 one loop may have");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.ERROR);
        assertThat(runtime.launched()).isEmpty();
    }

    @Test
    void aWithParamListLongerThanTheLimitIsRefused() {
        String list = java.util.stream.IntStream.range(0, Loops.MAX_ITEMS + 1).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(steps("withParam: '" + list + "'"), runtime);

        assertThat(node(status, "wf[0]").message()).startsWith("withParam expands to 100001 items, more than the"
                + " 100000 one loop may have");
        assertThat(runtime.launched()).isEmpty();
    }

    @Test
    void aLoopOfExactlyTheLimitExpandsAndOneMoreDoesNot() throws Exception {
        java.util.List<io.jenkins.plugins.argoworkflow.engine.yaml.YNode> three =
                ((io.jenkins.plugins.argoworkflow.engine.yaml.YSeq) new io.jenkins.plugins.argoworkflow.engine.yaml.YamlLoader()
                        .loadAll("t.yaml", "[a, b, c]").get(0)).items();

        assertThat(Loops.expand(three, null, null, 3)).hasSize(3);
        assertThatThrownBy(() -> Loops.expand(three, null, null, 2)).isInstanceOf(Loops.LoopException.class)
                .hasMessageStartingWith("withItems expands to 3 items, more than the 2 one loop may have");
        assertThat(Loops.expand(java.util.List.of(), "[1,2,3]", null, 3)).hasSize(3);
        assertThatThrownBy(() -> Loops.expand(java.util.List.of(), "[1,2,3]", null, 2))
                .hasMessageStartingWith("withParam expands to 3 items");
    }
}
