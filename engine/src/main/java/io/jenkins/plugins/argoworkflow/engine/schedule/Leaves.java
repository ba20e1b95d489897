package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.model.ArgoDuration;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodeNames;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The leaves of a run in the runtime's hands: started within {@code spec.parallelism}, stopped for their
 * deadline or a shutdown, and their reports turned into events on the run's loop. A stopped leaf ends
 * Failed with the message of why it was stopped.
 */
final class Leaves {

    private final Scheduler scheduler;
    private final NodeRuntime runtime;
    private final EventLoop loop;
    private final Slots podSlots;
    /** The spec the run executes: runtimes take workflow-level pod settings from it. */
    private final WorkflowSpec spec;
    private final Map<String, NodeStatus> running = new LinkedHashMap<>();
    /** Leaves being stopped, with the message they end with. */
    private final Map<String, String> stopped = new HashMap<>();

    Leaves(Scheduler scheduler, NodeRuntime runtime, EventLoop loop, Slots podSlots, WorkflowSpec spec) {
        this.spec = spec;
        this.scheduler = scheduler;
        this.runtime = runtime;
        this.loop = loop;
        this.podSlots = podSlots;
    }

    /** Hands the node to the runtime; past {@code spec.parallelism} it waits, Pending, for a running one to end. */
    void launch(NodeStatus node, Template template, NodeIo inputs) {
        String workflow = scheduler.workflowName();
        LeafRequest request = new LeafRequest(workflow, node.id(), node.name(), node.displayName(),
                NodeNames.podName(workflow, node.name(), template.name()), template, inputs, deadline(template),
                Map.of("argo-workflow/run", workflow, "argo-workflow/node", node.id()), spec);
        podSlots.submit(() -> start(node, request));
    }

    /**
     * Output parameters a template gives a literal {@code value} (not {@code valueFrom}): Argo's controller
     * sets them itself, the runtime does not report them.
     */
    private static NodeIo withLiteralOutputs(NodeIo outputs, Template template) {
        List<NodeIo.Parameter> params = new ArrayList<>(outputs.parameters());
        for (Parameter p : template.outputs().parameters()) {
            boolean reported = params.stream().anyMatch(q -> q.name().equals(p.name()));
            if (p.valueFrom() == null && p.value() != null && !reported) {
                params.add(new NodeIo.Parameter(p.name(), p.value()));
            }
        }
        return params.size() == outputs.parameters().size() ? outputs
                : new NodeIo(params, outputs.artifacts(), outputs.result(), outputs.exitCode());
    }

    /** Stops the running leaves that {@code which} picks; each ends Failed with {@code message}. */
    void stopRunning(Predicate<NodeStatus> which, String message, NodeRuntime.StopReason reason) {
        for (NodeStatus node : List.copyOf(running.values())) {
            if (which.test(node)) {
                stop(node.id(), message, reason);
            }
        }
    }

    private void stop(String nodeId, String message, NodeRuntime.StopReason reason) {
        if (running.containsKey(nodeId) && stopped.putIfAbsent(nodeId, message) == null) {
            runtime.stop(nodeId, reason);
        }
    }

    private void start(NodeStatus node, LeafRequest request) {
        String refusal = scheduler.refusal(node);
        if (refusal != null) {
            podSlots.release();
            scheduler.markPhase(node, NodePhase.FAILED, refusal);
            scheduler.fulfilled(node);
            return;
        }
        running.put(node.id(), node);
        if (request.timeout() != null) {
            scheduler.later(request.timeout(),
                    () -> stop(node.id(), Scheduler.POD_DEADLINE, NodeRuntime.StopReason.DEADLINE));
        }
        runtime.launch(request, new NodeListener() {
            @Override
            public void running(String nodeId, String hostOrPodIp) {
                loop.post(() -> {
                    if (node.phase() == NodePhase.PENDING) {
                        scheduler.markPhase(node, NodePhase.RUNNING, null);
                    }
                });
            }

            @Override
            public void pending(String nodeId, String reason) {
                loop.post(() -> {
                    if (node.phase() == NodePhase.PENDING && !java.util.Objects.equals(node.message(), reason)) {
                        scheduler.markPhase(node, NodePhase.PENDING, reason);
                    }
                });
            }

            @Override
            public void log(String nodeId, String line) {
                loop.post(() -> scheduler.log(node, line));
            }

            @Override
            public void finished(String nodeId, LeafResult result) {
                loop.post(() -> ended(node, result, request.template()));
            }
        });
    }

    private void ended(NodeStatus node, LeafResult result, Template template) {
        if (node.phase().fulfilled()) {
            return; // a runtime reporting twice: the first report stands
        }
        running.remove(node.id());
        podSlots.release();
        node.setOutputs(withLiteralOutputs(result.outputs(), template));
        String stoppedFor = stopped.remove(node.id());
        if (stoppedFor != null && result.phase().failedOrError()) {
            scheduler.markPhase(node, NodePhase.FAILED, stoppedFor);
        } else {
            scheduler.markPhase(node, result.phase(), result.message());
        }
        scheduler.fulfilled(node);
    }

    /**
     * A leaf's own deadline: the shorter of its {@code timeout} and {@code activeDeadlineSeconds}, or null.
     * (Lint has checked both; a value that is not a duration is ignored here.)
     */
    private static Duration deadline(Template template) {
        Duration timeout = ArgoDuration.parse(template.timeout()).orElse(null);
        Duration active = null;
        if (template.activeDeadlineSeconds() != null) {
            active = ArgoDuration.parse(template.activeDeadlineSeconds().toString()).orElse(null);
        }
        if (timeout == null) {
            return active;
        }
        return active == null || timeout.compareTo(active) < 0 ? timeout : active;
    }
}
