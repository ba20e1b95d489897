package io.jenkins.plugins.argoworkflow;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one {@code argoWorkflow} call asked for, as plain serialisable values: the step execution keeps this
 * (Pipeline persists executions) rather than the step itself. A plain class, not a record: Pipeline persists an
 * execution with JBoss Marshalling, whose support of records depends on its version.
 */
final class StepRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String text;
    /** The workflow's argument parameters by name, values already turned into text. */
    private final LinkedHashMap<String, String> parameters;
    private final String cloud;
    private final String namespace;
    private final boolean archiveArtifacts;

    StepRequest(String file, String text, LinkedHashMap<String, String> parameters, String cloud, String namespace,
            boolean archiveArtifacts) {
        this.file = file;
        this.text = text;
        this.parameters = parameters;
        this.cloud = cloud;
        this.namespace = namespace;
        this.archiveArtifacts = archiveArtifacts;
    }

    String file() {
        return file;
    }

    String text() {
        return text;
    }

    String cloud() {
        return cloud;
    }

    String namespace() {
        return namespace;
    }

    boolean archiveArtifacts() {
        return archiveArtifacts;
    }

    static StepRequest of(ArgoWorkflowStep step) {
        LinkedHashMap<String, String> values = new LinkedHashMap<>();
        // Pipeline hands Groovy values (GStrings, numbers, booleans): Argo parameters are text.
        step.getParameters().forEach((k, v) -> values.put(k, v == null ? "" : String.valueOf(v)));
        return new StepRequest(blankToNull(step.getFile()), blankToNull(step.getText()), values,
                blankToNull(step.getCloud()), blankToNull(step.getNamespace()), step.isArchiveArtifacts());
    }

    /** Why the request cannot run, in the words a Pipeline author needs; null when it can. */
    String problem() {
        if (file == null && text == null) {
            return "argoWorkflow needs the workflow: give 'file' (a path in the workspace) or 'text' (the YAML)";
        }
        if (file != null && text != null) {
            return "argoWorkflow takes 'file' or 'text', not both";
        }
        return null;
    }

    /** The name diagnostics give the workflow's source. */
    String sourceName() {
        return file != null ? file : "argoWorkflow text";
    }

    Map<String, String> parameterValues() {
        return parameters;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
