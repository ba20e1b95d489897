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
