package io.jenkins.plugins.argoworkflow.engine.spi;

import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import java.util.Objects;

/**
 * How a leaf node ended: Succeeded, Failed (its main process exited non-zero, or it was stopped for its
 * deadline) or Error (inputs could not be prepared, outputs could not be collected, the pod was lost), with
 * Argo's message and what it produced.
 *
 * @param outputs result (stdout, one trailing newline trimmed), exit code, output parameters and artifacts;
 *                kept for Failed nodes too, as Argo keeps them
 */
public record LeafResult(NodePhase phase, String message, NodeIo outputs) {

    public LeafResult {
        Objects.requireNonNull(phase, "phase");
        if (!phase.completed()) {
            throw new IllegalArgumentException("a leaf ends Succeeded, Failed or Error, not " + phase.argoName());
        }
        outputs = outputs == null ? NodeIo.EMPTY : outputs;
    }

    public static LeafResult succeeded(NodeIo outputs) {
        return new LeafResult(NodePhase.SUCCEEDED, null, outputs);
    }

    /** Argo's message for a main container that exited non-zero: {@code main: Error (exit code N)}. */
    public static LeafResult exited(int exitCode, NodeIo outputs) {
        if (exitCode == 0) {
            return succeeded(outputs);
        }
        return new LeafResult(NodePhase.FAILED, "main: Error (exit code " + exitCode + ")", outputs);
    }

    public static LeafResult error(String message) {
        return new LeafResult(NodePhase.ERROR, Objects.requireNonNull(message, "message"), NodeIo.EMPTY);
    }
}
