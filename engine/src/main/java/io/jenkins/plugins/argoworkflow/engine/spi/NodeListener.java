package io.jenkins.plugins.argoworkflow.engine.spi;

/** What a runtime reports about the nodes it runs; called from any thread. */
public interface NodeListener {

    /** The node's process or pod is running ({@code hostOrPodIp} may be null). */
    void running(String nodeId, String hostOrPodIp);

    /**
     * Every container of the node is ready: its readiness probe passed, or it has none and is running.
     * Runtimes call it after {@link #running}; the scheduler marks a {@code daemon: true} node Daemoned then,
     * and the steps or tasks after it may start. Listeners that do not care about readiness ignore it.
     */
    default void ready(String nodeId, String hostOrPodIp) {
    }

    /** One line of the node's main output (stdout and stderr), without its line break. */
    void log(String nodeId, String line);

    /** The node ended; called exactly once per launch. */
    void finished(String nodeId, LeafResult result);
}
