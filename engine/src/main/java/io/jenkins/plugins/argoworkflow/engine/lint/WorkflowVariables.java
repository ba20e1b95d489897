package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The {@code workflow.*} variables every template of a document may use, as Argo's validator collects them. */
final class WorkflowVariables {

    private static final Pattern TAG = Pattern.compile("\\{\\{[-a-zA-Z0-9]+(\\.[-a-zA-Z0-9_]+)*}}");

    private final LintContext ctx;

    WorkflowVariables(LintContext ctx) {
        this.ctx = ctx;
    }

    VariableScope scope() {
        VariableScope s = new VariableScope();
        WorkflowSpec spec = ctx.spec();
        for (String v : List.of("name", "namespace", "mainEntrypoint", "serviceAccountName", "uid", "status",
                "annotations", "annotations.json", "labels", "labels.json")) {
            s.add("workflow." + v);
        }
        if (spec.priority() != null) {
            s.add("workflow.priority");
        }
        List<Parameter> params = new ArrayList<>(spec.arguments().parameters());
        List<Template> templates = new ArrayList<>(spec.templates());
        if (spec.workflowTemplateRef() != null) {
            ctx.store().find(spec.workflowTemplateRef().name(), spec.workflowTemplateRef().clusterScope())
                    .map(ArgoDocument::workflowSpec).ifPresent(target -> {
                        params.addAll(target.arguments().parameters());
                        templates.addAll(target.templates());
                        addMetadata(s, target);
                    });
        }
        if (!params.isEmpty()) {
            s.add("workflow.parameters");
            s.add("workflow.parameters.json");
        }
        params.forEach(p -> s.add("workflow.parameters." + p.name()));
        ctx.document().metadata().annotations().keySet().forEach(k -> s.add("workflow.annotations." + k));
        ctx.document().metadata().labels().keySet().forEach(k -> s.add("workflow.labels." + k));
        addMetadata(s, spec);
        if ((spec.onExit() != null && !spec.onExit().isEmpty()) || !spec.hooks().isEmpty()
                || spec.workflowTemplateRef() != null) {
            s.add("workflow.failures");
        }
        templates.forEach(t -> addGlobalOutputs(t, s));
        return s;
    }

    private static void addMetadata(VariableScope s, WorkflowSpec spec) {
        if (spec.workflowMetadata() == null) {
            return;
        }
        spec.workflowMetadata().annotations().keySet().forEach(k -> s.add("workflow.annotations." + k));
        spec.workflowMetadata().labels().keySet().forEach(k -> s.add("workflow.labels." + k));
        if (spec.workflowMetadata().labelsFrom() instanceof YMap m) {
            m.entries().forEach(e -> s.add("workflow.labels." + e.name()));
        }
    }

    /** Argo's isParameter: the name holds a {{...}} tag, so it is only known at run time. */
    private static boolean isParameter(String s) {
        return TAG.matcher(s).find();
    }

    /** Outputs published with a globalName, for {@code workflow.outputs.*} references. */
    private static void addGlobalOutputs(Template t, VariableScope scope) {
        for (Parameter p : t.outputs().parameters()) {
            if (p.globalName() != null) {
                if (isParameter(p.globalName())) {
                    scope.addPrefix("workflow.outputs.parameters.");
                } else {
                    scope.add("workflow.outputs.parameters." + p.globalName());
                }
            }
        }
        for (Artifact a : t.outputs().artifacts()) {
            if (a.globalName() != null) {
                if (isParameter(a.globalName())) {
                    scope.addPrefix("workflow.outputs.artifacts.");
                } else {
                    scope.add("workflow.outputs.artifacts." + a.globalName());
                }
            }
        }
    }
}
