package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;

/** Memoization: reuse a node's outputs when {@code key} was seen within {@code maxAge}. The cache is kept raw. */
public record Memoize(String key, YNode cache, String maxAge) {
}
