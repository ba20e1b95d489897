package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.model.ContainerSetTemplate;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The Container nodes of a containerSet pod, as Argo's executeContainerSet lays them out: one node
 * {@code <pod node>.<container>} per container, inside the pod node's boundary, hung under the pod node
 * (no dependencies) or under each container it depends on; the runtime reports their phases.
 */
final class ContainerSets {

    /** Argo's message for a container that had not ended when its pod failed. */
    static final String POD_FAILED = "Pod Failed whilst container running";

    private ContainerSets() {
    }

    static String nodeName(NodeStatus pod, String container) {
        return pod.name() + "." + container;
    }

    /** Creates the pod's Container nodes, Pending, and links them along the set's dependencies. */
    static void createNodes(Scheduler scheduler, NodeStatus pod, ContainerSetTemplate set) {
        for (ContainerSetTemplate.ContainerNode c : set.containers()) {
            scheduler.create(nodeName(pod, c.container().name()), NodeType.CONTAINER, pod, pod.templateName(),
                    pod.templateRef(), pod.templateScope(), NodePhase.PENDING, null);
        }
        for (ContainerSetTemplate.ContainerNode c : set.containers()) {
            String id = container(scheduler, pod, c.container().name()).id();
            if (c.dependencies().isEmpty()) {
                pod.addChild(id);
            }
            for (String dependency : c.dependencies()) {
                container(scheduler, pod, dependency).addChild(id);
            }
        }
    }

    private static NodeStatus container(Scheduler scheduler, NodeStatus pod, String name) {
        return scheduler.status().nodeByName(nodeName(pod, name))
                .orElseThrow(() -> new IllegalStateException("no container " + name + " in " + pod.name()));
    }

    /** A container's phase as the runtime reports it; a fulfilled container keeps its phase. */
    static void containerChanged(Scheduler scheduler, NodeStatus pod, String name, NodePhase phase, String message) {
        scheduler.status().nodeByName(nodeName(pod, name)).filter(c -> c.type() == NodeType.CONTAINER
                && pod.id().equals(c.boundaryId()) && !c.phase().fulfilled() && c.phase() != phase)
                .ifPresent(c -> scheduler.markPhase(c, phase, message));
    }

    /**
     * The pod ended: containers the runtime did not report ended Succeed with a Succeeded pod, and fail with
     * Argo's message otherwise.
     */
    static void podEnded(Scheduler scheduler, NodeStatus pod, ContainerSetTemplate set) {
        for (ContainerSetTemplate.ContainerNode c : set.containers()) {
            NodeStatus node = container(scheduler, pod, c.container().name());
            if (!node.phase().fulfilled()) {
                boolean succeeded = pod.phase() == NodePhase.SUCCEEDED;
                scheduler.markPhase(node, succeeded ? NodePhase.SUCCEEDED : NodePhase.FAILED,
                        succeeded ? null : POD_FAILED);
            }
        }
    }

    /**
     * Whether {@code pod} is a containerSet's pod. Its Container nodes are its first children (they are linked
     * when it is created), so one look at the first child answers, however many steps or tasks hang under it.
     */
    static boolean holdsContainers(Scheduler scheduler, NodeStatus pod) {
        if (pod.children().isEmpty()) {
            return false;
        }
        NodeStatus first = scheduler.node(pod.children().get(0));
        return first.type() == NodeType.CONTAINER && pod.id().equals(first.boundaryId());
    }

    /**
     * Argo's outbound nodes below a containerSet pod or one of its containers: the containers nothing in
     * the set depends on. A container whose child lies outside the pod (a following step) is outbound itself.
     */
    static List<String> outboundNodes(Scheduler scheduler, NodeStatus node) {
        String setBoundary = node.type() == NodeType.POD ? node.id() : node.boundaryId();
        Set<String> out = new LinkedHashSet<>();
        for (String childId : node.children()) {
            NodeStatus child = scheduler.node(childId);
            if (child.type() == NodeType.CONTAINER && Objects.equals(child.boundaryId(), setBoundary)) {
                out.addAll(outboundNodes(scheduler, child));
            } else if (node.type() == NodeType.CONTAINER) {
                out.add(node.id());
            }
        }
        return out.isEmpty() ? List.of(node.id()) : List.copyOf(out);
    }
}
