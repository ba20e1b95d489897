package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;

/**
 * A node could not be started or its outputs not collected. The phase is Argo's: Error for what the
 * executor could not prepare or collect, Failed for a main container that could not start (a command that
 * does not exist).
 */
final class LaunchException extends Exception {

    private static final long serialVersionUID = 1L;

    private final NodePhase phase;

    LaunchException(NodePhase phase, String message) {
        super(message);
        this.phase = phase;
    }

    static LaunchException error(String message) {
        return new LaunchException(NodePhase.ERROR, message);
    }

    NodePhase phase() {
        return phase;
    }
}
