package io.jenkins.plugins.argoworkflow.engine.spi;

import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;

/**
 * Runs leaf nodes (container and script templates, and resource templates where {@link #runsResourceTemplates}) for the scheduler: as host processes (the local
 * runtime), as pods with init and wait executors (the Kubernetes runtime), or as scripted outcomes (tests).
 *
 * <p>The scheduler calls {@link #launch} and {@link #stop} from its event loop and must not be blocked:
 * implementations return at once and report through the {@link NodeListener}, from any thread. The
 * scheduler turns those reports into events on its own loop.
 */
public interface NodeRuntime extends AutoCloseable {

    /**
     * Starts the leaf node described by {@code request}. Every launch ends with exactly one
     * {@link NodeListener#finished} call for the request's node, also when the launch itself fails (then
     * with phase Error and a message that says why).
     */
    void launch(LeafRequest request, NodeListener listener);

    /**
     * Whether {@link #launch} takes {@code resource} templates (a Kubernetes object created, applied, deleted
     * or read with the controller's credentials): the Kubernetes runtime does, and refuses them node by node
     * unless its settings allow them. Other runtimes leave them to the scheduler, which errors the node.
     */
    default boolean runsResourceTemplates() {
        return false;
    }

    /**
     * Takes back a leaf that was launched before the process driving the run stopped (a crash, a restart)
     * and is being recovered from its journal: a runtime that can find it again (a pod, by its labels)
     * reports on it as if it had launched it; one that cannot reports it ended in Error, so the node's
     * retry policy applies. Either way it ends with exactly one {@link NodeListener#finished} call.
     */
    default void adopt(LeafRequest request, NodeListener listener) {
        listener.finished(request.nodeId(), LeafResult.error(LOST));
    }

    /** The message of a leaf that a recovered run could not find again. */
    String LOST = "the node's process was lost when the run was interrupted; it may have ended or been killed";

    /**
     * Stops a running node: {@link StopReason#DEADLINE}, {@link StopReason#STOP} and
     * {@link StopReason#DAEMON_DONE} end its processes or pod gracefully (TERM, then KILL after a grace period); {@link StopReason#TERMINATE} at once. The node
     * still reports {@link NodeListener#finished}. Stopping a node that already finished does nothing.
     */
    void stop(String nodeId, StopReason reason);

    /**
     * The run {@code workflowName} ended in {@code phase}, after its daemons were stopped: a runtime releases
     * what it made for the run as a whole (the Kubernetes runtime deletes its volumeClaimTemplates' claims as
     * {@code spec.volumeClaimGC} says). Called once per run from the scheduler's loop, also when a recovered run
     * ends: return at once; {@link #close} waits for what is still under way.
     */
    default void runEnded(String workflowName, WorkflowSpec spec, WorkflowPhase phase) {
        // Runtimes with nothing per run (the local one) have nothing to release.
    }

    /** Releases what the runtime holds (watches, thread pools); nodes still running are stopped. */
    @Override
    void close();

    /** Why a node is stopped; the phase and message it ends with follow from it. */
    enum StopReason {
        /** The template's {@code timeout} or {@code activeDeadlineSeconds} passed. */
        DEADLINE,
        /** The workflow was stopped: exit handlers still run. */
        STOP,
        /** The workflow was terminated: nothing more runs. */
        TERMINATE,
        /**
         * A daemon's boundary (the steps or DAG node that started it) was fulfilled: end it gracefully. Its
         * node has already Succeeded, as Argo's killDaemonedChildren marks it.
         */
        DAEMON_DONE
    }
}
