package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Deleting an aborted run's pods, against fabric8's mock API server in CRUD mode. */
@EnableKubernetesMockClient(crud = true)
class RunPodsTest {

    KubernetesClient client;

    @Test
    void deletesEveryPodOfTheRunAndNoOther() {
        create("builds", "release-a", "release");
        create("builds", "release-b", "release");
        create("builds", "other-a", "other");
        create("elsewhere", "release-c", "release");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        new RunPods(client, "builds", new PrintStream(log, true, StandardCharsets.UTF_8)).accept("release");

        assertThat(client.pods().inNamespace("builds").list().getItems()).extracting(p -> p.getMetadata().getName())
                .containsExactly("other-a");
        assertThat(client.pods().inNamespace("elsewhere").list().getItems()).hasSize(1);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("deleted the 2 pod(s) left of workflow release");
    }

    private void create(String namespace, String name, String run) {
        Pod pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace)
                .addToLabels(RunPods.RUN_LABEL, run).endMetadata().build();
        client.pods().inNamespace(namespace).resource(pod).create();
    }
}
