package io.jenkins.plugins.argoworkflow.kubernetes;

import static io.jenkins.plugins.argoworkflow.kubernetes.KubeHarness.root;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Argo's podGC strategies on the Kubernetes runtime, counted by the pods a run leaves: one step that succeeds
 * (label {@code keep: no}) beside one that fails ({@code keep: yes}), or two that succeed one after the other.
 */
class PodGcTest {

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
    void withoutPodGcEveryPodIsDeletedWhenItsNodeEnds() throws Exception {
        assertThat(root(k8s.run(okAndBad(""))).phase()).isEqualTo(NodePhase.FAILED);
        assertThat(podsLeft()).isEmpty();
    }

    @Test
    void onPodCompletionDeletesFailedAndSucceededPods() throws Exception {
        k8s.run(okAndBad("podGC: {strategy: OnPodCompletion}"));
        assertThat(podsLeft()).isEmpty();
    }

    @Test
    void onPodSuccessKeepsTheFailedPod() throws Exception {
        k8s.run(okAndBad("podGC: {strategy: OnPodSuccess}"));
        assertThat(podsLeft()).containsExactly("bad");
    }

    @Test
    void onWorkflowCompletionDeletesThePodsOnlyWhenTheRunEnds() throws Exception {
        WorkflowStatus status = k8s.run(twoInARow("podGC: {strategy: OnWorkflowCompletion}"));

        assertThat(root(status).phase()).isEqualTo(NodePhase.SUCCEEDED);
        k8s.awaitPods("all pods deleted", List::isEmpty);
        List<String> requests = k8s.kubelet.requests();
        int secondCreate = requests.lastIndexOf("POST /api/v1/namespaces/test/pods");
        assertThat(requests.stream().filter(r -> r.startsWith("DELETE /api/v1/namespaces/test/pods/")))
                .hasSize(2).allMatch(delete -> requests.indexOf(delete) > secondCreate);
    }

    @Test
    void onWorkflowSuccessKeepsThePodsOfAFailedRunAndDeletesThoseOfASucceededOne() throws Exception {
        k8s.run(okAndBad("podGC: {strategy: OnWorkflowSuccess}"));
        assertThat(podsLeft()).containsExactlyInAnyOrder("ok", "bad");
        k8s.kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).withGracePeriod(0).delete();
        k8s.awaitPods("no pods", List::isEmpty);

        assertThat(root(k8s.run(twoInARow("podGC: {strategy: OnWorkflowSuccess}"))).phase())
                .isEqualTo(NodePhase.SUCCEEDED);
        k8s.awaitPods("all pods deleted", List::isEmpty);
    }

    @Test
    void aLabelSelectorLimitsWhichPodsAreDeleted() throws Exception {
        k8s.run(okAndBad("podGC: {strategy: OnPodCompletion, labelSelector: {matchLabels: {keep: 'no'}}}"));
        assertThat(podsLeft()).containsExactly("bad");
    }

    @Test
    void aLabelSelectorsExpressionsAreHonoured() throws Exception {
        k8s.run(okAndBad("podGC: {strategy: OnPodCompletion, labelSelector: {matchExpressions:"
                + " [{key: keep, operator: NotIn, values: ['yes']}]}}"));
        assertThat(podsLeft()).containsExactly("bad");
    }

    @Test
    void deleteDelayDurationDelaysTheDeleteAndClosingTheRuntimeDeletesAtOnce() throws Exception {
        k8s.run(okAndBad("podGC: {strategy: OnPodCompletion, deleteDelayDuration: 1h}"));
        assertThat(podsLeft()).containsExactlyInAnyOrder("ok", "bad");

        k8s.runtime.close();
        assertThat(podsLeft()).isEmpty();
    }

    @Test
    void aShortDeleteDelayPassesAndThePodsGo() throws Exception {
        k8s.run(okAndBad("podGC: {strategy: OnPodCompletion, deleteDelayDuration: 300ms}"));
        k8s.awaitPods("all pods deleted after the delay", List::isEmpty);
    }

    /** The steps' names (the template's {@code step} label) of the pods still there. */
    private List<String> podsLeft() {
        return k8s.pods().stream().map(Pod::getMetadata).map(m -> m.getLabels().get("step")).toList();
    }

    private static String okAndBad(String podGc) {
        return KubernetesArtifactsTest.workflow("""
                  %s
                  templates:
                    - name: main
                      steps:
                        - - {name: ok, template: ok}
                          - {name: bad, template: bad}
                    - name: ok
                      metadata: {labels: {keep: 'no', step: ok}}
                      container: {image: alpine:3.20, command: ['true']}
                    - name: bad
                      metadata: {labels: {keep: 'yes', step: bad}}
                      container: {image: alpine:3.20, command: ['false']}
                """.formatted(podGc));
    }

    private static String twoInARow(String podGc) {
        return KubernetesArtifactsTest.workflow("""
                  %s
                  templates:
                    - name: main
                      steps:
                        - - {name: first, template: ok}
                        - - {name: second, template: ok}
                    - name: ok
                      metadata: {labels: {step: ok}}
                      container: {image: alpine:3.20, command: ['true']}
                """.formatted(podGc));
    }
}
