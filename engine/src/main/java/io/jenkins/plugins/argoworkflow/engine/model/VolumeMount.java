package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;

/** A container's volume mount, with the fields the runtimes act on; the container's raw tree keeps the rest. */
public record VolumeMount(String name, String mountPath, String subPath, boolean readOnly, Location location) {
}
