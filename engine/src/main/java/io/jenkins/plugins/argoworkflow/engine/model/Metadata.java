package io.jenkins.plugins.argoworkflow.engine.model;

import java.util.Map;

/** Argo's Metadata (template and pod metadata): labels and annotations for the pods of a template. */
public record Metadata(Map<String, String> labels, Map<String, String> annotations) {
}
