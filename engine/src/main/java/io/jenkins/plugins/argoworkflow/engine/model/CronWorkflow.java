package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;

/** A CronWorkflow: its workflow spec is read and checked; the schedule is kept but not acted on. */
public record CronWorkflow(String apiVersion, ObjectMeta metadata, CronWorkflowSpec spec, YMap source, Location location)
        implements ArgoDocument {

    public static final String KIND = "CronWorkflow";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public WorkflowSpec workflowSpec() {
        return spec.workflowSpec();
    }
}
