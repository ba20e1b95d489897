package io.jenkins.plugins.argoworkflow.engine.spi;

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

    /** One line of the node's main output (stdout and stderr), without its line break. */
    void log(String nodeId, String line);

    /** The node ended; called exactly once per launch. */
    void finished(String nodeId, LeafResult result);
}
