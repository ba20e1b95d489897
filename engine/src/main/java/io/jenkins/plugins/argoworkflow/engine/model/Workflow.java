package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;

/** A Workflow: what `argo submit` takes and what a run executes. */
public record Workflow(String apiVersion, ObjectMeta metadata, WorkflowSpec spec, YMap source, Location location)
        implements ArgoDocument {

    public static final String KIND = "Workflow";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public WorkflowSpec workflowSpec() {
        return spec;
    }
}
