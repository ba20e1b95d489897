package io.jenkins.plugins.argoworkflow.engine.model;

/** A sidecar or init container: a container that may mirror the main container's volume mounts. */
public record UserContainer(Container container, boolean mirrorVolumeMounts) {
}
