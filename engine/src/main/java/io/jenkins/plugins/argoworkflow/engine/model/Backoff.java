package io.jenkins.plugins.argoworkflow.engine.model;

/** Retry backoff: wait {@code duration}, times {@code factor} each retry, until {@code maxDuration}; {@code cap} bounds one wait. */
public record Backoff(String duration, IntOrString factor, String maxDuration, String cap) {
}
