package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.LifecycleHook;
import io.jenkins.plugins.argoworkflow.engine.model.ParallelSteps;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateRef;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowStep;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One place that runs a template: a step, a DAG task, a lifecycle hook or an exit handler. Argo calls
 * these template reference holders; they resolve and pass arguments the same way.
 *
 * @param where Argo's path of the holder for messages, e.g. {@code templates.main.steps[1].hello}
 * @param owner the location of the mapping that holds the {@code template:} field
 * @param templateKey the field that names the template in that mapping ({@code template} or {@code onExit})
 */
record Call(String where, String template, TemplateRef templateRef, Template inline, Arguments arguments,
        Location owner, String templateKey) {

    static Call ofName(String where, String template, Location owner, String templateKey) {
        return new Call(where, template, null, null, Arguments.NONE, owner, templateKey);
    }

    /** Every call a template makes: its steps and tasks, their hooks and exit handlers. */
    static List<Call> in(Template t) {
        List<Call> calls = new ArrayList<>();
        String base = "templates." + t.name();
        for (int i = 0; i < t.steps().size(); i++) {
            ParallelSteps group = t.steps().get(i);
            if (group == null) {
                continue;
            }
            for (WorkflowStep s : group.steps()) {
                String where = base + ".steps[" + i + "]." + s.name();
                calls.add(new Call(where, s.template(), s.templateRef(), s.inline(), s.arguments(), s.location(), "template"));
                addExitAndHooks(calls, where, s.onExit(), s.hooks(), s.location());
            }
        }
        if (t.dag() != null) {
            for (DagTask task : t.dag().tasks()) {
                String where = base + ".tasks." + task.name();
                calls.add(new Call(where, task.template(), task.templateRef(), task.inline(), task.arguments(),
                        task.location(), "template"));
                addExitAndHooks(calls, where, task.onExit(), task.hooks(), task.location());
            }
        }
        return calls;
    }

    static void addExitAndHooks(List<Call> calls, String where, String onExit, Map<String, LifecycleHook> hooks,
            Location owner) {
        if (onExit != null && !onExit.isEmpty()) {
            calls.add(ofName(where + ".onExit", onExit, owner, "onExit"));
        }
        hooks.forEach((name, hook) -> {
            if (hook != null) {
                calls.add(new Call(where + ".hooks." + name, hook.template(), hook.templateRef(), null,
                        hook.arguments(), hook.location(), "template"));
            }
        });
    }

    boolean dynamic() {
        return (template != null && template.contains("{{"))
                || (templateRef != null && ((templateRef.name() != null && templateRef.name().contains("{{"))
                        || (templateRef.template() != null && templateRef.template().contains("{{"))));
    }
}
