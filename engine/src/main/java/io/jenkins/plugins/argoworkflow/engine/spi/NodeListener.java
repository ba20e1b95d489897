package io.jenkins.plugins.argoworkflow.engine.spi;

/** What a runtime reports about the nodes it runs; called from any thread. */
public interface NodeListener {

    /** The node's process or pod is running ({@code hostOrPodIp} may be null). */
    void running(String nodeId, String hostOrPodIp);

    /** One line of the node's main output (stdout and stderr), without its line break. */
    void log(String nodeId, String line);

    /** The node ended; called exactly once per launch. */
    void finished(String nodeId, LeafResult result);
}
