package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.expr.TemplateText;
import io.jenkins.plugins.argoworkflow.engine.expr.Unresolved;
import io.jenkins.plugins.argoworkflow.engine.expr.WhenExpression;
import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateRef;
import io.jenkins.plugins.argoworkflow.engine.run.JsonValue;
import io.jenkins.plugins.argoworkflow.engine.run.LoopItem;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import java.util.Map;
import java.util.Optional;

/**
 * Starting one call of a template from a step or task, as Argo's executeTemplate callers do: the loop
 * item's variables, the {@code when} check ({@code when '<expr>' evaluated false}), the arguments
 * rendered in the caller's scope, then the node.
 */
final class Calls {

    private Calls() {
    }

    /** The caller's scope with a loop item's variables ({@code item}, and {@code item.KEY} for a map). */
    static Scope withItem(Scope scope, LoopItem item) {
        if (item == null) {
            return scope;
        }
        Scope s = scope.child().put("item", item.asVariable());
        if (item.value() instanceof JsonValue.JObject o) {
            for (Map.Entry<String, JsonValue> e : o.fields().entrySet()) {
                s.put("item." + e.getKey(), new LoopItem(e.getValue()).asVariable());
            }
        }
        return s;
    }

    /**
     * Runs one call: skipped when {@code when} is false, an error node when a tag or the expression is
     * broken, else the template's node.
     */
    static NodeStatus start(Scheduler scheduler, String nodeName, NodeStatus boundary, TemplateScope lookup,
            String template, TemplateRef templateRef, io.jenkins.plugins.argoworkflow.engine.model.Template inline,
            Arguments arguments, String when, Scope scope, ChildListener owner) {
        if (when != null && !when.isBlank()) {
            String rendered;
            boolean run;
            try {
                rendered = TemplateText.parse(when).render(scope, Unresolved.keepExcept("steps.", "tasks."));
                run = WhenExpression.parse(rendered).evaluate();
            } catch (ExpressionException e) {
                return scheduler.error(nodeName, boundary, template, "Invalid 'when' expression '" + when + "': "
                        + e.getMessage(), owner);
            }
            if (!run) {
                return scheduler.skip(nodeName, boundary, template, NodePhase.SKIPPED,
                        "when '" + rendered + "' evaluated false", owner);
            }
        }
        Optional<ResolvedTemplate> target = lookup.resolve(template, templateRef, inline);
        Arguments rendered;
        try {
            rendered = NodeInputs.render(arguments, scope, target.map(ResolvedTemplate::template).orElse(null));
        } catch (ExpressionException e) {
            return scheduler.error(nodeName, boundary, template, e.getMessage(), owner);
        }
        if (target.isEmpty()) {
            return scheduler.error(nodeName, boundary, template, lookup.describe(template, templateRef), owner);
        }
        for (io.jenkins.plugins.argoworkflow.engine.model.Parameter arg : rendered.parameters()) {
            if (arg.value() != null) {
                continue;
            }
            boolean hasDefault = target.get().template().inputs().parameters().stream()
                    .anyMatch(in -> in.name().equals(arg.name()) && (in.value() != null || in.defaultValue() != null));
            if (!hasDefault) {
                return scheduler.error(nodeName, boundary, template, "inputs.parameters." + arg.name()
                        + ": argument references an absent optional (skipped/omitted node output with no default)", owner);
            }
        }
        return scheduler.execute(nodeName, target.get(), template, templateRef, boundary, rendered, owner);
    }
}
