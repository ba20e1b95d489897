package io.jenkins.plugins.argoworkflow.engine.run;

/** Argo's node types, with Argo's spelling for status JSON. */
public enum NodeType {
    POD("Pod"),
    CONTAINER("Container"),
    STEPS("Steps"),
    STEP_GROUP("StepGroup"),
    DAG("DAG"),
    TASK_GROUP("TaskGroup"),
    RETRY("Retry"),
    /** A node that never ran: {@code when} false, {@code depends} false, an empty loop, or an error before it existed. */
    SKIPPED("Skipped"),
    SUSPEND("Suspend"),
    HTTP("HTTP"),
    PLUGIN("Plugin");

    private final String argoName;

    NodeType(String argoName) {
        this.argoName = argoName;
    }

    public String argoName() {
        return argoName;
    }

    /** Nodes that do work themselves (counted by {@code progress}), as opposed to nodes that group children. */
    public boolean executable() {
        return this == POD || this == CONTAINER || this == HTTP || this == PLUGIN || this == SUSPEND;
    }
}
