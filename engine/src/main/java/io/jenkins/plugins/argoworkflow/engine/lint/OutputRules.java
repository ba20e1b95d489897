package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateType;
import io.jenkins.plugins.argoworkflow.engine.model.ValueFrom;
import java.util.ArrayList;
import java.util.List;

/** Output parameters say where their value comes from, in a way the template type allows; outputs of steps/dag templates come from children. */
final class OutputRules {

    private final LintContext ctx;

    OutputRules(LintContext ctx) {
        this.ctx = ctx;
    }

    void check() {
        for (Template t : ctx.spec().templates()) {
            TemplateType type = t.type();
            if (type == null) {
                continue;
            }
            for (Parameter p : t.outputs().parameters()) {
                check(t, type, p);
            }
            for (Artifact a : t.outputs().artifacts()) {
                check(t, type, a);
            }
            for (Artifact a : t.inputs().artifacts()) {
                if (!type.isLeaf() && ArgumentRules.present(a.path())) {
                    ctx.error(ctx.at(a.location(), "path"), "templates." + t.name() + ".inputs.artifacts." + a.name()
                            + ".path only valid in container/script templates; remove it");
                }
                if (ArgumentRules.present(a.from())) {
                    ctx.error(ctx.at(a.location(), "from"), "templates." + t.name() + ".inputs.artifacts." + a.name()
                            + ".from not valid in inputs; pass it as an argument of the call instead");
                }
            }
        }
    }

    private void check(Template t, TemplateType type, Parameter p) {
        String where = "templates." + t.name() + ".outputs.parameters." + p.name();
        ValueFrom v = p.valueFrom();
        if (v != null && p.value() != null) {
            ctx.error(p.location(), where + " has both valueFrom and value specified, choose one");
            return;
        }
        if (p.value() != null) {
            return;
        }
        if (v == null) {
            ctx.error(p.location(), where + " does not have valueFrom or value specified; add valueFrom.path "
                    + "(leaf templates) or valueFrom.parameter (steps/dag templates)");
            return;
        }
        List<String> sources = sources(v);
        if (sources.isEmpty()) {
            ctx.error(v.location(), where + " valueFrom type unspecified. choose one of: path, jqFilter, jsonPath, "
                    + "parameter, supplied, expression");
            return;
        }
        if (sources.size() > 1) {
            ctx.error(v.location(), where + " multiple valueFrom types specified (" + String.join(", ", sources)
                    + "); keep one");
            return;
        }
        switch (type) {
            case CONTAINER, CONTAINER_SET, SCRIPT -> {
                if (v.path() == null) {
                    ctx.error(v.location(), where + ".path must be specified for " + type.field()
                            + " templates; 'parameter' and 'expression' are for steps/dag templates");
                }
            }
            case RESOURCE -> {
                if (v.jqFilter() == null && v.jsonPath() == null) {
                    ctx.error(v.location(), where + " .jqFilter or jsonPath must be specified for resource templates");
                }
            }
            case STEPS, DAG -> {
                if (v.parameter() == null && v.expression() == null) {
                    ctx.error(v.location(), where + ".parameter or expression must be specified for " + type.field()
                            + " templates ('path' only works in container/script templates)");
                }
            }
            default -> {
            }
        }
    }

    private static List<String> sources(ValueFrom v) {
        List<String> out = new ArrayList<>();
        add(out, "path", v.path());
        add(out, "jqFilter", v.jqFilter());
        add(out, "jsonPath", v.jsonPath());
        add(out, "parameter", v.parameter());
        add(out, "expression", v.expression());
        if (v.supplied() != null) {
            out.add("supplied");
        }
        if (out.isEmpty()) {
            // configMapKeyRef and event are sources too (for arguments and suspend inputs)
            if (v.configMapKeyRef() != null) {
                out.add("configMapKeyRef");
            }
            add(out, "event", v.event());
        }
        return out;
    }

    private static void add(List<String> out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.add(name);
        }
    }

    private void check(Template t, TemplateType type, Artifact a) {
        String where = "templates." + t.name() + ".outputs.artifacts." + a.name();
        if (!type.isLeaf() && ArgumentRules.present(a.path())) {
            ctx.error(ctx.at(a.location(), "path"), where + ".path only valid in container/script templates; "
                    + "use from: \"{{steps.X.outputs.artifacts.Y}}\"");
        }
        if ((type == TemplateType.STEPS || type == TemplateType.DAG) && !ArgumentRules.present(a.from())
                && !ArgumentRules.present(a.fromExpression())) {
            ctx.error(a.location(), where + " needs 'from' or 'fromExpression' in a " + type.field()
                    + " template, e.g. from: \"{{" + (type == TemplateType.DAG ? "tasks" : "steps")
                    + ".X.outputs.artifacts.Y}}\"");
        }
    }
}
