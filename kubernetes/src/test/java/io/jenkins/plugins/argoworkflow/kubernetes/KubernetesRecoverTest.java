package io.jenkins.plugins.argoworkflow.kubernetes;

import static io.jenkins.plugins.argoworkflow.kubernetes.KubeHarness.node;
import static io.jenkins.plugins.argoworkflow.kubernetes.KubeHarness.root;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.Journal;
import io.jenkins.plugins.argoworkflow.engine.schedule.JournalEntry;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run on the Kubernetes runtime whose controller crashes mid-run and is recovered from its journal, as
 * {@code argowf recover} does it: the running pod is adopted by its labels, no pod is created twice, the nodes
 * that ended keep their outputs, and the run ends Succeeded.
 */
class KubernetesRecoverTest {

    @TempDir
    Path tmp;

    private KubeHarness k8s;
    private Path gate;

    @BeforeEach
    void start() {
        k8s = new KubeHarness(tmp);
        gate = Path.of("/tmp", "argowf-k8s-recover-" + UUID.randomUUID());
    }

    @AfterEach
    void stop() throws Exception {
        k8s.close();
        Files.deleteIfExists(gate);
    }

    @Test
    void aRecoveredRunAdoptsItsRunningPodAndEndsSucceededWithoutASecondPod() throws Exception {
        String yaml = KubernetesArtifactsTest.workflow("""
                  templates:
                    - name: main
                      steps:
                        - - {name: first, template: first}
                        - - {name: second, template: second}
                        - - name: third
                            template: third
                            arguments: {parameters: [{name: got, value: '{{steps.first.outputs.parameters.word}}'}]}
                    - name: first
                      container: {image: alpine:3.20, command: [sh, -c, 'echo -n hello > /tmp/word-$$; cat /tmp/word-$$ > ./word; rm /tmp/word-$$']}
                      outputs: {parameters: [{name: word, valueFrom: {path: ./word}}]}
                    - name: second
                      container: {image: alpine:3.20, command: [sh, -c, 'while [ ! -e GATE ]; do sleep 0.1; done; echo two']}
                    - name: third
                      inputs: {parameters: [{name: got}]}
                      container: {image: alpine:3.20, command: [echo, 'third got {{inputs.parameters.got}}']}
                """).replace("GATE", gate.toString());
        Fixtures.Loaded loaded = Fixtures.load(k8s.write(yaml));
        // A snapshot every 2 entries: the journal recovered from is a snapshot plus a segment.
        Journal journal = Journal.inStateDir(tmp, 2);
        WorkflowRun run = WorkflowRun.start(loaded.workflow(), loaded.store(), k8s.runtime,
                new RunOptions("k8s", Clock.systemUTC(), new RunListener() {
                }, journal));
        k8s.awaitPods("the second step's pod running", pods -> pods.stream().anyMatch(p -> "Running".equals(
                PodOutcome.phase(p)) && p.getMetadata().getAnnotations().get(PodManifest.NODE_NAME_ANNOTATION)
                        .equals("k8s[1].second")));

        // The crash: nothing reports on the pods any more, nothing deletes them, the run's loop is gone.
        k8s.runtime.abandon();
        run.close();
        journal.close();
        assertThat(run.completion()).isNotDone();

        k8s.runtime = new KubernetesRuntime(k8s.kubelet.controllerClient(),
                PodSettings.defaults(KubeletSimulator.NAMESPACE));
        assertThat(tmp.resolve(Journal.SNAPSHOT_FILE)).isNotEmptyFile();
        List<JournalEntry> recorded = Journal.readStateDir(tmp);
        WorkflowStatus status;
        try (Journal appending = Journal.inStateDir(tmp, 2);
                WorkflowRun recovered = WorkflowRun.recover(loaded.workflow(), loaded.store(), k8s.runtime,
                        new RunOptions("k8s", Clock.systemUTC(), new RunListener() {
                        }, appending), recorded)) {
            Files.createFile(gate); // the second step's command goes on and ends
            status = recovered.completion().get(60, TimeUnit.SECONDS);
        }

        assertThat(root(status).phase()).as(root(status).message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "k8s[0].first").outputs().parameters())
                .containsExactly(new NodeIo.Parameter("word", "hello"));
        assertThat(node(status, "k8s[1].second").outputs().result()).isEqualTo("two");
        assertThat(node(status, "k8s[2].third").outputs().result()).isEqualTo("third got hello");
        assertThat(k8s.podCreates()).as("one pod per step, none twice").isEqualTo(3);
        k8s.awaitPods("all pods deleted", List::isEmpty);
    }
}
