package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;

/** A lifecycle hook: runs {@code template} when the hook's name is "exit" or its {@code expression} becomes true. */
public record LifecycleHook(String template, Arguments arguments, TemplateRef templateRef, String expression,
        Location location) {
}
