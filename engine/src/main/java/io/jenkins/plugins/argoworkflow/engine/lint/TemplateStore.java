package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument;
import io.jenkins.plugins.argoworkflow.engine.model.ClusterWorkflowTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowTemplate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The WorkflowTemplates and ClusterWorkflowTemplates that {@code templateRef} and
 * {@code workflowTemplateRef} resolve against: those given on the command line, in a directory, or
 * (in Jenkins) configured for the job. Namespaced and cluster-scoped templates are separate name spaces.
 */
public final class TemplateStore {

    private final Map<String, ArgoDocument> namespaced = new LinkedHashMap<>();
    private final Map<String, ArgoDocument> clusterScoped = new LinkedHashMap<>();

    /** Adds the document if it is a (Cluster)WorkflowTemplate with a name; other kinds are ignored. */
    public TemplateStore add(ArgoDocument document) {
        String name = document.metadata().name();
        if (name == null || name.isEmpty()) {
            return this;
        }
        if (document instanceof WorkflowTemplate) {
            namespaced.put(name, document);
        } else if (document instanceof ClusterWorkflowTemplate) {
            clusterScoped.put(name, document);
        }
        return this;
    }

    public TemplateStore addAll(Collection<? extends ArgoDocument> documents) {
        documents.forEach(this::add);
        return this;
    }

    /** The template document named {@code name}, cluster-scoped when {@code clusterScope} is true. */
    public Optional<ArgoDocument> find(String name, boolean clusterScope) {
        return Optional.ofNullable((clusterScope ? clusterScoped : namespaced).get(name));
    }

    /** Names available in one scope, for "did you mean" and "templates are: ..." messages. */
    public Collection<String> names(boolean clusterScope) {
        return (clusterScope ? clusterScoped : namespaced).keySet();
    }
}
