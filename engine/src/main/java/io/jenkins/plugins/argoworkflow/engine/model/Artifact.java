package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;

/**
 * An input, output or argument artifact. Where it is stored is {@code storage} (s3, git, http, raw...,
 * absent for the default repository); {@code from} and {@code fromExpression} take another node's output.
 */
public record Artifact(String name, String path, Long mode, String from, boolean archiveLogs,
        ArchiveStrategy archive, String globalName, boolean optional, String subPath, boolean recurseMode,
        String fromExpression, ArtifactLocation storage, YNode artifactGC, boolean deleted, Location location) {
}
