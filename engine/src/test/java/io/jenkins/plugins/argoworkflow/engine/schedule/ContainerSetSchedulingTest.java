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
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import org.junit.jupiter.api.Test;

/** containerSet templates as Argo lays them out: one Pod node with a graph of Container nodes inside it. */
class ContainerSetSchedulingTest {

    private static final String GRAPH = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: wf}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - {name: set, template: set, arguments: {parameters: [{name: word, value: hi}]}}
                - - {name: after, template: after}
              - name: set
                inputs: {parameters: [{name: word}]}
                containerSet:
                  containers:
                  - {name: a, image: alpine, command: [echo, "{{inputs.parameters.word}}"]}
                  - {name: b, image: alpine, command: ["true"], dependencies: [a]}
                  - {name: c, image: alpine, command: ["true"], dependencies: [a]}
                  - {name: d, image: alpine, command: ["true"], dependencies: [b, c]}
              - name: after
                container: {image: alpine, command: ["true"]}
            """;

    @Test
    void containersBecomeNodesLinkedAlongTheirDependenciesInsideThePod() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(GRAPH, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        NodeStatus pod = node(status, "wf[0].set");
        assertThat(pod.type()).isEqualTo(NodeType.POD);
        assertThat(pod.children()).containsExactly(id("wf[0].set.a"));
        assertThat(node(status, "wf[0].set.a").children()).containsExactly(id("wf[0].set.b"), id("wf[0].set.c"));
        assertThat(node(status, "wf[0].set.b").children()).containsExactly(id("wf[0].set.d"));
        assertThat(node(status, "wf[0].set.c").children()).containsExactly(id("wf[0].set.d"));
        for (String c : new String[] {"a", "b", "c", "d"}) {
            NodeStatus container = node(status, "wf[0].set." + c);
            assertThat(container.type()).isEqualTo(NodeType.CONTAINER);
            assertThat(container.boundaryId()).isEqualTo(pod.id());
            assertThat(container.displayName()).isEqualTo(c);
            assertThat(container.phase()).isEqualTo(NodePhase.SUCCEEDED);
        }
        assertThat(node(status, "wf[0].set.d").children()).as("the next step group hangs under the set's last container")
                .containsExactly(id("wf[1]"));
        assertThat(runtime.launched()).hasSize(2);
        assertThat(runtime.launched().get(0).template().containerSet().containers().get(0).container().command())
                .as("the containers' fields are substituted").containsExactly("echo", "hi");
    }

    @Test
    void failedContainerFailsThePodAndContainersStillRunningFailWithArgosMessage() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("set", Outcome.exit(2));
        WorkflowStatus status = run(GRAPH, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(node(status, "wf[0].set").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf[0].set.a").message()).isEqualTo("a: Error (exit code 2)");
        assertThat(node(status, "wf[0].set.d").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf[0].set.d").message()).isEqualTo(ContainerSets.POD_FAILED);
        assertThat(status.nodeByName("wf[1].after")).isEmpty();
    }
}
