package io.jenkins.plugins.argoworkflow.engine.model;

import java.util.List;

/** A template's declared outputs ({@code result} and {@code exitCode} appear only in a node's status). */
public record Outputs(List<Parameter> parameters, List<Artifact> artifacts, String result, String exitCode) {
    public static final Outputs NONE = new Outputs(List.of(), List.of(), null, null);
}
