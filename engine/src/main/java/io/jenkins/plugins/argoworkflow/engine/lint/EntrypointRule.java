package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument;
import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowTemplateRef;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Workflow starts somewhere: {@code spec.entrypoint} names one of its templates, or its
 * {@code workflowTemplateRef} resolves and gives one. A WorkflowTemplate's entrypoint is optional.
 */
final class EntrypointRule {

    private final LintContext ctx;

    EntrypointRule(LintContext ctx) {
        this.ctx = ctx;
    }

    void check() {
        WorkflowSpec spec = ctx.spec();
        ArgumentRules.checkValues(ctx, "spec.arguments.", spec.arguments(), true);
        if (spec.workflowTemplateRef() != null) {
            checkTemplateRef(spec, spec.workflowTemplateRef());
            return;
        }
        String entrypoint = spec.entrypoint();
        if (entrypoint == null || entrypoint.isEmpty()) {
            boolean misshapen = ctx.source().value(spec.location(), "entrypoint").isPresent(); // the loader said why
            if (!ctx.isTemplateKind() && !misshapen) {
                ctx.error(spec.location(), "spec.entrypoint is required; add 'entrypoint: NAME' naming the template "
                        + "to start with (" + ctx.templateNames() + ")");
            }
            return;
        }
        if (entrypoint.contains("{{")) {
            return;
        }
        Location at = ctx.at(spec.location(), "entrypoint");
        Optional<Template> entry = ctx.template(entrypoint);
        if (entry.isEmpty()) {
            ctx.error(at, "spec.entrypoint template '" + entrypoint + "' undefined; " + ctx.templateNames());
        } else if (!ctx.isTemplateKind()) {
            ArgumentRules.checkEntrypoint(ctx, entry.get(), spec.arguments(), at);
        }
    }

    private void checkTemplateRef(WorkflowSpec spec, WorkflowTemplateRef ref) {
        String kind = ReferenceRules.kind(ref.clusterScope());
        if (!spec.templates().isEmpty()) {
            ctx.error(ctx.at(spec.location(), "templates"), "spec.templates cannot be used with workflowTemplateRef; "
                    + "move the templates into the " + kind + " or drop workflowTemplateRef");
        }
        if (ref.name() == null || ref.name().isEmpty()) {
            ctx.error(ref.location(), "spec.workflowTemplateRef.name is required; add the " + kind + "'s name");
            return;
        }
        Optional<ArgoDocument> doc = ctx.store().find(ref.name(), ref.clusterScope());
        if (doc.isEmpty()) {
            List<String> known = new ArrayList<>(ctx.store().names(ref.clusterScope()));
            ctx.warning(ctx.at(ref.location(), "name"), "spec.workflowTemplateRef: " + kind + " '" + ref.name()
                    + "' is not among the loaded templates, so argowf cannot "
                    + "check this reference (Argo resolves it in the cluster) and a run fails unless it is loaded; load the file that defines it as a template source"
                    + (known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")"));
            return;
        }
        WorkflowSpec target = doc.get().workflowSpec();
        String entrypoint = spec.entrypoint() != null && !spec.entrypoint().isEmpty() ? spec.entrypoint()
                : target.entrypoint();
        if (entrypoint == null || entrypoint.isEmpty()) {
            ctx.error(spec.location(), "spec.entrypoint is required: neither the Workflow nor " + kind + " '"
                    + ref.name() + "' sets one; add 'entrypoint: NAME'");
            return;
        }
        Optional<Template> entry = target.template(entrypoint);
        Location at = spec.entrypoint() != null ? ctx.at(spec.location(), "entrypoint") : ref.location();
        if (entry.isEmpty()) {
            ctx.error(at, "spec.entrypoint template '" + entrypoint + "' undefined in " + kind + " '" + ref.name()
                    + "'; templates are: " + String.join(", ", target.templates().stream().map(Template::name).toList()));
            return;
        }
        ArgumentRules.checkEntrypoint(ctx, entry.get(), merged(spec.arguments(), target.arguments()), at);
    }

    /** Argo's MergeParameters: the Workflow's arguments first, then the template's for names it lacks. */
    private static Arguments merged(Arguments own, Arguments template) {
        List<Parameter> params = new ArrayList<>(own.parameters());
        for (var p : template.parameters()) {
            if (own.parameters().stream().noneMatch(o -> o.name() != null && o.name().equals(p.name()))) {
                params.add(p);
            }
        }
        List<Artifact> arts = new ArrayList<>(own.artifacts());
        for (var a : template.artifacts()) {
            if (own.artifacts().stream().noneMatch(o -> o.name() != null && o.name().equals(a.name()))) {
                arts.add(a);
            }
        }
        return new Arguments(params, arts);
    }
}
