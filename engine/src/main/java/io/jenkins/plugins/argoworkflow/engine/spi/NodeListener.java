package io.jenkins.plugins.argoworkflow.engine.spi;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;

/** What a runtime reports about the nodes it runs; called from any thread. */
public interface NodeListener {

    /**
     * The node's pod is not running yet and says why, as Argo's node message shows it while Pending
     * ({@code ErrImagePull: ...}, {@code Unschedulable: 0/3 nodes are available...}); runtimes that start
     * nodes at once never call it.
     */
    default void pending(String nodeId, String reason) {
        // Most runtimes have nothing to say before a node runs.
    }

    /** The node's process or pod is running ({@code hostOrPodIp} may be null). */
    void running(String nodeId, String hostOrPodIp);

    /**
     * Every container of the node is ready: its readiness probe passed, or it has none and is running.
     * Runtimes call it after {@link #running}; the scheduler marks a {@code daemon: true} node Daemoned then,
     * and the steps or tasks after it may start. Listeners that do not care about readiness ignore it.
     */
    default void ready(String nodeId, String hostOrPodIp) {
    }

    /**
     * A container of a {@code containerSet} node started ({@code Running}) or ended ({@code Succeeded},
     * {@code Failed}, {@code Error} with Argo's message {@code <name>: Error (exit code N)}). Containers not
     * reported ended when the node finishes take the node's outcome.
     */
    default void containerChanged(String nodeId, String container, NodePhase phase, String message) {
    }

    /** One line of the node's main output (stdout and stderr), without its line break. */
    void log(String nodeId, String line);

    /** The node ended; called exactly once per launch. */
    void finished(String nodeId, LeafResult result);
}
