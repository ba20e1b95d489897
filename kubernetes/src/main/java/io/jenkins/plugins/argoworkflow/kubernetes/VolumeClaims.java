package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The claims of a workflow's {@code volumeClaimTemplates}, as Argo's {@code createPVCs} and {@code deletePVCs}
 * handle them ({@code workflow/controller/operator.go}): each named {@code <workflow>-<name>}, created once per
 * run before the first pod that mounts it, deleted when the run ends unless {@code volumeClaimGC} is
 * {@code OnWorkflowSuccess} and the run did not succeed.
 */
final class VolumeClaims {

    private final KubernetesClient client;
    private final String namespace;
    private final ApiRetry retry;
    /** The claims made (or found made, by a recovered run) per run. */
    private final Map<String, Set<String>> made = new ConcurrentHashMap<>();

    VolumeClaims(KubernetesClient client, String namespace, ApiRetry retry) {
        this.client = client;
        this.namespace = namespace;
        this.retry = retry;
    }

    static String claimName(String workflow, String template) {
        return workflow + "-" + template;
    }

    /** The spec's volumeClaimTemplates as claims, named as their template. */
    static List<PersistentVolumeClaim> templates(WorkflowSpec spec) {
        return spec == null ? List.of() : PodManifest.convertAll(spec.volumeClaimTemplates(), PersistentVolumeClaim.class);
    }

    /**
     * Creates the claims {@code pod} mounts that the run has not made yet; a claim that exists already (the
     * run was recovered) is taken as made.
     *
     * @throws KubernetesClientException when one cannot be created (retried as {@link ApiRetry} says)
     * @throws InterruptedException when the thread is interrupted while it waits to retry
     */
    void ensure(String workflow, WorkflowSpec spec, Pod pod) throws InterruptedException {
        Set<String> claims = made.computeIfAbsent(workflow, w -> ConcurrentHashMap.newKeySet());
        for (PersistentVolumeClaim template : templates(spec)) {
            String name = claimName(workflow, template.getMetadata().getName());
            boolean mounted = pod.getSpec().getVolumes().stream().map(Volume::getPersistentVolumeClaim)
                    .anyMatch(c -> c != null && name.equals(c.getClaimName()));
            if (!mounted) {
                continue;
            }
            synchronized (claims) {
                if (claims.contains(name)) {
                    continue;
                }
                PersistentVolumeClaim claim = new PersistentVolumeClaimBuilder(template).editMetadata().withName(name)
                        .withNamespace(namespace).addToLabels(KubernetesRuntime.RUN_LABEL, workflow).endMetadata()
                        .build();
                try {
                    retry.call("creating persistent volume claim " + name,
                            () -> client.persistentVolumeClaims().inNamespace(namespace).resource(claim).create());
                } catch (KubernetesClientException e) {
                    if (!ApiRetry.alreadyExists(e)) {
                        throw e;
                    }
                }
                claims.add(name);
            }
        }
    }

    /**
     * Deletes the run's claims as {@code spec.volumeClaimGC} says: every claim the spec names, also those a
     * recovered run made before this process, so that none is left behind.
     *
     * @return the claims deleted
     */
    List<String> runEnded(String workflow, WorkflowSpec spec, WorkflowPhase phase) {
        made.remove(workflow);
        String strategy = spec == null || spec.volumeClaimGC() == null || spec.volumeClaimGC().strategy() == null ? ""
                : spec.volumeClaimGC().strategy();
        if ("OnWorkflowSuccess".equals(strategy) && phase != WorkflowPhase.SUCCEEDED) {
            return List.of();
        }
        List<String> deleted = new ArrayList<>();
        for (PersistentVolumeClaim template : templates(spec)) {
            String name = claimName(workflow, template.getMetadata().getName());
            try {
                if (!retry.call("deleting persistent volume claim " + name,
                        () -> client.persistentVolumeClaims().inNamespace(namespace).withName(name).delete()).isEmpty()) {
                    deleted.add(name);
                }
            } catch (KubernetesClientException e) {
                System.getLogger(VolumeClaims.class.getName()).log(System.Logger.Level.WARNING,
                        "persistent volume claim " + name + " could not be deleted and is left: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return deleted;
            }
        }
        return deleted;
    }
}
