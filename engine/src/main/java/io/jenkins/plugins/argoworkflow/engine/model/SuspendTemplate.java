package io.jenkins.plugins.argoworkflow.engine.model;

/** A suspend template: waits for a resume, or for {@code duration} when it is set. */
public record SuspendTemplate(String duration) {
}
