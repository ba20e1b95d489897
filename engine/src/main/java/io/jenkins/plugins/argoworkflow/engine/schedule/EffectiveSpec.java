package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument;
import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowTemplateRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spec a run executes. A Workflow with {@code workflowTemplateRef} runs the referenced template's spec,
 * with what the Workflow sets on top, as Argo merges them: the Workflow's entrypoint, its argument values
 * by name over the template's, and its onExit, hooks, parallelism, deadline, retry strategy and suspend.
 */
final class EffectiveSpec {

    private EffectiveSpec() {
    }

    /** The spec to run, or empty when the referenced template is not in the store. */
    static Optional<WorkflowSpec> of(Workflow workflow, TemplateStore store) {
        WorkflowSpec own = workflow.spec();
        WorkflowTemplateRef ref = own.workflowTemplateRef();
        if (ref == null) {
            return Optional.of(own);
        }
        Optional<ArgoDocument> doc = store.find(ref.name(), ref.clusterScope());
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        WorkflowSpec base = doc.get().workflowSpec();
        return Optional.of(new WorkflowSpec(base.templates(), or(own.entrypoint(), base.entrypoint()),
                arguments(base.arguments(), own.arguments()), or(own.serviceAccountName(), base.serviceAccountName()),
                or(own.automountServiceAccountToken(), base.automountServiceAccountToken()),
                or(own.executor(), base.executor()), own.volumes().isEmpty() ? base.volumes() : own.volumes(),
                own.volumeClaimTemplates().isEmpty() ? base.volumeClaimTemplates() : own.volumeClaimTemplates(),
                or(own.parallelism(), base.parallelism()), or(own.artifactRepositoryRef(), base.artifactRepositoryRef()),
                or(own.suspend(), base.suspend()), own.nodeSelector().isEmpty() ? base.nodeSelector() : own.nodeSelector(),
                or(own.affinity(), base.affinity()), own.tolerations().isEmpty() ? base.tolerations() : own.tolerations(),
                own.imagePullSecrets().isEmpty() ? base.imagePullSecrets() : own.imagePullSecrets(),
                or(own.hostNetwork(), base.hostNetwork()), or(own.dnsPolicy(), base.dnsPolicy()),
                or(own.dnsConfig(), base.dnsConfig()), or(own.onExit(), base.onExit()),
                or(own.ttlStrategy(), base.ttlStrategy()), or(own.activeDeadlineSeconds(), base.activeDeadlineSeconds()),
                or(own.priority(), base.priority()), or(own.schedulerName(), base.schedulerName()),
                or(own.podGC(), base.podGC()), or(own.podPriorityClassName(), base.podPriorityClassName()),
                own.hostAliases().isEmpty() ? base.hostAliases() : own.hostAliases(),
                or(own.securityContext(), base.securityContext()), or(own.podSpecPatch(), base.podSpecPatch()),
                or(own.podDisruptionBudget(), base.podDisruptionBudget()), or(own.metrics(), base.metrics()),
                or(own.shutdown(), base.shutdown()), null, or(own.synchronization(), base.synchronization()),
                or(own.volumeClaimGC(), base.volumeClaimGC()), or(own.retryStrategy(), base.retryStrategy()),
                or(own.podMetadata(), base.podMetadata()), or(own.templateDefaults(), base.templateDefaults()),
                or(own.archiveLogs(), base.archiveLogs()), own.hooks().isEmpty() ? base.hooks() : own.hooks(),
                or(own.workflowMetadata(), base.workflowMetadata()), or(own.artifactGC(), base.artifactGC()),
                or(own.podResources(), base.podResources()),
                own.resourceClaims().isEmpty() ? base.resourceClaims() : own.resourceClaims(),
                own.executorPlugins().isEmpty() ? base.executorPlugins() : own.executorPlugins(), base.location()));
    }

    private static <T> T or(T own, T base) {
        return own != null ? own : base;
    }

    /** The template's parameters with the Workflow's values by name, then the Workflow's other parameters. */
    private static Arguments arguments(Arguments base, Arguments own) {
        Map<String, Parameter> merged = new LinkedHashMap<>();
        base.parameters().forEach(p -> merged.put(p.name(), p));
        own.parameters().forEach(p -> merged.put(p.name(), p));
        List<io.jenkins.plugins.argoworkflow.engine.model.Artifact> artifacts = new ArrayList<>(base.artifacts());
        artifacts.addAll(own.artifacts());
        return new Arguments(List.copyOf(merged.values()), artifacts);
    }
}
