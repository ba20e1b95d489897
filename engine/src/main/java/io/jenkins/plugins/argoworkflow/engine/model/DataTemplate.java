package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;

/** A data template (artifact listing and transformation). Recognised; not run yet. */
public record DataTemplate(YNode source, YNode transformation) {
}
