package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;

/** A reference to a template of a WorkflowTemplate ({@code clusterScope}: of a ClusterWorkflowTemplate). */
public record TemplateRef(String name, String template, boolean clusterScope, Location location) {
}
