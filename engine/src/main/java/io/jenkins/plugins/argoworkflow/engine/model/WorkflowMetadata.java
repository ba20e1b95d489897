package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.Map;

/** Labels and annotations to set on the Workflow object; {@code labelsFrom} expressions are kept raw. */
public record WorkflowMetadata(Map<String, String> labels, Map<String, String> annotations, YNode labelsFrom) {
}
