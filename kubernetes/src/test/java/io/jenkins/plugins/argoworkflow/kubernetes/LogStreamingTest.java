package io.jenkins.plugins.argoworkflow.kubernetes;

import static io.jenkins.plugins.argoworkflow.kubernetes.KubeHarness.node;
import static io.jenkins.plugins.argoworkflow.kubernetes.KubeHarness.root;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateDir;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateRecorder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** main's log on the Kubernetes runtime: streamed into the run, and kept per node after the pods are gone. */
class LogStreamingTest {

    @TempDir
    Path tmp;

    private KubeHarness k8s;

    @BeforeEach
    void start() {
        k8s = new KubeHarness(tmp);
    }

    @AfterEach
    void stop() {
        k8s.close();
    }

    @Test
    void mainsLinesReachTheListenerWhileMainStillRuns() throws Exception {
        k8s.runtime.close();
        k8s.runtime = new KubernetesRuntime(k8s.kubelet.liveLogClient(), PodSettings.defaults(KubeletSimulator.NAMESPACE));
        Path gate = Path.of("/tmp", "argowf-k8s-log-" + java.util.UUID.randomUUID());
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            // main prints a line (after the log request is under way), then waits until the test has seen it: only
            // a log that is live lets it end.
            var run = k8s.start(KubernetesArtifactsTest.workflow("""
                      templates:
                        - name: main
                          metadata: {annotations: {sim/live-main: 'true'}}
                          container:
                            image: alpine:3.20
                            command: [sh, -c, 'sleep 0.5; echo before; while [ ! -e GATE ]; do sleep 0.05; done; echo after']
                    """.replace("GATE", gate.toString())), KubeHarness.options(new RunListener() {
                @Override
                public void log(io.jenkins.plugins.argoworkflow.engine.run.NodeStatus node, String line) {
                    lines.add(line);
                }
            }));
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!lines.contains("before")) {
                if (System.nanoTime() > until) {
                    throw new AssertionError("main's first line did not arrive while main ran: " + lines + "\n"
                            + k8s.kubelet.describe());
                }
                Thread.sleep(20);
            }
            assertThat(run.completion()).as("the node still runs").isNotDone();
            assertThat(k8s.pods()).singleElement().satisfies(p -> assertThat(PodOutcome.completed(p)).isFalse());
            java.nio.file.Files.createFile(gate);

            WorkflowStatus status = run.completion().get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(root(status).phase()).isEqualTo(NodePhase.SUCCEEDED);
            assertThat(lines).containsExactly("before", "after");
        } finally {
            java.nio.file.Files.deleteIfExists(gate);
        }
    }

    @Test
    void aLogStreamThatBreaksOffIsReadOnFromWhereItWasEachLineOnce() throws Exception {
        k8s.runtime.close();
        k8s.runtime = new KubernetesRuntime(k8s.kubelet.liveLogClient(), PodSettings.defaults(KubeletSimulator.NAMESPACE));
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        // Bursts of lines written at once (so that several share a time), the stream dropped twice on the way.
        var run = k8s.start(KubernetesArtifactsTest.workflow("""
                  templates:
                    - name: main
                      metadata: {annotations: {sim/live-main: 'true'}}
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'sleep 0.5; for i in $(seq 1 40); do echo "line $i a"; echo "line $i b"; sleep 0.1; done; printf "no newline"']
                """), KubeHarness.options(new RunListener() {
            @Override
            public void log(io.jenkins.plugins.argoworkflow.engine.run.NodeStatus node, String line) {
                lines.add(line);
            }
        }));
        int dropped = 0;
        for (String seen : List.of("line 5 b", "line 20 a")) {
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!lines.contains(seen)) {
                assertThat(System.nanoTime()).as("'%s' arrived: %s", seen, lines).isLessThan(until);
                Thread.sleep(10);
            }
            dropped += k8s.kubelet.dropLogStreams();
        }

        WorkflowStatus status = run.completion().get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(root(status).phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(dropped).as("streams dropped").isEqualTo(2);
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            expected.add("line " + i + " a");
            expected.add("line " + i + " b");
        }
        expected.add("no newline");
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(k8s.kubelet.relayedLogRequests()).as("the log read on with sinceTime after each drop").hasSize(3)
                .allMatch(r -> r.contains("timestamps=true")).filteredOn(r -> r.contains("sinceTime=")).hasSize(2);
    }

    @Test
    void eachNodesLogStaysRetrievableFromTheStateDirectoryAfterItsPodIsDeleted() throws Exception {
        Path state = tmp.resolve("state");
        WorkflowStatus status;
        // What argowf run --state-dir records (RunCommand): the StateRecorder in front of the console.
        try (StateRecorder recorder = new StateRecorder(state, "k8s", new RunListener() {
        })) {
            var run = k8s.start(KubernetesArtifactsTest.workflow("""
                      templates:
                        - name: main
                          steps:
                            - - {name: one, template: say, arguments: {parameters: [{name: word, value: first}]}}
                            - - {name: two, template: say, arguments: {parameters: [{name: word, value: second}]}}
                        - name: say
                          inputs: {parameters: [{name: word}]}
                          container:
                            image: alpine:3.20
                            command: [sh, -c, 'echo "{{inputs.parameters.word}} line 1"; echo "{{inputs.parameters.word}} line 2" >&2']
                    """), KubeHarness.options(recorder));
            recorder.attach(run::statusJson);
            status = run.completion().get(60, java.util.concurrent.TimeUnit.SECONDS);
        }

        assertThat(root(status).phase()).isEqualTo(NodePhase.SUCCEEDED);
        k8s.awaitPods("all pods deleted", List::isEmpty);
        StateDir dir = new StateDir(state);
        // stdout passes through emissary's tee for the result, so its order against stderr is not kept.
        assertThat(dir.log(node(status, "k8s[0].one").id(), 0).text().split("\n"))
                .containsExactlyInAnyOrder("first line 1", "first line 2");
        assertThat(dir.log(node(status, "k8s[1].two").id(), 0).text().split("\n"))
                .containsExactlyInAnyOrder("second line 1", "second line 2");
    }
}
