package io.jenkins.plugins.argoworkflow.engine.run;

import io.jenkins.plugins.argoworkflow.engine.model.TemplateRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One node of a run, with the fields of Argo's {@code NodeStatus}. Mutable: a run's single event loop owns
 * its nodes and changes only the nodes an event touches; readers outside the loop get a snapshot (JSON).
 */
public final class NodeStatus {

    private final String id;
    private final String name;
    private final String displayName;
    private final NodeType type;
    private final String boundaryId;
    private final String templateName;
    private final TemplateRef templateRef;
    private final String templateScope;
    private NodePhase phase;
    private String message;
    private final Instant startedAt;
    private Instant finishedAt;
    private NodeIo inputs = NodeIo.EMPTY;
    private NodeIo outputs = NodeIo.EMPTY;
    private static final int FEW_CHILDREN = 8;

    private final List<String> children = new ArrayList<>(0);
    /**
     * Membership of {@link #children} once there are more than {@link #FEW_CHILDREN}, so that adding to a group
     * of thousands stays O(1); most nodes have one or two children, which a look through the list finds as fast.
     */
    private java.util.Set<String> childSet;
    private List<String> outboundNodes = List.of();
    private String podIp;
    private boolean daemoned;
    private boolean hooked;
    private boolean retried;
    private String hostNodeName;

    /**
     * A new node. {@code finishedAt} is set at once when the node starts fulfilled (a skipped or omitted
     * node, an error before the node could run), as Argo's initializeNode does.
     */
    public NodeStatus(String id, String name, String displayName, NodeType type, String boundaryId,
            String templateName, TemplateRef templateRef, String templateScope, NodePhase phase, String message,
            Instant startedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.displayName = displayName;
        this.type = Objects.requireNonNull(type, "type");
        this.boundaryId = boundaryId;
        this.templateName = templateName;
        this.templateRef = templateRef;
        this.templateScope = templateScope;
        this.phase = Objects.requireNonNull(phase, "phase");
        this.message = message;
        this.startedAt = startedAt;
        if (phase.fulfilled()) {
            this.finishedAt = startedAt;
        }
    }

    /**
     * Moves the node to {@code newPhase}; {@code newMessage} replaces the message when not null. The first
     * time the node is fulfilled its {@code finishedAt} is set.
     */
    public void markPhase(NodePhase newPhase, String newMessage, Instant now) {
        this.phase = Objects.requireNonNull(newPhase, "phase");
        if (newMessage != null) {
            this.message = newMessage;
        }
        if (newPhase.fulfilled() && finishedAt == null) {
            finishedAt = now;
        }
    }

    public void addChild(String childId) {
        if (childSet != null) {
            if (childSet.add(childId)) {
                children.add(childId);
            }
        } else if (!children.contains(childId)) {
            children.add(childId);
            if (children.size() > FEW_CHILDREN) {
                childSet = new java.util.HashSet<>(children);
            }
        }
    }

    public void setOutboundNodes(List<String> ids) {
        outboundNodes = List.copyOf(ids);
    }

    public void setInputs(NodeIo inputs) {
        this.inputs = Objects.requireNonNull(inputs);
    }

    public void setOutputs(NodeIo outputs) {
        this.outputs = Objects.requireNonNull(outputs);
    }

    public void setDaemoned(boolean daemoned, String podIp) {
        this.daemoned = daemoned;
        this.podIp = podIp;
    }

    public void setFlags(boolean hooked, boolean retried) {
        this.hooked = hooked;
        this.retried = retried;
    }

    public void setHostNodeName(String hostNodeName) {
        this.hostNodeName = hostNodeName;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String displayName() {
        return displayName;
    }

    public NodeType type() {
        return type;
    }

    public String boundaryId() {
        return boundaryId;
    }

    public String templateName() {
        return templateName;
    }

    public TemplateRef templateRef() {
        return templateRef;
    }

    public String templateScope() {
        return templateScope;
    }

    public NodePhase phase() {
        return phase;
    }

    public String message() {
        return message;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public NodeIo inputs() {
        return inputs;
    }

    public NodeIo outputs() {
        return outputs;
    }

    public List<String> children() {
        return Collections.unmodifiableList(children);
    }

    public List<String> outboundNodes() {
        return outboundNodes;
    }

    public String podIp() {
        return podIp;
    }

    public boolean daemoned() {
        return daemoned;
    }

    public boolean hooked() {
        return hooked;
    }

    public boolean retried() {
        return retried;
    }

    public String hostNodeName() {
        return hostNodeName;
    }

    @Override
    public String toString() {
        return name + " (" + type.argoName() + ", " + phase.argoName() + ")";
    }
}
