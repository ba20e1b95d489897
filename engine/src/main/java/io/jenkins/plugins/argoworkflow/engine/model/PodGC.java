package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;

/** When pods are deleted: OnPodCompletion, OnPodSuccess, OnWorkflowCompletion, OnWorkflowSuccess (empty: never). */
public record PodGC(String strategy, YNode labelSelector, String deleteDelayDuration) {
    public static final java.util.List<String> STRATEGIES = java.util.List.of("", "OnPodCompletion", "OnPodSuccess",
            "OnWorkflowCompletion", "OnWorkflowSuccess");
}
