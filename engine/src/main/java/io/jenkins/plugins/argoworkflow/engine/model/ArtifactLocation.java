package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import java.util.List;

/**
 * Where an artifact lives: one of Argo's location kinds ({@code s3}, {@code git}, {@code http}, {@code raw}...)
 * with its settings kept as written, for the artifact driver that will read them.
 */
public record ArtifactLocation(String kind, YMap settings, Location location) {

    /** Argo's artifact location kinds, as JSON field names of an Artifact or ArtifactLocation. */
    public static final List<String> KINDS = List.of("s3", "git", "http", "artifactory", "hdfs", "raw", "oss", "gcs",
            "azure", "plugin");

    /** The text of a {@code raw} artifact, or null. */
    public String rawData() {
        if (!"raw".equals(kind)) {
            return null;
        }
        return settings.get("data").map(n -> n instanceof io.jenkins.plugins.argoworkflow.engine.yaml.YScalar s
                ? s.text() : null).orElse(null);
    }
}
