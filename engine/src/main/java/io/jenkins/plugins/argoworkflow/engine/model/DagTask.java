package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.List;
import java.util.Map;

/** One task of a DAG template: like a step, plus {@code dependencies} or the {@code depends} expression. */
public record DagTask(String name, String template, Template inline, Arguments arguments, TemplateRef templateRef,
        List<String> dependencies, List<YNode> withItems, String withParam, Sequence withSequence, String when,
        ContinueOn continueOn, String onExit, String depends, Map<String, LifecycleHook> hooks, Location location) {
}
