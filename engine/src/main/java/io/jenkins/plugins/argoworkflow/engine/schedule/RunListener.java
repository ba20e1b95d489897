package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;

/**
 * What a run tells its host (the CLI's console, Jenkins's build log, the graph page), on the run's event
 * loop: keep the work short, or hand it to another thread.
 */
public interface RunListener {

    RunListener NONE = new RunListener() {
    };

    /** A node was created or changed phase. */
    default void nodeChanged(NodeStatus node) {
    }

    /** One line of a leaf node's output. */
    default void log(NodeStatus node, String line) {
    }

    /** The workflow reached its final phase. */
    default void finished(WorkflowStatus status) {
    }
}
