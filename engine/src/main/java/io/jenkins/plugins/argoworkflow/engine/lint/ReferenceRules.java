package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.LifecycleHook;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateRef;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every template reference resolves: steps, tasks, hooks and exit handlers name a template of the spec,
 * or a templateRef names a (Cluster)WorkflowTemplate of the store and one of its templates. Each call
 * then supplies the inputs its template needs ({@link ArgumentRules}).
 */
final class ReferenceRules {

    private final LintContext ctx;

    ReferenceRules(LintContext ctx) {
        this.ctx = ctx;
    }

    void check() {
        WorkflowSpec spec = ctx.spec();
        List<Call> calls = new ArrayList<>();
        if (spec.onExit() != null && !spec.onExit().isEmpty() && spec.workflowTemplateRef() == null) {
            calls.add(Call.ofName("spec.onExit", spec.onExit(), spec.location(), "onExit"));
        }
        checkHooks("hooks", spec.hooks());
        if (spec.workflowTemplateRef() == null) {
            Call.addExitAndHooks(calls, "spec", null, spec.hooks(), spec.location());
        }
        for (Template t : spec.templates()) {
            calls.addAll(Call.in(t));
        }
        if (spec.templateDefaults() != null) {
            calls.addAll(Call.in(spec.templateDefaults()));
        }
        for (Call call : calls) {
            check(call);
        }
        for (Template t : spec.templates()) {
            // the path of a step or task is built only for one that has hooks
            t.steps().stream().filter(g -> g != null).flatMap(g -> g.steps().stream()).filter(s -> !s.hooks().isEmpty())
                    .forEach(s -> checkHooks("templates." + t.name() + ".steps." + s.name(), s.hooks()));
            if (t.dag() != null) {
                for (DagTask task : t.dag().tasks()) {
                    if (!task.hooks().isEmpty()) {
                        checkHooks("templates." + t.name() + ".tasks." + task.name(), task.hooks());
                    }
                }
            }
        }
    }

    private void checkHooks(String where, Map<String, LifecycleHook> hooks) {
        hooks.forEach((name, hook) -> {
            if (hook != null && !"exit".equals(name) && (hook.expression() == null || hook.expression().isEmpty())) {
                ctx.error(hook.location(), where + "." + name + " Expression required: a hook other than 'exit' runs "
                        + "when its expression is true; add 'expression: ...' (e.g. steps.x.status == \"Running\") or "
                        + "rename it to 'exit'");
            }
        });
    }

    private void check(Call call) {
        if (call.dynamic()) {
            return; // resolved at run time
        }
        boolean hasName = call.template() != null && !call.template().isEmpty();
        if (call.templateRef() != null) {
            if (hasName) {
                ctx.error(ctx.at(call.owner(), call.templateKey()), call.where()
                        + " template name cannot be specified with templateRef; keep one of them");
                return;
            }
            checkRef(call, call.templateRef()).ifPresent(t -> ArgumentRules.checkCall(ctx, call, t));
            return;
        }
        if (call.inline() != null) {
            ArgumentRules.checkCall(ctx, call, call.inline());
            return;
        }
        if (!hasName) {
            ctx.error(call.owner(), call.where() + " names no template; set 'template: NAME' (" + ctx.templateNames()
                    + "), 'templateRef' or 'inline'");
            return;
        }
        ctx.template(call.template()).ifPresentOrElse(
                t -> ArgumentRules.checkCall(ctx, call, t),
                () -> ctx.error(ctx.at(call.owner(), call.templateKey()), call.where() + " template name '" + call.template() + "' undefined; "
                        + ctx.templateNames()));
    }

    private Optional<Template> checkRef(Call call, TemplateRef ref) {
        Location at = ctx.at(call.owner(), "templateRef");
        if (ref.name() == null || ref.name().isEmpty()) {
            ctx.error(at, call.where() + ".templateRef resource name is required; add 'name:' with the "
                    + kind(ref.clusterScope()) + "'s name");
            return Optional.empty();
        }
        if (ref.template() == null || ref.template().isEmpty()) {
            ctx.error(at, call.where() + ".templateRef template name is required; add 'template:' with the name of "
                    + "one of the templates of " + ref.name());
            return Optional.empty();
        }
        Optional<ArgoDocument> doc = ctx.store().find(ref.name(), ref.clusterScope());
        if (doc.isEmpty()) {
            ctx.warning(ctx.source().valueLocation(ref.location(), "name"), call.where() + " " + kind(ref.clusterScope())
                    + " '" + ref.name() + "' is not among the loaded templates, so argowf cannot "
                    + "check this reference (Argo resolves it in the cluster) and a run fails unless it is loaded; load the file that defines it as a template source"
                    + known(ref.clusterScope()));
            return Optional.empty();
        }
        Optional<Template> t = doc.get().workflowSpec().template(ref.template());
        if (t.isEmpty()) {
            List<String> names = doc.get().workflowSpec().templates().stream().map(Template::name).toList();
            ctx.error(ctx.source().valueLocation(ref.location(), "template"), call.where() + " template reference "
                    + ref.name() + "." + ref.template() + " not found; templates of " + ref.name() + " are: "
                    + String.join(", ", names));
        }
        return t;
    }

    private String known(boolean clusterScope) {
        var names = ctx.store().names(clusterScope);
        return names.isEmpty() ? "" : " (known: " + String.join(", ", names) + ")";
    }

    static String kind(boolean clusterScope) {
        return clusterScope ? "ClusterWorkflowTemplate" : "WorkflowTemplate";
    }
}
