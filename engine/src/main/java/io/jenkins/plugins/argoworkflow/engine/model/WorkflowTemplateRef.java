package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;

/** A Workflow whose whole spec comes from a (Cluster)WorkflowTemplate. */
public record WorkflowTemplateRef(String name, boolean clusterScope, Location location) {
}
