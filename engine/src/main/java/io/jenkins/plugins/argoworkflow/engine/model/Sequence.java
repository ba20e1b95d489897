package io.jenkins.plugins.argoworkflow.engine.model;

/** {@code withSequence}: numbers from {@code start} for {@code count}, or from {@code start} to {@code end}, printed with {@code format}. */
public record Sequence(IntOrString count, IntOrString start, IntOrString end, String format) {
}
