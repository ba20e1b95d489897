package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateRef;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import java.util.Optional;

/**
 * Where templates named by a step or task are found: the templates of the workflow (or of the
 * WorkflowTemplate that a {@code templateRef} led into), plus the template store for {@code templateRef}.
 */
final class TemplateScope {

    private final WorkflowSpec spec;
    private final String scope;
    private final TemplateStore store;

    TemplateScope(WorkflowSpec spec, String scope, TemplateStore store) {
        this.spec = spec;
        this.scope = scope;
        this.store = store;
    }

    /**
     * The template a call names: {@code inline}, else {@code templateRef} through the store, else
     * {@code template} by name in this scope.
     */
    Optional<ResolvedTemplate> resolve(String templateName, TemplateRef templateRef, Template inline) {
        if (inline != null) {
            return Optional.of(new ResolvedTemplate(inline, scope, this));
        }
        if (templateRef != null) {
            Optional<ArgoDocument> doc = store.find(templateRef.name(), templateRef.clusterScope());
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            String refScope = (templateRef.clusterScope() ? "cluster/" : "namespaced/") + templateRef.name();
            TemplateScope inner = new TemplateScope(doc.get().workflowSpec(), refScope, store);
            return doc.get().workflowSpec().template(templateRef.template())
                    .map(t -> new ResolvedTemplate(t, refScope, inner));
        }
        if (templateName == null) {
            return Optional.empty();
        }
        return spec.template(templateName).map(t -> new ResolvedTemplate(t, scope, this));
    }

    /** Words for an error message: what was looked for and where. */
    String describe(String templateName, TemplateRef templateRef) {
        if (templateRef != null) {
            return "template '" + templateRef.template() + "' of " + (templateRef.clusterScope() ? "ClusterWorkflowTemplate"
                    : "WorkflowTemplate") + " '" + templateRef.name() + "' not found";
        }
        return "template '" + templateName + "' not found";
    }
}
