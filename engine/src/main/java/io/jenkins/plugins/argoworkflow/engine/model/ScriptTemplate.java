package io.jenkins.plugins.argoworkflow.engine.model;

/** A script template: a container whose {@code source} is staged to a file passed as the last argument. */
public record ScriptTemplate(Container container, String source) {
}
