package io.jenkins.plugins.argoworkflow.engine.spi;

import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a runtime needs to run one leaf node. The template is the one to run, with every {@code {{...}}}
 * already substituted for this node; inputs are resolved values.
 *
 * @param workflowName the run's workflow name (pod labels, log prefixes)
 * @param nodeId Argo's node ID, the key of every report about this node
 * @param nodeName the node's full name ({@code wf[0].build(1:linux)})
 * @param displayName what logs show as the node's prefix
 * @param podName Argo's pod name for the node
 * @param template the substituted template (container or script)
 * @param inputs resolved input parameters and artifacts (artifact keys name entries of the artifact store)
 * @param timeout the longest the node may run (template {@code timeout}/{@code activeDeadlineSeconds}), or null
 * @param labels labels for the node's pod or process group (run and node identity)
 * @param workflowSpec the spec the run executes, for the workflow-level pod settings a template falls back on
 *                     (volumes, serviceAccountName, nodeSelector, podMetadata, imagePullSecrets...); null when
 *                     the caller has none (then only the template's own settings apply)
 */
public record LeafRequest(String workflowName, String nodeId, String nodeName, String displayName, String podName,
        Template template, NodeIo inputs, Duration timeout, Map<String, String> labels, WorkflowSpec workflowSpec) {

    /** A request without a workflow spec: the template's own settings only. */
    public LeafRequest(String workflowName, String nodeId, String nodeName, String displayName, String podName,
            Template template, NodeIo inputs, Duration timeout, Map<String, String> labels) {
        this(workflowName, nodeId, nodeName, displayName, podName, template, inputs, timeout, labels, null);
    }

    public LeafRequest {
        Objects.requireNonNull(workflowName, "workflowName");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(template, "template");
        inputs = inputs == null ? NodeIo.EMPTY : inputs;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
