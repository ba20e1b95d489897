package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.jenkins.plugins.argoworkflow.engine.model.ArgoDuration;
import io.jenkins.plugins.argoworkflow.engine.model.PodGC;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * When a leaf's pod is deleted, as Argo's {@code podGC} says ({@code workflow/controller/pod/cleanup.go}
 * determinePodCleanupAction): {@code OnPodCompletion} and {@code OnPodSuccess} when the node ends,
 * {@code OnWorkflowCompletion} and {@code OnWorkflowSuccess} when the run ends; only pods that
 * {@code labelSelector} matches; {@code deleteDelayDuration} after the moment. One deviation: without a
 * strategy Argo keeps every pod, and this runtime deletes each when its node ends, because its log and outputs
 * are with the controller by then and a run is to leave no pods behind.
 */
final class PodGcPolicy {

    private static final PodGcPolicy DEFAULT = new PodGcPolicy("", null, Duration.ZERO);

    private final String strategy;
    private final LabelSelector selector;
    private final Duration delay;

    private PodGcPolicy(String strategy, LabelSelector selector, Duration delay) {
        this.strategy = strategy;
        this.selector = selector;
        this.delay = delay;
    }

    /** The workflow's policy; a malformed {@code deleteDelayDuration} counts as none, as Argo ignores it. */
    static PodGcPolicy of(WorkflowSpec spec) {
        PodGC gc = spec == null ? null : spec.podGC();
        if (gc == null || gc.strategy() == null || gc.strategy().isEmpty()) {
            return DEFAULT;
        }
        LabelSelector selector = gc.labelSelector() == null ? null
                : PodManifest.convert(gc.labelSelector(), LabelSelector.class);
        Duration delay = gc.deleteDelayDuration() == null ? Duration.ZERO
                : ArgoDuration.parse(gc.deleteDelayDuration()).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
        return new PodGcPolicy(gc.strategy(), selector, delay);
    }

    /** How long after the moment the pod is deleted. */
    Duration delay() {
        return delay;
    }

    /** Whether the pod is deleted when its node ends in {@code phase}. */
    boolean deleteWhenNodeEnds(Map<String, String> podLabels, NodePhase phase) {
        return switch (strategy) {
            case "" -> true;
            case "OnPodCompletion" -> matches(podLabels);
            case "OnPodSuccess" -> phase == NodePhase.SUCCEEDED && matches(podLabels);
            default -> false;
        };
    }

    /** Whether a pod the run kept is deleted when the run ends in {@code phase}. */
    boolean deleteWhenRunEnds(Map<String, String> podLabels, WorkflowPhase phase) {
        return switch (strategy) {
            case "OnWorkflowCompletion" -> matches(podLabels);
            case "OnWorkflowSuccess" -> phase == WorkflowPhase.SUCCEEDED && matches(podLabels);
            default -> false;
        };
    }

    /** Kubernetes label selector semantics: every matchLabels pair and every matchExpressions requirement. */
    boolean matches(Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        Map<String, String> have = labels == null ? Map.of() : labels;
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> e : selector.getMatchLabels().entrySet()) {
                if (!e.getValue().equals(have.get(e.getKey()))) {
                    return false;
                }
            }
        }
        for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
            String value = have.get(r.getKey());
            List<String> values = r.getValues() == null ? List.of() : r.getValues();
            boolean ok = switch (r.getOperator()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> have.containsKey(r.getKey());
                case "DoesNotExist" -> !have.containsKey(r.getKey());
                default -> false; // Argo's selector fails to parse and so matches nothing: the pod is kept.
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
