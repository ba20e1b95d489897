package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.List;

/**
 * An input, output or argument parameter. {@code value}, {@code default} and {@code enum} are Argo
 * AnyStrings: YAML numbers and booleans arrive as their text (see docs/COMPATIBILITY.md).
 */
public record Parameter(String name, String defaultValue, String value, ValueFrom valueFrom, String globalName,
        List<String> enumValues, String description, Location location) {
}
