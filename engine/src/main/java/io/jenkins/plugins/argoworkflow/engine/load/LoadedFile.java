package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.List;

/**
 * What one file held: the Argo documents read from it, the kinds of its other documents, and every
 * problem found while reading (syntax, limits, unknown fields, wrong shapes).
 *
 * @param documents Workflows and templates, in file order, each read as far as it could be
 * @param otherKinds documents that are not Argo workflow kinds (ConfigMap, WorkflowEventBinding...), by kind
 */
public record LoadedFile(String file, List<ArgoDocument> documents, List<OtherDocument> otherKinds,
        List<Diagnostic> diagnostics) {

    /** A document the engine does not act on, noted so that tools can say it was skipped. */
    public record OtherDocument(String apiVersion, String kind, Location location) {
    }

    public LoadedFile {
        documents = List.copyOf(documents);
        otherKinds = List.copyOf(otherKinds);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
