package io.jenkins.plugins.argoworkflow.engine.model;

import java.util.List;

/** Values passed to a template (steps, tasks, hooks) or to the workflow ({@code spec.arguments}). */
public record Arguments(List<Parameter> parameters, List<Artifact> artifacts) {
    public static final Arguments NONE = new Arguments(List.of(), List.of());
}
