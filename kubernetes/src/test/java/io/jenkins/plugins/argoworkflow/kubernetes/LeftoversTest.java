package io.jenkins.plugins.argoworkflow.kubernetes;

import static io.jenkins.plugins.argoworkflow.kubernetes.FaultHarness.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * However a run ends (Succeeded, Failed, stopped, terminated), with the default settings nothing labelled
 * with it is left in the namespace: not its leaf pods, not its daemon's pod, not its volumeClaimTemplate's
 * claim. The runtime is not closed first: Jenkins keeps one runtime for many runs.
 */
class LeftoversTest {

    @TempDir
    Path tmp;

    private KubeletSimulator kubelet;
    private KubernetesRuntime runtime;
    private FaultHarness harness;

    @BeforeEach
    void start() {
        kubelet = new KubeletSimulator(tmp.resolve("node"));
        runtime = new KubernetesRuntime(kubelet.controllerClient(), PodSettings.defaults(KubeletSimulator.NAMESPACE));
        harness = new FaultHarness(tmp, kubelet);
    }

    @AfterEach
    void stop() {
        runtime.close();
        kubelet.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "success   | echo ok      | Succeeded",
        "failure   | exit 3       | Failed",
        "stop      | sleep 600    | Failed",
        "terminate | sleep 600    | Failed"})
    void noPodOrClaimOfTheRunIsLeftHoweverItEnds(String ending, String command, String phase) throws Exception {
        String name = "leftover-" + ending;
        WorkflowRun run = harness.start(runtime, FaultHarness.workflow(name, """
                  volumeClaimTemplates:
                    - metadata: {name: work}
                      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                  templates:
                    - name: main
                      steps:
                        - - {name: server, template: server}
                        - - {name: work, template: work}
                        - - {name: after, template: work}
                    - name: server
                      daemon: true
                      metadata: {annotations: {sim/live-main: 'true'}}
                      container:
                        image: alpine:3.20
                        command: [sleep, '600']
                    - name: work
                      container:
                        image: alpine:3.20
                        command: [sh, -c, '%s']
                        volumeMounts: [{name: work, mountPath: /work}]
                """.formatted(command)));
        harness.awaitTrue("the work pod runs", Duration.ofSeconds(30), () -> harness.pods().stream()
                .anyMatch(p -> p.getMetadata().getName().contains("-work-") && p.getStatus() != null
                        && "Running".equals(p.getStatus().getPhase())));
        switch (ending) {
            case "stop" -> run.stop();
            case "terminate" -> run.terminate();
            default -> {
            }
        }

        WorkflowStatus status = harness.await(run, Duration.ofSeconds(60));

        assertThat(status.phase()).isEqualTo(WorkflowPhase.valueOf(phase.toUpperCase(java.util.Locale.ROOT)));
        assertThat(node(status, name + "[0].server").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(kubelet.podNames()).as("the daemon's and the work's pods were made").hasSizeGreaterThanOrEqualTo(2);
        assertThat(kubelet.requests()).contains("POST /api/v1/namespaces/test/persistentvolumeclaims");
        harness.awaitTrue("no pod or claim labelled with the run", Duration.ofSeconds(30),
                () -> harness.leftovers(name) == 0);
    }
}
