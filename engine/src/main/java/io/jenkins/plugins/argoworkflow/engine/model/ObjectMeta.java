package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import java.util.Map;

/** Kubernetes object metadata of a Workflow or template document; {@code raw} keeps every field as written. */
public record ObjectMeta(String name, String generateName, String namespace, Map<String, String> labels,
        Map<String, String> annotations, YMap raw, Location location) {

    /** The name a user would recognise: {@code name}, else {@code generateName}, else empty. */
    public String displayName() {
        if (name != null && !name.isEmpty()) {
            return name;
        }
        return generateName == null ? "" : generateName;
    }
}
