package io.jenkins.plugins.argoworkflow.engine.model;

/** Settings for the executor containers of a template's pod. */
public record ExecutorConfig(String serviceAccountName) {
}
