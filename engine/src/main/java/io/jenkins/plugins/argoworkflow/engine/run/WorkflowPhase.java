package io.jenkins.plugins.argoworkflow.engine.run;

/** Argo's workflow phases. A workflow not yet started has no phase (Argo's "Unknown", written as no field). */
public enum WorkflowPhase {
    PENDING("Pending"),
    RUNNING("Running"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    ERROR("Error");

    private final String argoName;

    WorkflowPhase(String argoName) {
        this.argoName = argoName;
    }

    public String argoName() {
        return argoName;
    }

    public boolean completed() {
        return this == SUCCEEDED || this == FAILED || this == ERROR;
    }
}
