package io.jenkins.plugins.argoworkflow.ui.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Argo's status JSON into a {@link RunSnapshot}: either a whole Workflow object
 * ({@code {"metadata": {"name": ...}, "status": {...}}}, as {@code argowf run -o json}, {@code kubectl get wf -o
 * json} and the state directory write it) or a bare status object with the name given separately.
 */
public final class StatusReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatusReader() {
    }

    /** Reads a Workflow object; its {@code metadata.name} names the run. */
    public static RunSnapshot readWorkflow(String json) {
        JsonNode root = parse(json);
        String name = root.path("metadata").path("name").asText(null);
        if (name == null) {
            throw new IllegalArgumentException("the workflow object has no metadata.name");
        }
        return fromStatus(name, root.path("status"));
    }

    /** Reads a bare status object, as {@code WorkflowRun.statusJson()} gives it. */
    public static RunSnapshot readStatus(String workflowName, String json) {
        return fromStatus(workflowName, parse(json));
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON status: " + e.getOriginalMessage(), e);
        }
    }

    private static RunSnapshot fromStatus(String workflowName, JsonNode status) {
        List<RunSnapshot.Node> nodes = new ArrayList<>();
        status.path("nodes").forEach(n -> nodes.add(node(n)));
        JsonNode outputs = status.get("outputs");
        return new RunSnapshot(workflowName, text(status, "phase"), text(status, "startedAt"),
                text(status, "finishedAt"), text(status, "message"), text(status, "progress"), nodes, outputs);
    }

    private static RunSnapshot.Node node(JsonNode n) {
        return new RunSnapshot.Node(text(n, "id"), text(n, "name"), text(n, "displayName"), text(n, "type"),
                text(n, "templateName"), text(n, "phase"), text(n, "boundaryID"), text(n, "message"),
                text(n, "startedAt"), text(n, "finishedAt"), n.get("inputs"), n.get("outputs"), ids(n, "children"),
                ids(n, "outboundNodes"), text(n, "podIP"), text(n, "hostNodeName"));
    }

    private static List<String> ids(JsonNode n, String field) {
        List<String> ids = new ArrayList<>();
        n.path(field).forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
