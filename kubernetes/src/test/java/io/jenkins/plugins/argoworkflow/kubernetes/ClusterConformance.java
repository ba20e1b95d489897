package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.argoworkflow.engine.conformance.ConformanceRunner;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.spi.MemoryArtifactStore;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The corpus run on the Kubernetes runtime, for a real cluster and for the mock server with the kubelet
 * simulator alike: each run of a row gets a runtime of its own over the cluster, whose runs keep their
 * artifacts in memory (as {@code argowf run} keeps them on its machine); resource templates are allowed (the
 * corpus has rows with them, and the namespace is the tests'). Runs are named as Argo names them, so that rows
 * sharing a {@code generateName} do not share pods; a row with a fixed name first has the pods of an earlier
 * run of that name deleted (a run killed midway leaves its pods). {@link #deleteRunPods} removes the pods of
 * the suite's runs that are left (the runtime deletes a pod when its node ends unless podGC says otherwise).
 */
final class ClusterConformance {

    /** The characters of Argo's generated name suffixes (no vowels: no words by chance). */
    private static final String SUFFIX_CHARS = "bcdfghjklmnpqrstvwxz2456789";

    private final KubernetesClient client;
    private final String namespace;
    private final Set<String> names = ConcurrentHashMap.newKeySet();

    /** @param client a client of the cluster, for deleting pods beside the runtime */
    ClusterConformance(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /** A runner over the runtimes {@code runtimes} makes, with the images of {@code ARGOWF_E2E_IMAGES}. */
    ConformanceRunner runner(String label, int parallelRows, Duration rowDeadline,
            Supplier<KubernetesRuntime> runtimes, ImageOverrides images) {
        ConformanceRunner runner = new ConformanceRunner(label, parallelRows, rowDeadline, (name, rowDir) -> {
            deleteRunPods(name);
            KubernetesRuntime runtime = runtimes.get();
            runtime.setDefaultArtifactStore(new MemoryArtifactStore());
            return runtime;
        }).withNaming(this::name);
        return images.images().isEmpty() ? runner : runner.withSource(images::apply);
    }

    /** {@code metadata.name}, else {@code generateName} and five random characters, as Argo names workflows. */
    String name(Workflow workflow) {
        String name = workflow.metadata().name();
        if (name == null || name.isEmpty()) {
            String prefix = workflow.metadata().generateName();
            StringBuilder b = new StringBuilder(prefix == null || prefix.isEmpty() ? "workflow-" : prefix);
            for (int i = 0; i < 5; i++) {
                b.append(SUFFIX_CHARS.charAt(ThreadLocalRandom.current().nextInt(SUFFIX_CHARS.length())));
            }
            name = b.toString();
        }
        names.add(name);
        return name;
    }

    /** Deletes the pods of run {@code name} (as its label says) and waits up to a minute until they are gone. */
    void deleteRunPods(String name) {
        var pods = client.pods().inNamespace(namespace).withLabel(KubernetesRuntime.RUN_LABEL, name);
        if (pods.list().getItems().isEmpty()) {
            return;
        }
        pods.withGracePeriod(0).delete();
        pods.informOnCondition(list -> list.isEmpty()).orTimeout(1, TimeUnit.MINUTES).join();
    }

    /** Deletes the pods of every run named so far that are left (a podGC strategy keeps some until the run ends). */
    void deleteRunPods() {
        names.forEach(name -> client.pods().inNamespace(namespace).withLabel(KubernetesRuntime.RUN_LABEL, name)
                .withGracePeriod(0).delete());
    }
}
