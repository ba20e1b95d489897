package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.LifecycleHook;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateRef;
import java.util.Map;
import java.util.Optional;

/**
 * An exit handler: {@code onExit: template}, or a lifecycle hook named {@code exit}, which Argo runs the same
 * way, as the node {@code <node>.onExit} once the node has completed. Its arguments are rendered in
 * {@code scope} when there is one.
 */
record ExitHook(String template, TemplateRef templateRef, Arguments arguments, Scope scope) {

    static final String EXIT = "exit";

    /** The exit handler of a step, task or workflow: {@code onExit} wins over {@code hooks.exit}, as in Argo. */
    static Optional<ExitHook> of(String onExit, Map<String, LifecycleHook> hooks) {
        if (onExit != null && !onExit.isEmpty()) {
            return Optional.of(new ExitHook(onExit, null, Arguments.NONE, null));
        }
        LifecycleHook exit = hooks.get(EXIT);
        if (exit == null) {
            return Optional.empty();
        }
        return Optional.of(new ExitHook(exit.template(), exit.templateRef(), exit.arguments(), null));
    }

    /**
     * The hook with its arguments to be rendered in {@code callerScope} plus the node's own variables under
     * {@code prefix} ({@code steps.X}, {@code tasks.X}): an exit handler may pass on its node's outputs.
     */
    ExitHook seeing(Scope callerScope, String prefix, io.jenkins.plugins.argoworkflow.engine.run.NodeStatus node) {
        Scope own = callerScope.child();
        NodeVariables.put(own, prefix, node);
        return new ExitHook(template, templateRef, arguments, own);
    }
}
