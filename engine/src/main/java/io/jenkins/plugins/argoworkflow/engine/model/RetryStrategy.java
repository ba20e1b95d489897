package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;

/** When and how often a failed node is run again. {@code affinity} (node anti-affinity) is kept raw. */
public record RetryStrategy(IntOrString limit, String retryPolicy, Backoff backoff, YNode affinity,
        String expression, Location location) {

    public static final java.util.List<String> POLICIES = java.util.List.of("Always", "OnFailure", "OnError", "OnTransientError");
}
