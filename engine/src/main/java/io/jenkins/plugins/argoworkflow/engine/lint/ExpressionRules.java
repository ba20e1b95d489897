package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprLangExpression;
import io.jenkins.plugins.argoworkflow.engine.expr.WhenExpression;
import io.jenkins.plugins.argoworkflow.engine.expr.Tags;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.LifecycleHook;
import io.jenkins.plugins.argoworkflow.engine.model.ParallelSteps;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowStep;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import java.util.Map;

/**
 * Expressions parse: {@code when} as govaluate (after {@code {{...}}} substitution), {@code {{= ...}}}
 * tags, hook and retry expressions as expr-lang.
 */
final class ExpressionRules {

    /** What a substituted {@code {{...}}} becomes while the text around it is parsed: a bare word. */
    private static final String PLACEHOLDER = "argowfValue";

    private final LintContext ctx;

    ExpressionRules(LintContext ctx) {
        this.ctx = ctx;
    }

    void check() {
        ctx.source().value(ctx.document().location(), "spec")
                .ifPresent(spec -> ctx.source().forEachTagged(spec, this::expressionTags));
        hooks("hooks", ctx.spec().hooks());
        for (Template t : ctx.spec().templates()) {
            String base = "templates." + t.name();
            for (int i = 0; i < t.steps().size(); i++) {
                ParallelSteps group = t.steps().get(i);
                for (WorkflowStep s : group == null ? java.util.List.<WorkflowStep>of() : group.steps()) {
                    if (hasText(s.when())) {
                        when(base + ".steps[" + i + "]." + s.name(), s.when(), s.location());
                    }
                    if (!s.hooks().isEmpty()) {
                        hooks(base + ".steps[" + i + "]." + s.name() + ".hooks", s.hooks());
                    }
                }
            }
            if (t.dag() != null) {
                for (DagTask task : t.dag().tasks()) {
                    // the paths are built only for a task that has something to check
                    if (hasText(task.when())) {
                        when(base + ".tasks." + task.name(), task.when(), task.location());
                    }
                    if (!task.hooks().isEmpty()) {
                        hooks(base + ".tasks." + task.name() + ".hooks", task.hooks());
                    }
                }
            }
            if (t.retryStrategy() != null && t.retryStrategy().expression() != null) {
                expr(base + ".retryStrategy.expression", t.retryStrategy().expression(),
                        ctx.at(t.retryStrategy().location(), "expression"));
            }
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private void when(String where, String when, Location owner) {
        try {
            WhenExpression.parse(Tags.substitute(when, PLACEHOLDER));
        } catch (ExpressionException e) {
            ctx.error(ctx.at(owner, "when"), where + ".when '" + when + "' is not a valid expression: "
                    + e.problem() + "; write a comparison such as \"{{steps.flip.outputs.result}} == heads\" "
                    + "with && || ! and parentheses");
        }
    }

    private void hooks(String where, Map<String, LifecycleHook> hooks) {
        hooks.forEach((name, hook) -> {
            if (hook != null && hook.expression() != null && !hook.expression().isBlank()) {
                expr(where + "." + name + ".expression", hook.expression(), ctx.at(hook.location(), "expression"));
            }
        });
    }

    private void expr(String where, String expression, Location at) {
        ExprLangExpression parsed;
        try {
            parsed = ExprLangExpression.parse(Tags.substitute(expression, PLACEHOLDER));
        } catch (ExpressionException e) {
            ctx.error(at, where + " '" + expression + "' is not a valid expression: " + e.problem()
                    + " (at character " + (e.position() + 1) + "); see https://expr-lang.org for the syntax");
            return;
        }
        unknownFunctions(parsed, at, where + " '" + expression + "'");
    }

    /** Argo compiles expressions against its function map, so a call of any other function fails at run time. */
    private void unknownFunctions(ExprLangExpression parsed, Location at, String what) {
        try {
            parsed.checkFunctions();
        } catch (ExpressionException e) {
            ctx.error(at, what + " calls an " + e.problem());
        }
    }

    private void expressionTags(YScalar s) {
        for (Tags.Tag tag : Tags.of(s.text())) {
            if (!tag.isExpression()) {
                continue;
            }
            String body = tag.text().stripLeading().substring(1);
            try {
                unknownFunctions(ExprLangExpression.parse(body), s.location(), "{{" + tag.text() + "}}");
            } catch (ExpressionException e) {
                ctx.error(s.location(), "{{" + tag.text() + "}} is not a valid expression: " + e.problem()
                        + " (at character " + (e.position() + 1) + " of the expression); see https://expr-lang.org "
                        + "for the syntax");
            }
        }
    }
}
