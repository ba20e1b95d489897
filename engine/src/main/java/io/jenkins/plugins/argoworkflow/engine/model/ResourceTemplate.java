package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.List;

/** A resource template: a Kubernetes object the controller gets, creates, applies, patches or deletes. */
public record ResourceTemplate(String action, String mergeStrategy, String manifest, String manifestFromArtifact,
        boolean setOwnerReference, String successCondition, String failureCondition, List<String> flags,
        Location location) {

    public static final List<String> ACTIONS = List.of("get", "create", "apply", "delete", "replace", "patch");
    public static final List<String> MERGE_STRATEGIES = List.of("strategic", "merge", "json");
}
