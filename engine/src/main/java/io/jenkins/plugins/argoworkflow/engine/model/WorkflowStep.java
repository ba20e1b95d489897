package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.List;
import java.util.Map;

/**
 * One step of a steps template. Exactly one of {@code template}, {@code templateRef} and {@code inline}
 * names what it runs. {@code withItems} items stay as written (they may be scalars, maps or lists).
 */
public record WorkflowStep(String name, String template, Template inline, Arguments arguments,
        TemplateRef templateRef, List<YNode> withItems, String withParam, Sequence withSequence, String when,
        ContinueOn continueOn, String onExit, Map<String, LifecycleHook> hooks, Location location) {
}
