package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.runLive;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A template's failFast (Argo's parallelism-step-fail-fast and parallelism-dag-fail-fast). */
class FailFastSchedulingTest {


    @Test
    void afterAFailedStepNothingNewStartsAndRunningStepsFinish() throws Exception {
        ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("fail", Outcome.exit(1).after(Duration.ofMillis(20)))
                .onTemplate("slow", Outcome.succeed().after(Duration.ofMillis(300)));
        WorkflowStatus status = runLive("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    parallelism: 2
                    failFast: true
                    steps:
                    - - {name: step1, template: fail}
                      - {name: step2, template: slow}
                      - {name: step3, template: slow}
                  - name: fail
                    container: {image: alpine, command: ["false"]}
                  - name: slow
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        assertThat(node(status, "wf[0].step1").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf[0].step2").phase()).as("it was running: it finishes").isEqualTo(NodePhase.SUCCEEDED);
        assertThat(status.nodeByName("wf[0].step3")).as("it had not started: it never does").isEmpty();
        assertThat(node(status, "wf[0]").message()).isEqualTo("template has failed or errored children and failFast enabled");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(status.message()).isEqualTo("template has failed or errored children and failFast enabled");
    }

    @Test
    void aFailFastDagStartsNoFurtherTasks() throws Exception {
        ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("fail", Outcome.exit(1).after(Duration.ofMillis(20)))
                .onTemplate("slow", Outcome.succeed().after(Duration.ofMillis(300)));
        WorkflowStatus status = runLive("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    parallelism: 2
                    failFast: true
                    dag:
                      tasks:
                      - {name: task1, template: fail}
                      - {name: task2, template: slow}
                      - {name: task3, template: slow}
                  - name: fail
                    container: {image: alpine, command: ["false"]}
                  - name: slow
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        assertThat(node(status, "wf.task1").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf.task2").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).doesNotContain("wf.task3");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(node(status, "wf").message()).isEqualTo("template has failed or errored children and failFast enabled");
    }
}
