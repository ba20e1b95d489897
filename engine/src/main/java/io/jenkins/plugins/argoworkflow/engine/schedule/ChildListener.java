package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;

/** The owner of a node (a steps group, a DAG, the workflow) hears once when the node is fulfilled. */
@FunctionalInterface
interface ChildListener {
    void childFulfilled(NodeStatus child);
}
