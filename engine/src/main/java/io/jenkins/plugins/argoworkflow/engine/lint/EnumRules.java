package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.PodGC;
import io.jenkins.plugins.argoworkflow.engine.model.ResourceTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.VolumeClaimGC;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import java.util.List;

/** Fields that take one of a fixed set of values: GC strategies, resource actions, pull policies, parameter enums. */
final class EnumRules {

    static final List<String> PULL_POLICIES = List.of("Always", "IfNotPresent", "Never");

    private final LintContext ctx;

    EnumRules(LintContext ctx) {
        this.ctx = ctx;
    }

    void check() {
        WorkflowSpec spec = ctx.spec();
        if (spec.podGC() != null && spec.podGC().strategy() != null
                && !PodGC.STRATEGIES.contains(spec.podGC().strategy())) {
            ctx.error(ctx.at(spec.location(), "podGC", "strategy"), "podGC.strategy unknown strategy '"
                    + spec.podGC().strategy() + "'; use one of " + String.join(", ", PodGC.STRATEGIES.subList(1, 5)));
        }
        if (spec.volumeClaimGC() != null && spec.volumeClaimGC().strategy() != null
                && !VolumeClaimGC.STRATEGIES.contains(spec.volumeClaimGC().strategy())) {
            ctx.error(ctx.at(spec.location(), "volumeClaimGC", "strategy"), "volumeClaimGC.strategy unknown strategy '"
                    + spec.volumeClaimGC().strategy() + "'; use OnWorkflowCompletion or OnWorkflowSuccess");
        }
        for (Parameter p : spec.arguments().parameters()) {
            checkParameterEnum(ctx, "spec.arguments.parameters.", p);
        }
        for (Template t : spec.templates()) {
            check(t);
        }
    }

    private void check(Template t) {
        ResourceTemplate r = t.resource();
        if (r != null) {
            if (r.action() != null && !r.action().contains("{{") && !ResourceTemplate.ACTIONS.contains(r.action())) {
                ctx.error(ctx.at(r.location(), "action"), "templates." + t.name()
                        + ".resource.action must be one of: " + String.join(", ", ResourceTemplate.ACTIONS)
                        + ", not '" + r.action() + "'");
            }
            if (r.mergeStrategy() != null && !ResourceTemplate.MERGE_STRATEGIES.contains(r.mergeStrategy())) {
                ctx.error(ctx.at(r.location(), "mergeStrategy"), "templates." + t.name()
                        + ".resource.mergeStrategy must be one of: " + String.join(", ", ResourceTemplate.MERGE_STRATEGIES)
                        + ", not '" + r.mergeStrategy() + "'");
            }
        }
        for (Container c : Containers.of(t)) {
            if (c.imagePullPolicy() != null && !c.imagePullPolicy().contains("{{")
                    && !PULL_POLICIES.contains(c.imagePullPolicy())) {
                ctx.error(ctx.at(c.location(), "imagePullPolicy"), "templates." + t.name() + " imagePullPolicy '"
                        + c.imagePullPolicy() + "' is not valid; use one of " + String.join(", ", PULL_POLICIES));
            }
        }
        for (Parameter p : t.inputs().parameters()) {
            checkParameterEnum(ctx, "templates." + t.name() + ".inputs.parameters.", p);
        }
    }

    /** A parameter with both an enum and a value (or default) must hold one of the enum's values. */
    static void checkParameterEnum(LintContext ctx, String prefix, Parameter p) {
        if (p.enumValues() == null || p.enumValues().isEmpty()) {
            return;
        }
        for (String v : new String[] {p.value(), p.defaultValue()}) {
            if (v != null && !v.contains("{{") && !p.enumValues().contains(v)) {
                ctx.error(p.location(), prefix + p.name() + ".value should be present in " + prefix + p.name()
                        + ".enum list: '" + v + "' is not one of " + String.join(", ", p.enumValues()));
            }
        }
    }
}
