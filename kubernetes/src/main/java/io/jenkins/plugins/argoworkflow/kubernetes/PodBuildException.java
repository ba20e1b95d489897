package io.jenkins.plugins.argoworkflow.kubernetes;

/** A leaf node's template cannot be turned into a pod; the message says why and what to change. */
public final class PodBuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PodBuildException(String message) {
        super(message);
    }
}
