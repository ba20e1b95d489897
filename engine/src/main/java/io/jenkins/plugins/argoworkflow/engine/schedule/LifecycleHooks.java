package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.ExprLangExpression;
import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.model.LifecycleHook;
import io.jenkins.plugins.argoworkflow.engine.run.NodeNames;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle hooks of one node other than {@code exit} (Argo's hooks.go): each hook's expression is
 * evaluated whenever the node's phase changes, with the node's status as {@code <kind>.<name>.status} (or
 * {@code workflow.status} for the workflow's hooks); once true, the hook's template runs as
 * {@code <node>.hooks.<hook>} under the node and keeps running even if the expression turns false. The
 * node's owner waits for the hooks that started ({@link #whenDone}).
 */
final class LifecycleHooks {

    private final Scheduler scheduler;
    private final NodeStatus node;
    private final Map<String, LifecycleHook> hooks = new LinkedHashMap<>();
    private final String statusVariable;
    private final Scope scope;
    private final NodeStatus boundary;
    private final TemplateScope lookup;
    private final Set<String> started = new HashSet<>();
    private int running;
    private Runnable then;

    /**
     * @param statusVariable the variable that holds the node's status in the expressions
     *                       ({@code steps.x.status}, {@code tasks.x.status}, {@code workflow.status})
     */
    LifecycleHooks(Scheduler scheduler, NodeStatus node, Map<String, LifecycleHook> all, String statusVariable,
            Scope scope, NodeStatus boundary, TemplateScope lookup) {
        this.scheduler = scheduler;
        this.node = node;
        all.forEach((name, hook) -> {
            if (!ExitHook.EXIT.equals(name)) {
                hooks.put(name, hook);
            }
        });
        this.statusVariable = statusVariable;
        this.scope = scope;
        this.boundary = boundary;
        this.lookup = lookup;
    }

    /** Watches the node and evaluates the hooks now. Does nothing for a node without such hooks. */
    LifecycleHooks watch() {
        if (!hooks.isEmpty()) {
            scheduler.watch(node, this::evaluate);
            evaluate();
        }
        return this;
    }

    /** Runs {@code action} once every started hook is fulfilled (at once when none is running). */
    void whenDone(Runnable action) {
        if (!hooks.isEmpty()) {
            evaluate();
        }
        if (running == 0) {
            action.run();
        } else {
            then = action;
        }
    }

    private void evaluate() {
        Scope env = scope.child().put(statusVariable, status());
        for (Map.Entry<String, LifecycleHook> e : hooks.entrySet()) {
            if (started.contains(e.getKey())) {
                continue;
            }
            LifecycleHook hook = e.getValue();
            boolean fire;
            String problem = null;
            try {
                fire = hook.expression() != null && ExprLangExpression.parse(hook.expression()).evaluateBoolean(env);
            } catch (ExpressionException ex) {
                fire = true;
                problem = "hook expression '" + hook.expression() + "': " + ex.getMessage();
            }
            if (fire) {
                start(e.getKey(), hook, problem);
            }
        }
    }

    /** What Argo's hook expressions see of the node: its phase, with Argo's names. */
    private String status() {
        return node.phase().argoName();
    }

    private void start(String name, LifecycleHook hook, String problem) {
        started.add(name);
        running++;
        String hookNode = NodeNames.hook(node.name(), name);
        ChildListener done = n -> {
            if (--running == 0 && then != null) {
                Runnable action = then;
                then = null;
                action.run();
            }
        };
        NodeStatus created = problem != null ? scheduler.error(hookNode, boundary, hook.template(), problem, done)
                : Calls.start(scheduler, hookNode, boundary, lookup, hook.template(), hook.templateRef(), null,
                        hook.arguments(), null, scope, done);
        created.setFlags(true, created.retried());
        node.addChild(created.id());
    }
}
