package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.expr.Tags;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.ParallelSteps;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateType;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowStep;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code {{...}}} references resolve by Argo's scoping rules: inputs a template declares, steps of earlier
 * groups, tasks a task depends on, loop items inside loops, workflow variables. Tags whose root is not
 * one of Argo's variable prefixes, and {@code {{= }}} expressions, are not checked, as in Argo. Needs
 * the source text (for the location of each tag); without it the rule is skipped.
 */
final class VariableRules {

    private static final List<String> CHECKED_PREFIXES = List.of("item.", "steps.", "inputs.", "outputs.", "pod.",
            "workflow.", "tasks.");
    /** Variables Argo accepts by prefix whatever follows. */
    private static final List<String> ALWAYS_PREFIXES = List.of("outputs.", "workflow.creationTimestamp",
            "workflow.scheduledTime", "workflow.duration", "tasks.name", "steps.name", "node.name");

    private final LintContext ctx;
    private final VariableScope globals;

    VariableRules(LintContext ctx) {
        this.ctx = ctx;
        this.globals = new WorkflowVariables(ctx).scope();
    }

    void check() {
        for (Template t : ctx.spec().templates()) {
            Optional<YMap> raw = ctx.source().map(t.location());
            if (raw.isEmpty()) {
                continue;
            }
            VariableScope scope = globals.child();
            scope.addTemplate(t);
            String where = "templates." + t.name();
            if (t.type() == TemplateType.STEPS) {
                steps(t, raw.get(), scope, where);
            } else if (t.type() == TemplateType.DAG) {
                dag(t, raw.get(), scope, where);
            } else {
                walk(raw.get(), scope, where, null);
            }
        }
    }

    private void steps(Template t, YMap raw, VariableScope scope, String where) {
        for (int i = 0; i < t.steps().size(); i++) {
            ParallelSteps group = t.steps().get(i);
            if (group == null) {
                continue;
            }
            for (WorkflowStep s : group.steps()) {
                VariableScope stepScope = scope.child();
                stepScope.add("steps." + s.name() + ".status");
                stepScope.addItems(s.withItems(), s.withParam(), s.withSequence());
                stepScope.addInlineInputs(s.inline());
                if (!s.hooks().isEmpty() || s.onExit() != null) {
                    // Argo lets a step's exit handler and hooks read the step's own outputs
                    stepScope.addNode("steps", s.name(), ctx.resolve(call(s)).orElse(null), false);
                }
                String hint = "a step sees the steps of earlier groups only; move '%s' to a later group (a new '- -' "
                        + "entry) than the step it reads";
                ctx.source().map(s.location()).ifPresent(m -> walk(m, stepScope, where + ".steps[" + s.name() + "]",
                        hint));
            }
            for (WorkflowStep s : group.steps()) {
                scope.addNode("steps", s.name(), ctx.resolve(call(s)).orElse(null),
                        !s.withItems().isEmpty() || s.withParam() != null);
            }
        }
        raw.get("outputs").ifPresent(o -> walk(o, scope, where + ".outputs", null));
    }

    private void dag(Template t, YMap raw, VariableScope scope, String where) {
        DagGraph graph = ctx.graph(t);
        // What a task offers is built when a reference first names it; a task's scope looks up its ancestors'
        // offers on demand, so a DAG costs what its references do instead of one growing copy per task.
        Map<String, VariableScope> offers = new HashMap<>();
        Function<String, VariableScope> offeredBy = tag -> {
            String name = taskNameOf(tag);
            DagTask task = graph.task(name);
            return task == null ? null : offers.computeIfAbsent(name, n -> {
                VariableScope offer = new VariableScope();
                offer.addNode("tasks", n, resolved(task), aggregate(task));
                return offer;
            });
        };
        VariableScope all = scope.child();
        all.addLookup(tag -> {
            VariableScope offer = offeredBy.apply(tag);
            return offer != null && offer.contains(tag);
        });
        for (DagTask task : t.dag().tasks()) {
            YMap source = ctx.source().mapWithTags(task.location());
            if (source == null) {
                continue; // nothing to resolve: the task's scope is not needed
            }
            VariableScope taskScope = scope.child();
            taskScope.addLookup(tag -> {
                VariableScope offer = offeredBy.apply(tag);
                return offer != null && graph.isAncestor(taskNameOf(tag), task.name()) && offer.contains(tag);
            });
            if (!task.hooks().isEmpty() || task.onExit() != null) {
                taskScope.addNode("tasks", task.name(), resolved(task), aggregate(task));
            }
            taskScope.addItems(task.withItems(), task.withParam(), task.withSequence());
            taskScope.addInlineInputs(task.inline());
            String hint = "a task sees only the tasks it depends on; add '%s' to its depends (or dependencies)";
            walk(source, taskScope, where + ".tasks." + task.name(), hint);
        }
        ctx.source().value(t.location(), "dag").filter(YMap.class::isInstance).map(YMap.class::cast)
                .flatMap(d -> d.get("target")).ifPresent(n -> walk(n, all, where + ".targets", null));
        raw.get("outputs").ifPresent(o -> walk(o, all, where + ".outputs", null));
    }

    /** The task a {@code tasks.X...} variable names, or null. Task names have no dots (Argo's name pattern). */
    private static String taskNameOf(String tag) {
        if (!tag.startsWith("tasks.")) {
            return null;
        }
        int end = tag.indexOf('.', "tasks.".length());
        return end < 0 ? tag.substring("tasks.".length()) : tag.substring("tasks.".length(), end);
    }

    private static Call call(WorkflowStep s) {
        return new Call("", s.template(), s.templateRef(), s.inline(), s.arguments(), s.location(), "template");
    }

    private Template resolved(DagTask task) {
        Call call = new Call("", task.template(), task.templateRef(), task.inline(), task.arguments(), task.location(),
                "template");
        return ctx.resolve(call).orElse(null);
    }

    private static boolean aggregate(DagTask task) {
        return !task.withItems().isEmpty() || task.withParam() != null;
    }

    private void walk(YNode node, VariableScope scope, String where, String nodeHint) {
        ctx.source().forEachTagged(node, s -> {
            for (Tags.Tag tag : Tags.of(s.text())) {
                String name = tag.text().strip();
                if (!tag.isExpression() && checked(name) && !scope.contains(name) && !allowed(name)) {
                    ctx.error(s.location(), where + ": failed to resolve {{" + tag.text() + "}}; "
                            + hint(name, nodeHint));
                }
            }
        });
    }

    private static boolean checked(String name) {
        return name.equals("item") || CHECKED_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private boolean allowed(String name) {
        if (ALWAYS_PREFIXES.stream().anyMatch(name::startsWith)) {
            return true;
        }
        return ctx.isTemplateKind() && name.startsWith("workflow.parameters");
    }

    private String hint(String name, String nodeHint) {
        String[] parts = name.split("\\.");
        if (name.equals("item") || name.startsWith("item.")) {
            return "{{item}} is only defined in a step or task with withItems, withParam or withSequence (and "
                    + "{{item.KEY}} only for keys its items have)";
        }
        if (name.startsWith("inputs.")) {
            return "the template declares no such input; add it under inputs of the template or fix the name";
        }
        if (name.startsWith("workflow.parameters.")) {
            List<String> declared = ctx.spec().arguments().parameters().stream().map(Parameter::name).toList();
            return "declare it under spec.arguments.parameters" + (declared.isEmpty() ? ""
                    : " (parameters are: " + String.join(", ", declared) + ")");
        }
        if ((name.startsWith("steps.") || name.startsWith("tasks.")) && parts.length > 2 && nodeHint != null) {
            return String.format(nodeHint, parts[1]) + ", and check that its template has this output";
        }
        if (name.startsWith("workflow.failures")) {
            return "{{workflow.failures}} is only defined when the workflow has an exit handler (spec.onExit)";
        }
        return "check the name against Argo's variables (https://argo-workflows.readthedocs.io/en/latest/variables/)";
    }
}
