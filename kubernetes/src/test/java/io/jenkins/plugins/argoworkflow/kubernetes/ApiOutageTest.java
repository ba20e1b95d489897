package io.jenkins.plugins.argoworkflow.kubernetes;

import static io.jenkins.plugins.argoworkflow.kubernetes.FaultHarness.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API server unreachable for 30 s while the run's pods go on: a TCP proxy between the runtime's client
 * and the mock server drops every connection and refuses new ones, while the kubelet simulator (which talks
 * to the server directly) runs the pods to their end. A node launched during the outage has its create
 * retried until the server is back. After that, the run must finish as if nothing had happened: every
 * node's end seen, in the right phase, with its outputs, each pod made once, none left.
 */
class ApiOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private KubeletSimulator kubelet;
    private TcpProxy proxy;
    private KubernetesClient client;
    private KubernetesRuntime runtime;
    private FaultHarness harness;

    @BeforeEach
    void start() throws Exception {
        kubelet = new KubeletSimulator(tmp.resolve("node"));
        URI server = URI.create(kubelet.controllerConfig().getMasterUrl());
        proxy = new TcpProxy(server.getHost(), server.getPort());
        client = new KubernetesClientBuilder().withConfig(new ConfigBuilder(kubelet.controllerConfig())
                .withMasterUrl("http://127.0.0.1:" + proxy.port() + "/").build()).build();
        runtime = new KubernetesRuntime(client, PodSettings.defaults(KubeletSimulator.NAMESPACE));
        harness = new FaultHarness(tmp, kubelet);
    }

    @AfterEach
    void stop() throws Exception {
        runtime.close();
        client.close();
        proxy.close();
        kubelet.close();
    }

    @Test
    void aRunCarriesOnAfterThirtySecondsWithoutTheApiServerAndLosesNoEvent() throws Exception {
        WorkflowRun run = harness.start(runtime, FaultHarness.workflow("outage", """
                  templates:
                    - name: main
                      steps:
                        - - {name: work-1, template: work, arguments: {parameters: [{name: num, value: '1'}]}}
                          - {name: work-2, template: work, arguments: {parameters: [{name: num, value: '2'}]}}
                          - {name: work-3, template: work, arguments: {parameters: [{name: num, value: '3'}]}}
                          - {name: delayed, template: delayed}
                        - - name: sum
                            template: sum
                            arguments:
                              parameters:
                                - {name: a, value: '{{steps.work-1.outputs.parameters.double}}'}
                                - {name: b, value: '{{steps.work-2.outputs.parameters.double}}'}
                                - {name: c, value: '{{steps.work-3.outputs.parameters.double}}'}
                    - name: work
                      inputs: {parameters: [{name: num}]}
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'sleep 8; echo $(({{inputs.parameters.num}} * 2)) > ./double.txt; echo worked']
                      outputs:
                        parameters: [{name: double, valueFrom: {path: ./double.txt}}]
                    - name: delayed
                      steps:
                        - - {name: pause, template: pause}
                        - - {name: late, template: late}
                    - name: pause
                      suspend: {duration: '8'}
                    - name: late
                      container:
                        image: alpine:3.20
                        command: [echo, made after the outage]
                    - name: sum
                      inputs: {parameters: [{name: a}, {name: b}, {name: c}]}
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'echo $(({{inputs.parameters.a}} + {{inputs.parameters.b}} + {{inputs.parameters.c}}))']
                """));
        harness.awaitTrue("the three work pods run", Duration.ofSeconds(30), () -> workPods().size() == 3
                && workPods().stream().allMatch(p -> "Running".equals(p.getStatus().getPhase())));

        proxy.cut();
        Thread.sleep(OUTAGE.toMillis()); // the fault itself: the server stays away this long
        List<String> seenDuringOutage = List.copyOf(harness.changes);
        List<String> serverPhases = workPods().stream().map(p -> p.getStatus().getPhase()).toList();
        long restored = System.nanoTime();
        proxy.restore();

        WorkflowStatus status = harness.await(run, Duration.ofSeconds(120));

        // The outage was real: the work pods ended while the controller could not see it.
        assertThat(serverPhases).containsExactly("Succeeded", "Succeeded", "Succeeded");
        assertThat(seenDuringOutage).noneMatch(c -> c.startsWith("outage[0].work-") && c.contains(" SUCCEEDED"));
        // ...and the late node's create, asked for during it, went through only after it.
        List<KubeletSimulator.Timed> creates = kubelet.timedRequests().stream()
                .filter(r -> r.controller() && r.method().equals("POST") && r.path().endsWith("/pods")).toList();
        assertThat(creates).hasSize(5);
        assertThat(creates.get(3).nanos()).isGreaterThan(restored);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(status.nodes()).allSatisfy(n -> {
            assertThat(n.phase()).as(n.name() + ": " + n.message()).isEqualTo(NodePhase.SUCCEEDED);
            assertThat(n.finishedAt()).as(n.name()).isNotNull();
        });
        for (int i = 1; i <= 3; i++) {
            NodeStatus work = node(status, "outage[0].work-" + i);
            assertThat(work.outputs().parameters()).containsExactly(new NodeIo.Parameter("double", "" + 2 * i));
            assertThat(work.outputs().result()).isEqualTo("worked");
        }
        assertThat(node(status, "outage[0].delayed[1].late").outputs().result()).isEqualTo("made after the outage");
        assertThat(node(status, "outage[1].sum").outputs().result()).isEqualTo("12");
        assertThat(kubelet.podNames()).as("each pod made once").hasSize(5);
        harness.awaitTrue("no pod of the run left", Duration.ofSeconds(30), () -> harness.leftovers("outage") == 0);
    }

    private List<Pod> workPods() {
        return harness.pods().stream().filter(p -> p.getMetadata().getName().contains("-work-")
                && p.getStatus() != null).toList();
    }
}
