package io.jenkins.plugins.argoworkflow.engine.run;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A run's status in Argo's shape: phase, times, message, the nodes by ID and the workflow's global
 * outputs. Nodes are found by ID or by name in constant time, so an event touches only its nodes.
 */
public final class WorkflowStatus {

    private final String workflowName;
    private WorkflowPhase phase;
    private Instant startedAt;
    private Instant finishedAt;
    private String message;
    private final Map<String, NodeStatus> nodes = new LinkedHashMap<>();
    private NodeIo outputs = NodeIo.EMPTY;

    public WorkflowStatus(String workflowName) {
        this.workflowName = workflowName;
    }

    public String workflowName() {
        return workflowName;
    }

    /** Adds a node; its ID must be new (Argo's IDs derive from unique names). */
    public NodeStatus add(NodeStatus node) {
        if (nodes.putIfAbsent(node.id(), node) != null) {
            throw new IllegalStateException("node " + node.name() + " (" + node.id() + ") exists already");
        }
        return node;
    }

    public Optional<NodeStatus> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The node named {@code nodeName}, found through its ID. */
    public Optional<NodeStatus> nodeByName(String nodeName) {
        return node(NodeNames.nodeId(workflowName, nodeName));
    }

    public Collection<NodeStatus> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    public void start(Instant now) {
        phase = WorkflowPhase.RUNNING;
        startedAt = now;
    }

    public void finish(WorkflowPhase finalPhase, String finalMessage, Instant now) {
        phase = finalPhase;
        if (finalMessage != null) {
            message = finalMessage;
        }
        if (finishedAt == null) {
            finishedAt = now;
        }
    }

    public void setOutputs(NodeIo outputs) {
        this.outputs = outputs;
    }

    public WorkflowPhase phase() {
        return phase;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String message() {
        return message;
    }

    public NodeIo outputs() {
        return outputs;
    }
}
