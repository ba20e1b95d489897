package io.jenkins.plugins.argoworkflow.cli.run;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The final node tree as {@code argo get} prints it: each node under its boundary (the steps, DAG or retry
 * that contains it), with phase mark, template, duration and message. Step groups are left out, as they are
 * an arrangement rather than work.
 */
public final class NodeTree {

    private NodeTree() {
    }

    public static String render(WorkflowStatus status) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-10s %s%n", "Name:", status.workflowName()));
        out.append(String.format("%-10s %s%n", "Status:", status.phase() == null ? "Pending" : status.phase().argoName()));
        if (status.message() != null && !status.message().isEmpty()) {
            out.append(String.format("%-10s %s%n", "Message:", status.message()));
        }
        if (status.startedAt() != null && status.finishedAt() != null) {
            out.append(String.format("%-10s %s%n", "Duration:", duration(Duration.between(status.startedAt(),
                    status.finishedAt()))));
        }
        if (!status.outputs().parameters().isEmpty()) {
            out.append("Output Parameters:\n");
            status.outputs().parameters().forEach(p -> out.append("  ").append(p.name()).append(": ").append(p.value())
                    .append('\n'));
        }
        out.append('\n').append(table(status.nodes(), null));
        return out.toString();
    }

    /**
     * The node table as {@code argo get} and {@code argo watch} show it: each node under its boundary, with its
     * template, duration (nodes still running: up to {@code now}, when given) and message.
     */
    public static String table(Collection<NodeStatus> nodes, Instant now) {
        Map<String, List<NodeStatus>> byBoundary = new LinkedHashMap<>();
        List<NodeStatus> roots = new ArrayList<>();
        for (NodeStatus n : nodes) {
            if (n.type() == NodeType.STEP_GROUP) {
                continue;
            }
            if (n.boundaryId() == null) {
                roots.add(n);
            } else {
                byBoundary.computeIfAbsent(n.boundaryId(), k -> new ArrayList<>()).add(n);
            }
        }
        StringBuilder out = new StringBuilder(String.format("%-40s %-20s %-10s %s%n", "STEP", "TEMPLATE", "DURATION",
                "MESSAGE"));
        for (NodeStatus root : roots) {
            line(out, root, 0, byBoundary, now);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, NodeStatus n, int depth, Map<String, List<NodeStatus>> byBoundary,
            Instant now) {
        String name = "  ".repeat(depth) + mark(n.phase()) + " " + n.displayName();
        Instant end = n.finishedAt() != null ? n.finishedAt() : now;
        String took = n.startedAt() != null && end != null ? duration(Duration.between(n.startedAt(), end)) : "";
        out.append(String.format("%-40s %-20s %-10s %s%n", name, n.templateName() == null ? "" : n.templateName(), took,
                n.message() == null ? "" : n.message()).stripTrailing()).append('\n');
        for (NodeStatus child : byBoundary.getOrDefault(n.id(), List.of())) {
            line(out, child, depth + 1, byBoundary, now);
        }
    }

    /** Argo CLI's phase marks. */
    static String mark(NodePhase phase) {
        return switch (phase) {
            case SUCCEEDED -> "✔";
            case FAILED, ERROR -> "✖";
            case SKIPPED, OMITTED -> "○";
            case RUNNING -> "●";
            case PENDING -> "◷";
        };
    }

    static String duration(Duration d) {
        long s = d.getSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m" + (s % 60 > 0 ? s % 60 + "s" : "");
        }
        return s / 3600 + "h" + (s / 60 % 60 > 0 ? s / 60 % 60 + "m" : "");
    }
}
