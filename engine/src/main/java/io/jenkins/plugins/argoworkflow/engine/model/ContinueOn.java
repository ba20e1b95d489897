package io.jenkins.plugins.argoworkflow.engine.model;

/** Lets a step or task's failure or error not fail its parent. */
public record ContinueOn(boolean error, boolean failed) {
}
