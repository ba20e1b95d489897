package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;

/** A WorkflowTemplate: templates that workflows in its namespace reference by name. */
public record WorkflowTemplate(String apiVersion, ObjectMeta metadata, WorkflowSpec spec, YMap source, Location location)
        implements ArgoDocument {

    public static final String KIND = "WorkflowTemplate";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public WorkflowSpec workflowSpec() {
        return spec;
    }
}
