package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;

/** An environment variable: a literal {@code value}, or {@code valueFrom} (secret, configMap, field refs) kept raw. */
public record EnvVar(String name, String value, YNode valueFrom, Location location) {
}
