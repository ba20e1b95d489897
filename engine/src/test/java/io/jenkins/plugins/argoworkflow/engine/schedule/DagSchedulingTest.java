package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.id;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class DagSchedulingTest {

    /** A diamond: a, then b and c, then d. */
    private static final String DIAMOND = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: wf}
            spec:
              entrypoint: main
              templates:
              - name: main
                dag:
                  TARGET
                  tasks:
                  - {name: a, template: ok}
                  - {name: b, template: B, dependencies: [a] CONTINUE}
                  - {name: c, template: ok, dependencies: [a]}
                  - {name: d, template: ok, dependencies: [b, c]}
              - name: ok
                container: {image: alpine, command: ["true"]}
              - name: B
                container: {image: alpine, command: ["true"]}
            """;

    private static String diamond(String target, String continueOn) {
        return DIAMOND.replace("TARGET", target).replace(" CONTINUE", continueOn.isEmpty() ? "" : ", " + continueOn);
    }

    @Test
    void tasksRunAfterTheirDependenciesAndHangUnderThem() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(diamond("", ""), runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        List<String> order = runtime.launched().stream().map(LeafRequest::nodeName).toList();
        assertThat(order).containsExactly("wf.a", "wf.b", "wf.c", "wf.d");
        NodeStatus dag = node(status, "wf");
        assertThat(dag.type()).isEqualTo(NodeType.DAG);
        assertThat(dag.children()).as("only root tasks hang under the DAG").containsExactly(id("wf.a"));
        assertThat(node(status, "wf.a").children()).containsExactly(id("wf.b"), id("wf.c"));
        assertThat(node(status, "wf.b").children()).containsExactly(id("wf.d"));
        assertThat(node(status, "wf.c").children()).containsExactly(id("wf.d"));
        assertThat(node(status, "wf.d").displayName()).isEqualTo("d");
        assertThat(node(status, "wf.d").boundaryId()).isEqualTo("wf");
        assertThat(dag.outboundNodes()).containsExactly(id("wf.d"));
    }

    @Test
    void aFailedTaskOmitsItsDependentsAndFailsTheDagWithoutAMessage() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("B", Outcome.exit(1));
        WorkflowStatus status = run(diamond("", ""), runtime);

        NodeStatus d = node(status, "wf.d");
        assertThat(d.type()).isEqualTo(NodeType.SKIPPED);
        assertThat(d.phase()).isEqualTo(NodePhase.OMITTED);
        assertThat(d.message()).isEqualTo("omitted: depends condition not met");
        assertThat(node(status, "wf.c").phase()).as("independent branches still run").isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "wf").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf").message()).isNull();
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(status.message()).as("Argo gives a failed DAG no message").isNull();
        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).doesNotContain("wf.d");
    }

    @Test
    void anErrorTravelsDownTheBranchToTheDag() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("B", Outcome.error("pod deleted"));
        WorkflowStatus status = run(diamond("", ""), runtime);

        assertThat(node(status, "wf").phase()).as("the omitted target inherits Error").isEqualTo(NodePhase.ERROR);
        assertThat(status.phase()).isEqualTo(WorkflowPhase.ERROR);
    }

    @Test
    void continueOnLetsDependentsRun() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("B", Outcome.exit(1));
        WorkflowStatus status = run(diamond("", "continueOn: {failed: true}"), runtime);

        assertThat(node(status, "wf.b").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf.d").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void onlyTargetsAndWhatTheyNeedRun() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(diamond("target: c", ""), runtime);

        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).containsExactly("wf.a", "wf.c");
        assertThat(status.nodeByName("wf.b")).isEmpty();
        assertThat(node(status, "wf").outboundNodes()).containsExactly(id("wf.c"));
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void nestedTemplatesBecomeTheirOwnBoundaries() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: inner, template: diamond}
                    - - {name: after, template: ok}
                  - name: diamond
                    dag:
                      tasks:
                      - {name: p, template: ok}
                      - {name: q, template: ok, dependencies: [p]}
                  - name: ok
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        assertThat(runtime.launched()).extracting(LeafRequest::nodeName)
                .containsExactly("wf[0].inner.p", "wf[0].inner.q", "wf[1].after");
        NodeStatus inner = node(status, "wf[0].inner");
        assertThat(inner.type()).isEqualTo(NodeType.DAG);
        assertThat(inner.boundaryId()).isEqualTo("wf");
        assertThat(node(status, "wf[0].inner.q").boundaryId()).isEqualTo(inner.id());
        assertThat(node(status, "wf[0].inner.q").displayName()).isEqualTo("q");
        assertThat(inner.outboundNodes()).containsExactly(id("wf[0].inner.q"));
        assertThat(node(status, "wf[0].inner.q").children()).as("the next group hangs under the DAG's outbound node")
                .containsExactly(id("wf[1]"));
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void aTenThousandTaskChainCompletesWithTheInstantRuntime() {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: ok
                    container: {image: alpine, command: ["true"]}
                  - name: main
                    dag:
                      tasks:
                      - {name: t0, template: ok}
                """);
        for (int i = 1; i < 10_000; i++) {
            yaml.append("      - {name: t").append(i).append(", template: ok, dependencies: [t").append(i - 1).append("]}\n");
        }
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(yaml.toString(), runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(runtime.launched()).hasSize(10_000);
        assertThat(runtime.launched().get(9_999).nodeName()).isEqualTo("wf.t9999");
        assertThat(status.nodes()).hasSize(10_001);
    }
}
