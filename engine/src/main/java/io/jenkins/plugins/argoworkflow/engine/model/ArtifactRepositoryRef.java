package io.jenkins.plugins.argoworkflow.engine.model;

/** A reference to an artifact repository configuration in a ConfigMap. */
public record ArtifactRepositoryRef(String configMap, String key) {
}
