package io.jenkins.plugins.argoworkflow.engine.run;

/** Argo's node phases, with Argo's spelling for status JSON. */
public enum NodePhase {
    PENDING("Pending"),
    RUNNING("Running"),
    SUCCEEDED("Succeeded"),
    SKIPPED("Skipped"),
    FAILED("Failed"),
    ERROR("Error"),
    OMITTED("Omitted");

    private final String argoName;

    NodePhase(String argoName) {
        this.argoName = argoName;
    }

    /** The phase as Argo writes it ({@code Succeeded}). */
    public String argoName() {
        return argoName;
    }

    /** Argo's {@code Completed()}: the node ran to an end. */
    public boolean completed() {
        return this == SUCCEEDED || this == FAILED || this == ERROR;
    }

    /** Argo's {@code Fulfilled()}: nothing more will happen to the node (it ended, or never will run). */
    public boolean fulfilled() {
        return completed() || this == SKIPPED || this == OMITTED;
    }

    public boolean failedOrError() {
        return this == FAILED || this == ERROR;
    }

    public static NodePhase fromArgoName(String name) {
        for (NodePhase p : values()) {
            if (p.argoName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown node phase '" + name + "'");
    }
}
