package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.expr.DependsExpression;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.List;

/** DAG templates: dependencies exist, form no cycle, use one notation; targets exist; depends parses. */
final class DagRules {

    private final LintContext ctx;

    DagRules(LintContext ctx) {
        this.ctx = ctx;
    }

    void check() {
        for (Template t : ctx.spec().templates()) {
            if (t.dag() != null) {
                check(t);
            }
        }
    }

    private void check(Template t) {
        String where = "templates." + t.name();
        if (t.dag().tasks().isEmpty()) {
            ctx.error(t.location(), where + " must have at least one task; add dag.tasks");
            return;
        }
        DagGraph graph = ctx.graph(t);
        boolean usingDepends = t.dag().tasks().stream().anyMatch(x -> x.depends() != null && !x.depends().isEmpty());
        for (int k = 0; k < t.dag().tasks().size(); k++) {
            DagTask task = t.dag().tasks().get(k);
            int position = graph.positionOfListed(k); // -1 for a task without a name: nothing more to check
            String at = where + ".tasks." + task.name();
            if (usingDepends && !task.dependencies().isEmpty()) {
                ctx.error(ctx.at(task.location(), "dependencies"), where + " cannot use both 'depends' and "
                        + "'dependencies' in the same DAG template; rewrite " + task.name() + "'s dependencies as "
                        + "depends: \"" + String.join(" && ", task.dependencies()) + "\"");
            }
            if (usingDepends && task.continueOn() != null) {
                ctx.error(ctx.at(task.location(), "continueOn"), where + " cannot use 'continueOn' when using "
                        + "'depends'; instead use 'dep-task.Failed'/'dep-task.Errored' in the depends of later tasks");
            }
            ExpressionException syntax = position < 0 ? null : graph.syntaxErrorAt(position);
            if (syntax != null) {
                ctx.error(ctx.at(task.location(), "depends"), at + ".depends '" + task.depends()
                        + "' is not a valid expression: " + syntax.problem() + " (at character " + (syntax.position() + 1)
                        + "); write task names with an optional result (.Succeeded .Failed .Errored .Skipped "
                        + ".Omitted .Daemoned .AnySucceeded .AllFailed) joined by && || ! and parentheses");
            }
            if (position >= 0) {
                checkDependencies(t, graph, task, position, at);
            }
        }
        List<String> cycle = graph.cycle();
        if (cycle != null) {
            DagTask first = graph.task(cycle.get(0));
            ctx.error(dependencyLocation(first), where + ".tasks dependency cycle detected: "
                    + String.join("->", cycle) + "; remove one of these dependencies");
        }
        checkTargets(t, graph, where);
    }

    /** The dependencies of {@code task} (the task at {@code position}, or a later one of the same name) exist. */
    private void checkDependencies(Template t, DagGraph graph, DagTask task, int position, String at) {
        List<DependsExpression.Operand> dependencies = graph.dependenciesAt(position);
        for (int k = 0; k < dependencies.size(); k++) {
            DependsExpression.Operand d = dependencies.get(k);
            int depAt = graph.dependencyPosition(position, k);
            DagTask dep = depAt < 0 ? null : graph.taskAt(depAt);
            if (dep == null) {
                ctx.error(dependencyLocation(task), at + " dependency '" + d.task() + "' not defined; tasks of "
                        + t.name() + " are: " + String.join(", ", graph.names()));
            } else if (d.itemsBased() && dep.withItems().isEmpty() && dep.withParam() == null
                    && dep.withSequence() == null) {
                ctx.error(dependencyLocation(task), at + " dependency '" + d.task() + "' uses an items-based condition "
                        + "such as .AnySucceeded or .AllFailed but does not contain any items; use .Succeeded or .Failed");
            }
        }
    }

    private Location dependencyLocation(DagTask task) {
        String key = task.depends() != null && !task.depends().isEmpty() ? "depends" : "dependencies";
        return ctx.at(task.location(), key);
    }

    private void checkTargets(Template t, DagGraph graph, String where) {
        String target = t.dag().target();
        if (target == null || target.isEmpty()) {
            return;
        }
        for (String name : target.split(" ")) {
            if (name.isEmpty() || name.contains("{{")) {
                continue;
            }
            if (graph.task(name) == null) {
                ctx.error(ctx.at(t.location(), "dag", "target"), where + ".targets: target '" + name
                        + "' is not defined; tasks are: " + String.join(", ", graph.names()));
            }
        }
    }
}
