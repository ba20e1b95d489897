package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostics;
import io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument;
import io.jenkins.plugins.argoworkflow.engine.model.ClusterWorkflowTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateRef;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowTemplate;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the rules share while one document is checked: the document, its templates, the store, the findings. */
final class LintContext {

    private final ArgoDocument document;
    private final TemplateStore store;
    private final SourceIndex source;
    private final Diagnostics diagnostics;
    private final Map<String, Template> templates = new LinkedHashMap<>();
    /** Each DAG template's graph, built once for the rules that need it. */
    private final Map<Template, DagGraph> graphs = new java.util.IdentityHashMap<>();

    LintContext(ArgoDocument document, TemplateStore store, SourceIndex source, Diagnostics diagnostics) {
        this.document = document;
        this.store = store;
        this.source = source;
        this.diagnostics = diagnostics;
        for (Template t : spec().templates()) {
            if (t.name() != null) {
                templates.putIfAbsent(t.name(), t);
            }
        }
    }

    ArgoDocument document() {
        return document;
    }

    WorkflowSpec spec() {
        return document.workflowSpec();
    }

    /** WorkflowTemplates are checked in isolation: their parameters may come from the Workflow that uses them. */
    boolean isTemplateKind() {
        return document instanceof WorkflowTemplate || document instanceof ClusterWorkflowTemplate;
    }

    TemplateStore store() {
        return store;
    }

    SourceIndex source() {
        return source;
    }

    /** The dependency graph of a DAG template. */
    DagGraph graph(Template dagTemplate) {
        return graphs.computeIfAbsent(dagTemplate, t -> new DagGraph(t.dag()));
    }

    Optional<Template> template(String name) {
        return Optional.ofNullable(name == null ? null : templates.get(name));
    }

    /** "templates are: a, b" for messages about a name that is not there. */
    String templateNames() {
        return templates.isEmpty() ? "the spec has no templates" : "templates are: " + String.join(", ", templates.keySet());
    }

    /** The template a templateRef names, if the store has it. */
    Optional<Template> resolve(TemplateRef ref) {
        if (ref == null || ref.name() == null || ref.template() == null) {
            return Optional.empty();
        }
        return store.find(ref.name(), ref.clusterScope())
                .flatMap(doc -> doc.workflowSpec().template(ref.template()));
    }

    /** The template a call runs, when it can be found (inline, local, or through the store). */
    Optional<Template> resolve(Call call) {
        if (call.inline() != null) {
            return Optional.of(call.inline());
        }
        if (call.templateRef() != null) {
            return resolve(call.templateRef());
        }
        return template(call.template());
    }

    void error(Location location, String message) {
        diagnostics.error(location == null ? document.location() : location, message);
    }

    void warning(Location location, String message) {
        diagnostics.warning(location == null ? document.location() : location, message);
    }

    /** Where field {@code key} of the object read at {@code owner} is written. */
    Location at(Location owner, String key) {
        return source.valueLocation(owner, key);
    }

    /** Where the value at a path of keys and list indexes below the object read at {@code owner} is written. */
    Location at(Location owner, Object... path) {
        return source.valueLocation(owner, java.util.List.of(path));
    }
}
