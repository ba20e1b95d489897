package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;

/** Where a parameter's value comes from. Exactly the sources Argo names; {@code configMapKeyRef} is kept raw. */
public record ValueFrom(String path, String jsonPath, String jqFilter, String event, String parameter,
        YNode supplied, YNode configMapKeyRef, String defaultValue, String expression, Location location) {
}
