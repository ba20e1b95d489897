package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;

/** A ClusterWorkflowTemplate: templates that any workflow references with {@code clusterScope: true}. */
public record ClusterWorkflowTemplate(String apiVersion, ObjectMeta metadata, WorkflowSpec spec, YMap source, Location location)
        implements ArgoDocument {

    public static final String KIND = "ClusterWorkflowTemplate";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public WorkflowSpec workflowSpec() {
        return spec;
    }
}
