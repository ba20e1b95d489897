package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Argo's WorkflowSpec, shared by Workflow, WorkflowTemplate and ClusterWorkflowTemplate. Kubernetes pod
 * settings (volumes, affinity, tolerations, securityContext...) are kept as written.
 */
public record WorkflowSpec(
        List<Template> templates,
        String entrypoint,
        Arguments arguments,
        String serviceAccountName,
        Boolean automountServiceAccountToken,
        ExecutorConfig executor,
        List<YNode> volumes,
        List<YNode> volumeClaimTemplates,
        Long parallelism,
        ArtifactRepositoryRef artifactRepositoryRef,
        Boolean suspend,
        Map<String, String> nodeSelector,
        YNode affinity,
        List<YNode> tolerations,
        List<YNode> imagePullSecrets,
        Boolean hostNetwork,
        String dnsPolicy,
        YNode dnsConfig,
        String onExit,
        TTLStrategy ttlStrategy,
        Long activeDeadlineSeconds,
        Long priority,
        String schedulerName,
        PodGC podGC,
        String podPriorityClassName,
        List<YNode> hostAliases,
        YNode securityContext,
        String podSpecPatch,
        YNode podDisruptionBudget,
        YNode metrics,
        String shutdown,
        WorkflowTemplateRef workflowTemplateRef,
        Synchronization synchronization,
        VolumeClaimGC volumeClaimGC,
        RetryStrategy retryStrategy,
        Metadata podMetadata,
        Template templateDefaults,
        Boolean archiveLogs,
        Map<String, LifecycleHook> hooks,
        WorkflowMetadata workflowMetadata,
        YNode artifactGC,
        YNode podResources,
        List<YNode> resourceClaims,
        List<YNode> executorPlugins,
        Location location) {

    /** This spec with other arguments ({@code argowf run -p}). */
    public WorkflowSpec withArguments(Arguments newArguments) {
        return copy(entrypoint, newArguments);
    }

    /** This spec with another entrypoint ({@code argowf run --entrypoint}). */
    public WorkflowSpec withEntrypoint(String newEntrypoint) {
        return copy(newEntrypoint, arguments);
    }

    /** This spec with another {@code podGC} (the Jenkins plugin's default pod retention, when the spec sets none). */
    public WorkflowSpec withPodGC(PodGC newPodGC) {
        return new WorkflowSpec(templates, entrypoint, arguments, serviceAccountName, automountServiceAccountToken,
                executor, volumes, volumeClaimTemplates, parallelism, artifactRepositoryRef, suspend, nodeSelector, affinity,
                tolerations, imagePullSecrets, hostNetwork, dnsPolicy, dnsConfig, onExit, ttlStrategy,
                activeDeadlineSeconds, priority, schedulerName, newPodGC, podPriorityClassName, hostAliases,
                securityContext, podSpecPatch, podDisruptionBudget, metrics, shutdown, workflowTemplateRef, synchronization,
                volumeClaimGC, retryStrategy, podMetadata, templateDefaults, archiveLogs, hooks, workflowMetadata,
                artifactGC, podResources, resourceClaims, executorPlugins, location);
    }

    private WorkflowSpec copy(String newEntrypoint, Arguments newArguments) {
        return new WorkflowSpec(templates, newEntrypoint, newArguments, serviceAccountName, automountServiceAccountToken,
                executor, volumes, volumeClaimTemplates, parallelism, artifactRepositoryRef, suspend, nodeSelector, affinity,
                tolerations, imagePullSecrets, hostNetwork, dnsPolicy, dnsConfig, onExit, ttlStrategy,
                activeDeadlineSeconds, priority, schedulerName, podGC, podPriorityClassName, hostAliases, securityContext,
                podSpecPatch, podDisruptionBudget, metrics, shutdown, workflowTemplateRef, synchronization, volumeClaimGC,
                retryStrategy, podMetadata, templateDefaults, archiveLogs, hooks, workflowMetadata, artifactGC,
                podResources, resourceClaims, executorPlugins, location);
    }

    /** The template named {@code name} in this spec. */
    public Optional<Template> template(String name) {
        for (Template t : templates) {
            if (name.equals(t.name())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
