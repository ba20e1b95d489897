package io.jenkins.plugins.argoworkflow.engine.model;

import java.util.List;

/** A template's inputs. */
public record Inputs(List<Parameter> parameters, List<Artifact> artifacts) {
    public static final Inputs NONE = new Inputs(List.of(), List.of());
}
