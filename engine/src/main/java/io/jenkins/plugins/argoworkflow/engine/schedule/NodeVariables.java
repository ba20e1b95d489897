package io.jenkins.plugins.argoworkflow.engine.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a finished step or task offers to those after it ({@code steps.X.*}, {@code tasks.X.*}), as
 * Argo's buildLocalScope and processAggregateNodeOutputs build them.
 */
final class NodeVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeVariables() {
    }

    /** A single node's variables under {@code prefix} ({@code steps.a} or {@code tasks.a}). */
    static void put(Scope scope, String prefix, NodeStatus node) {
        common(scope, prefix, node);
        NodeIo out = node.outputs();
        if (out.exitCode() != null) {
            scope.put(prefix + ".exitCode", out.exitCode());
        }
        if (out.result() != null) {
            scope.put(prefix + ".outputs.result", out.result());
        }
        for (NodeIo.Parameter p : out.parameters()) {
            if (p.value() != null) {
                scope.put(prefix + ".outputs.parameters." + p.name(), p.value());
            }
        }
        for (NodeIo.Artifact a : out.artifacts()) {
            scope.put(prefix + ".outputs.artifacts." + a.name(), a);
        }
        if (node.podIp() != null) {
            scope.put(prefix + ".ip", node.podIp());
        }
    }

    /**
     * A skipped or omitted producer (Argo v4's addSkippedNodeOutputsToScope): its declared output parameters
     * stand for their {@code valueFrom.default}, or are present with no value (an absent optional), so a
     * consumer's input default can take over.
     */
    static void putSkipped(Scope scope, String prefix, NodeStatus node, Template producer) {
        common(scope, prefix, node);
        if (producer == null) {
            return;
        }
        for (Parameter p : producer.outputs().parameters()) {
            String fallback = p.valueFrom() == null ? null : p.valueFrom().defaultValue();
            scope.put(prefix + ".outputs.parameters." + p.name(), fallback);
        }
    }

    /**
     * The variables of a loop: id and status of the group node, and the outputs of its Succeeded children
     * aggregated into JSON: {@code outputs.result} as an array of each result read as JSON,
     * {@code outputs.parameters} as an array of name-to-value maps, {@code outputs.parameters.P} as an array.
     */
    static void putAggregate(Scope scope, String prefix, NodeStatus group, List<NodeStatus> children) {
        common(scope, prefix, group);
        List<Object> results = new ArrayList<>();
        List<Map<String, String>> parameters = new ArrayList<>();
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (NodeStatus child : children) {
            if (child.phase() != NodePhase.SUCCEEDED) {
                continue;
            }
            NodeIo out = child.outputs();
            if (out.result() != null) {
                results.add(readJson(out.result()));
            }
            if (!out.parameters().isEmpty()) {
                Map<String, String> one = new LinkedHashMap<>();
                for (NodeIo.Parameter p : out.parameters()) {
                    one.put(p.name(), p.value());
                    byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.value());
                }
                parameters.add(one);
            }
        }
        scope.put(prefix + ".outputs.result", json(results));
        scope.put(prefix + ".outputs.parameters", json(parameters));
        byName.forEach((name, values) -> scope.put(prefix + ".outputs.parameters." + name, aggregateValues(values)));
    }

    private static void common(Scope scope, String prefix, NodeStatus node) {
        scope.putNode(prefix, node);
    }

    /** Argo embeds the values when every one is a JSON object or array, and quotes them all otherwise. */
    private static String aggregateValues(List<String> values) {
        List<Object> embedded = new ArrayList<>();
        for (String v : values) {
            Object parsed = readJson(v);
            if (!(parsed instanceof Map) && !(parsed instanceof List)) {
                return json(values);
            }
            embedded.add(parsed);
        }
        return json(embedded);
    }

    /** A result read as JSON; text that is not JSON stays a string (Argo fails the node instead). */
    private static Object readJson(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
