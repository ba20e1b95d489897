package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.List;

/** Argo's CronWorkflowSpec. Scheduling fields are kept for tools that read them; nothing schedules them yet. */
public record CronWorkflowSpec(WorkflowSpec workflowSpec, List<String> schedules, String concurrencyPolicy,
        Boolean suspend, Long startingDeadlineSeconds, Long successfulJobsHistoryLimit,
        Long failedJobsHistoryLimit, String timezone, Metadata workflowMetadata, YNode stopStrategy,
        String when) {
}
