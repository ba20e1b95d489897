package io.jenkins.plugins.argoworkflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine drives the local runtime as it will drive pods: whole workflows, end to end. */
class WorkflowRunTest {

    @TempDir
    Path work;

    @Test
    void stepsPassOneNodesResultToTheNextThroughRealProcesses() throws Exception {
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: wf
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: a
                        template: produce
                    - - name: b
                        template: consume
                        arguments:
                          parameters:
                          - name: message
                            value: "{{steps.a.outputs.result}}"
                  - name: produce
                    script:
                      image: python
                      command: [sh]
                      source: |
                        echo hello from a > /tmp/out
                        cat /tmp/out
                  - name: consume
                    inputs:
                      parameters:
                      - name: message
                    container:
                      image: alpine
                      command: [sh, -c, 'test ! -e /tmp/out && echo "b got: $0"', "{{inputs.parameters.message}}"]
                """);

        assertThat(status.phase()).as(status.message()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(status, "wf[1].b").outputs().result()).isEqualTo("b got: hello from a");
    }

    @Test
    void templateTimeoutFailsTheNodeAndTheWorkflow() throws Exception {
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: wf
                spec:
                  entrypoint: slow
                  templates:
                  - name: slow
                    timeout: 1s
                    container:
                      image: alpine
                      command: [sh, -c, "sleep 1716 & sleep 1716"]
                """);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(node(status, "wf").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf").message())
                .isEqualTo("Pod was active on the node longer than the specified deadline");
        assertThat(Processes.sleeping("1716")).isEmpty();
    }

    private WorkflowStatus run(String yaml) throws Exception {
        return Nodes.runWorkflow(yaml, LocalRuntimeOptions.defaults(work).withGracePeriod(Duration.ofMillis(500)));
    }

    private static NodeStatus node(WorkflowStatus status, String name) {
        return Nodes.node(status, name);
    }
}
