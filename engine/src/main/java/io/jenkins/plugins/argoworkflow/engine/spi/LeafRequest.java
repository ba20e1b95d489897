package io.jenkins.plugins.argoworkflow.engine.spi;

import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.time.Duration;
import java.util.List;
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
 * @param inputs resolved input parameters and artifacts: each input artifact the runtime must place at its
 *               {@code path} before the main command runs, with where its content is (a key of
 *               {@code artifactStore}, raw data or a URL); an optional input that was not supplied is absent.
 *               Output artifacts are declared by the template; the runtime stores each under the key its
 *               location names, else under {@link ArtifactStore#defaultKey}, and reports it in the result
 * @param timeout the longest the node may run (template {@code timeout}/{@code activeDeadlineSeconds}), or null
 * @param labels labels for the node's pod or process group (run and node identity)
 * @param workflowVolumes the volumes a mount may name besides the template's own {@code volumes}, as Argo's pod
 *                        builder looks them up: the workflow's {@code spec.volumes} (global tags substituted),
 *                        then one {@code persistentVolumeClaim} volume per {@code volumeClaimTemplates} entry,
 *                        named as the entry, its claim named {@code <workflow>-<name>} as Argo names the PVC
 * @param artifactStore the run's artifact repository, or null for the runtime's own default repository
 * @param workflowSpec the spec the run executes, for the workflow-level pod settings a template falls back on
 *                     (serviceAccountName, nodeSelector, podMetadata, imagePullSecrets...); null when the caller
 *                     has none (then only the template's own settings apply)
 */
public record LeafRequest(String workflowName, String nodeId, String nodeName, String displayName, String podName,
        Template template, NodeIo inputs, Duration timeout, Map<String, String> labels, List<YNode> workflowVolumes,
        ArtifactStore artifactStore, WorkflowSpec workflowSpec) {

    /** A request with only the template's own settings, using the runtime's default artifact repository. */
    public LeafRequest(String workflowName, String nodeId, String nodeName, String displayName, String podName,
            Template template, NodeIo inputs, Duration timeout, Map<String, String> labels) {
        this(workflowName, nodeId, nodeName, displayName, podName, template, inputs, timeout, labels, List.of(), null,
                null);
    }

    public LeafRequest {
        Objects.requireNonNull(workflowName, "workflowName");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(template, "template");
        inputs = inputs == null ? NodeIo.EMPTY : inputs;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        workflowVolumes = workflowVolumes == null ? List.of() : List.copyOf(workflowVolumes);
    }
}
