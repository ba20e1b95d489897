package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import java.util.List;

/**
 * Where an artifact lives: one of Argo's location kinds ({@code s3}, {@code git}, {@code http}, {@code raw}...)
 * with its settings kept as written, for the artifact driver that will read them.
 */
public record ArtifactLocation(String kind, YMap settings, Location location) {

    /** Argo's artifact location kinds, as JSON field names of an Artifact or ArtifactLocation. */
    public static final List<String> KINDS = List.of("s3", "git", "http", "artifactory", "hdfs", "raw", "oss", "gcs",
            "azure", "plugin");

    /** A location of {@code kind} with the one setting that names its content ({@link #valueField}). */
    public static ArtifactLocation of(String kind, String value, Location location) {
        YMap settings = new YMap(List.of(new YMap.Entry(YScalar.string(valueField(kind), location),
                YScalar.string(value, location))), location);
        return new ArtifactLocation(kind, settings, location);
    }

    /**
     * The setting that names an artifact's content for each kind: {@code data} of raw, {@code url} of http
     * and artifactory, {@code blob} of azure, {@code path} of hdfs, {@code repo} of git, else {@code key}.
     */
    public static String valueField(String kind) {
        return switch (kind) {
            case "raw" -> "data";
            case "http", "artifactory" -> "url";
            case "azure" -> "blob";
            case "hdfs" -> "path";
            case "git" -> "repo";
            default -> "key";
        };
    }

    /** The text of a {@code raw} artifact, or null. */
    public String rawData() {
        return "raw".equals(kind) ? value() : null;
    }

    /** The setting that names the content ({@link #valueField}), or null when it is not a string. */
    public String value() {
        return text(valueField(kind));
    }

    /**
     * Whether only the content's name is given (Argo's key-only artifact: {@code s3: {key: K}} with no bucket,
     * endpoint or secrets), so that the run's default artifact repository holds it.
     */
    public boolean keyOnly() {
        return !"raw".equals(kind) && !"http".equals(kind) && settings.size() == 1 && value() != null;
    }

    private String text(String field) {
        return settings.get(field).map(n -> n instanceof YScalar s ? s.text() : null).orElse(null);
    }
}
