package io.jenkins.plugins.argoworkflow.engine.schedule;

/** Argo's {@code spec.shutdown} strategies: Stop lets exit handlers run, Terminate does not. */
public enum Shutdown {
    STOP("Stop"),
    TERMINATE("Terminate");

    private final String argoName;

    Shutdown(String argoName) {
        this.argoName = argoName;
    }

    public String argoName() {
        return argoName;
    }

    /** The message of nodes and of the workflow ended by the shutdown. */
    String stoppedMessage() {
        return "Stopped with strategy '" + argoName + "'";
    }

    /** Argo's message (with its two spaces) for a running pod ended by the shutdown. */
    String podMessage() {
        return "workflow shutdown with strategy:  " + argoName;
    }
}
