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
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
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
    /** The workflow's own volumes and claims, the same for every leaf ({@link PodVolumes}). */
    private final List<YNode> podVolumes;
    /** The spec the run executes: runtimes take workflow-level pod settings from it. */
    private final WorkflowSpec spec;
    private final Map<String, NodeStatus> running = new LinkedHashMap<>();
    private final Map<String, LeafRequest> requests = new HashMap<>();
    /** Which leaves a recovered run's journal saw launched or ended. */
    private final Recovery recovery;
    /** Leaves being stopped, with the message they end with. */
    private final Map<String, String> stopped = new HashMap<>();

    Leaves(Scheduler scheduler, NodeRuntime runtime, EventLoop loop, Slots podSlots, WorkflowSpec spec,
            List<YNode> podVolumes, Recovery recovery) {
        this.spec = spec;
        this.scheduler = scheduler;
        this.podVolumes = podVolumes;
        this.recovery = recovery;
        this.runtime = runtime;
        this.loop = loop;
        this.podSlots = podSlots;
    }

    /**
     * Hands the node to the runtime as the pod {@code podName}; past {@code spec.parallelism} it waits, Pending,
     * for a running one to end.
     */
    void launch(NodeStatus node, Template template, NodeIo inputs, String podName) {
        String workflow = scheduler.workflowName();
        LeafRequest request = new LeafRequest(workflow, node.id(), node.name(), node.displayName(),
                podName != null ? podName : NodeNames.podName(workflow, node.name(), template.name()), template, inputs,
                deadline(template),
                Map.of("argo-workflow/run", workflow, "argo-workflow/node", node.id()), podVolumes,
                scheduler.artifactStore(), spec);
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
        if (running.containsKey(nodeId) && !stopped.containsKey(nodeId)) {
            stopped.put(nodeId, message);
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
        requests.put(node.id(), request);
        NodeListener listener = new NodeListener() {
            @Override
            public void running(String nodeId, String hostOrPodIp) {
                loop.external(JournalEntry.reported(JournalEntry.Kind.RUNNING, node.id(), hostOrPodIp));
            }

            @Override
            public void ready(String nodeId, String hostOrPodIp) {
                loop.external(JournalEntry.reported(JournalEntry.Kind.READY, node.id(), hostOrPodIp));
            }

            @Override
            public void containerChanged(String nodeId, String container, NodePhase phase, String message) {
                loop.external(JournalEntry.container(node.id(), container, phase, message));
            }

            @Override
            public void pending(String nodeId, String reason) {
                loop.external(JournalEntry.pending(node.id(), reason));
            }

            @Override
            public void log(String nodeId, String line) {
                loop.postQuiet(() -> scheduler.log(node, line));
            }

            @Override
            public void finished(String nodeId, LeafResult result) {
                loop.external(JournalEntry.finished(node.id(), result.phase(), result.message(), result.outputs()));
            }
        };
        switch (recovery.of(node.id())) {
            case ENDED -> { } // its reports are in the journal being replayed
            case LAUNCHED -> runtime.adopt(request, listener);
            default -> {
                recovery.launched(node.id());
                runtime.launch(request, listener);
            }
        }
    }

    /** Applies a runtime's report about a leaf (live, or replayed from the journal). */
    void apply(JournalEntry report) {
        NodeStatus node = running.get(report.node());
        LeafRequest request = requests.get(report.node());
        if (node == null || request == null) {
            return; // a report about a leaf that already ended
        }
        switch (report.kind()) {
            case PENDING -> {
                if (node.phase() == NodePhase.PENDING && !java.util.Objects.equals(node.message(), report.message())) {
                    scheduler.markPhase(node, NodePhase.PENDING, report.message());
                }
            }
            case RUNNING -> {
                if (node.phase() == NodePhase.PENDING) {
                    scheduler.markPhase(node, NodePhase.RUNNING, afterPending(node, NodePhase.RUNNING, null));
                }
            }
            case READY -> {
                if (Boolean.TRUE.equals(request.template().daemon())) {
                    daemoned(node, report.ip());
                }
            }
            case CONTAINER -> ContainerSets.containerChanged(scheduler, node, report.container(), report.phase(),
                    report.message());
            case FINISHED -> {
                requests.remove(node.id());
                ended(node, new LeafResult(report.phase(), report.message(), report.outputs()), request.template());
            }
            default -> throw new IllegalArgumentException("not a leaf's report: " + report.kind());
        }
    }

    /**
     * A daemon whose containers are ready: Running and Daemoned, and fulfilled for its owner (the steps or
     * tasks after it start), as Argo marks it. It runs on until its boundary is fulfilled.
     */
    private void daemoned(NodeStatus node, String ip) {
        if (!running.containsKey(node.id()) || node.daemoned() || node.phase().fulfilled()) {
            return;
        }
        if (node.phase() == NodePhase.PENDING) {
            scheduler.markPhase(node, NodePhase.RUNNING, afterPending(node, NodePhase.RUNNING, null));
        }
        node.setDaemoned(true, ip);
        scheduler.daemonStarted(node);
    }

    /** Ends a daemon whose boundary was fulfilled: its node has Succeeded; the runtime stops it. */
    void stopDaemon(NodeStatus node) {
        stop(node.id(), null, NodeRuntime.StopReason.DAEMON_DONE);
    }

    private void ended(NodeStatus node, LeafResult result, Template template) {
        if (running.remove(node.id()) == null) {
            return; // a runtime reporting twice: the first report stands
        }
        podSlots.release();
        String stoppedFor = stopped.remove(node.id());
        if (node.phase().fulfilled()) {
            return; // a daemon ended by its boundary: it Succeeded already
        }
        node.setOutputs(withLiteralOutputs(result.outputs(), template));
        scheduler.globalOutputs().set(template, node.outputs());
        boolean wasDaemoned = node.daemoned();
        node.setDaemoned(false, node.podIp());
        if (stoppedFor != null && result.phase().failedOrError()) {
            scheduler.markPhase(node, NodePhase.FAILED, stoppedFor);
        } else if (wasDaemoned && result.phase() == NodePhase.SUCCEEDED) {
            // Argo: a daemon should run until its boundary ends; one that exits on its own has failed.
            scheduler.markPhase(node, NodePhase.FAILED, result.message());
        } else {
            scheduler.markPhase(node, result.phase(), afterPending(node, result.phase(), result.message()));
        }
        if (template.containerSet() != null) {
            ContainerSets.podEnded(scheduler, node, template.containerSet());
        }
        scheduler.fulfilled(node);
    }

    /**
     * The message of a leaf leaving {@code Pending} for {@code to}: as Argo's {@code assessNodeStatus}, a pending
     * reason ({@code PodInitializing}, {@code ErrImagePull: ...}) that nothing replaced is cleared, unless the node
     * fails or errs, where it may say why.
     *
     * @return the message to set: {@code message}, or "" to clear the pending reason, or null to keep the node's
     */
    private static String afterPending(NodeStatus node, NodePhase to, String message) {
        if (node.phase() == NodePhase.PENDING && to != NodePhase.PENDING && !to.failedOrError()
                && (message == null || message.equals(node.message()))) {
            return "";
        }
        return message;
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
