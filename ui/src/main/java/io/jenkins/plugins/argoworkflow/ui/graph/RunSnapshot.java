package io.jenkins.plugins.argoworkflow.ui.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A run as Argo's status JSON shows it, read once into immutable records: what the graph and the JSON view
 * are built from. Built from the engine's own status JSON or from an Argo Workflow object, so the same view
 * serves a live run, a state directory and a workflow fetched from Argo.
 *
 * @param workflowName the workflow's name (the root node's ID)
 * @param phase the workflow's phase, null before it started
 * @param startedAt RFC 3339, or null
 * @param finishedAt RFC 3339, or null
 * @param nodes in the order of the status's {@code nodes} map
 * @param outputs the workflow's global outputs as Argo writes them, or null
 */
public record RunSnapshot(String workflowName, String phase, String startedAt, String finishedAt, String message,
        String progress, List<Node> nodes, JsonNode outputs) {

    public RunSnapshot {
        nodes = List.copyOf(nodes);
    }

    /** The run has reached its final phase. */
    public boolean finished() {
        return phase != null && !"Running".equals(phase) && !"Pending".equals(phase);
    }

    /**
     * One node, with the fields of Argo's {@code NodeStatus} the page shows. {@code inputs} and {@code outputs}
     * are kept as Argo wrote them (parameters, artifacts, result, exitCode).
     */
    public record Node(String id, String name, String displayName, String type, String templateName,
            String phase, String boundaryId, String message, String startedAt, String finishedAt, JsonNode inputs,
            JsonNode outputs, List<String> children, List<String> outboundNodes, String podIp,
            String hostNodeName) {

        public Node {
            children = List.copyOf(children);
            outboundNodes = List.copyOf(outboundNodes);
        }

        /** The node is still going on (its log may grow, it may be resumed or stopped). */
        public boolean active() {
            return "Running".equals(phase) || "Pending".equals(phase);
        }

        /** The exit code the node's main container reported, or null. */
        public String exitCode() {
            return outputs == null || !outputs.hasNonNull("exitCode") ? null : outputs.get("exitCode").asText();
        }
    }
}
