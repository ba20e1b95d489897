package io.jenkins.plugins.argoworkflow;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Deletes every pod of a run, found by the label each of its pods carries ({@code argo-workflow/run=<workflow>}),
 * after an aborted build's workflow has stopped: whatever its podGC keeps, an abort leaves no pod behind.
 */
final class RunPods implements Consumer<String> {

    /** The label of a run's pods (the kubernetes module's {@code KubernetesRuntime.RUN_LABEL}). */
    static final String RUN_LABEL = "argo-workflow/run";

    private final KubernetesClient client;
    private final String namespace;
    private final PrintStream log;

    RunPods(KubernetesClient client, String namespace, PrintStream log) {
        this.client = client;
        this.namespace = namespace;
        this.log = log;
    }

    /** Deletes the pods of the run {@code workflowName}; a failure is reported in the build log, not thrown. */
    @Override
    public void accept(String workflowName) {
        try {
            // One delete per pod rather than a collection delete: the Role then needs no deletecollection.
            List<Pod> pods = client.pods().inNamespace(namespace).withLabel(RUN_LABEL, workflowName).list().getItems();
            for (Pod pod : pods) {
                client.pods().inNamespace(namespace).withName(pod.getMetadata().getName()).withGracePeriod(0).delete();
            }
            log.println("[argoWorkflow] deleted the " + pods.size() + " pod(s) left of workflow " + workflowName
                    + " in namespace " + namespace);
        } catch (KubernetesClientException e) {
            log.println("[argoWorkflow] could not delete the pods of workflow " + workflowName + " in namespace "
                    + namespace + " (delete them with: kubectl delete pod -n " + namespace + " -l " + RUN_LABEL + "="
                    + workflowName + "): " + e.getMessage());
        }
    }
}
