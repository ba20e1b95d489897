package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import org.junit.jupiter.api.Test;

/** Outputs of skipped producers, with Argo v4's absent-optional rules. */
class SkippedOutputsTest {

    private static String workflow(String producerDefault, String consumerDefault, String argument) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: make, template: make, when: "1 == 2"}
                    - - name: use
                        template: use
                        arguments: {parameters: [{name: v, value: "ARG"}]}
                  - name: make
                    outputs: {parameters: [{name: out, valueFrom: {path: /tmp/out PRODUCER}}]}
                    container: {image: alpine, command: ["true"]}
                  - name: use
                    inputs: {parameters: [{name: v CONSUMER}]}
                    container: {image: alpine, command: [echo, "{{inputs.parameters.v}}"]}
                """.replace(" PRODUCER", producerDefault).replace(" CONSUMER", consumerDefault).replace("ARG", argument);
    }

    @Test
    void aSkippedProducersDefaultStandsForItsOutput() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        run(workflow(", default: fallback", "", "{{steps.make.outputs.parameters.out}}"), runtime);

        assertThat(runtime.launched().get(0).template().container().command()).containsExactly("echo", "fallback");
    }

    @Test
    void anArgumentThatIsOnlyAnAbsentOutputLetsTheInputDefaultApply() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        run(workflow("", ", default: mine", "{{steps.make.outputs.parameters.out}}"), runtime);

        assertThat(runtime.launched().get(0).template().container().command()).containsExactly("echo", "mine");
    }

    @Test
    void withNoDefaultAnywhereTheConsumerErrs() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(workflow("", "", "{{steps.make.outputs.parameters.out}}"), runtime);

        NodeStatus use = node(status, "wf[1].use");
        assertThat(use.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(use.message()).isEqualTo(
                "inputs.parameters.v: argument references an absent optional (skipped/omitted node output with no default)");
        assertThat(runtime.launched()).isEmpty();
    }

    @Test
    void anAbsentOutputInsideLongerTextIsAnError() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(workflow("", ", default: mine", "got {{steps.make.outputs.parameters.out}}"), runtime);

        assertThat(node(status, "wf[1].use").phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node(status, "wf[1].use").message()).contains("absent optional");
    }
}
