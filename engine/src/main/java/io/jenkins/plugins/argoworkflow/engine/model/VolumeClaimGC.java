package io.jenkins.plugins.argoworkflow.engine.model;

/** When the PVCs of volumeClaimTemplates are deleted: OnWorkflowCompletion (default) or OnWorkflowSuccess. */
public record VolumeClaimGC(String strategy) {
    public static final java.util.List<String> STRATEGIES = java.util.List.of("", "OnWorkflowCompletion", "OnWorkflowSuccess");
}
