package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime.StopReason;
import java.time.Duration;

/**
 * A launched node between {@code launch} and {@code finished}. A stop may arrive before its process exists
 * (the launch is still preparing); it is remembered and applied as soon as the process starts.
 */
final class RunningNode {

    final LeafRequest request;
    final NodeListener listener;
    private NodeProcess process;
    private StopReason stopReason;

    RunningNode(LeafRequest request, NodeListener listener) {
        this.request = request;
        this.listener = listener;
    }

    /** Records the started process and applies a stop that came first. */
    synchronized void attach(NodeProcess started, Duration grace) {
        process = started;
        if (stopReason != null) {
            started.stop(graceFor(stopReason, grace));
        }
    }

    /** Stops the node; a later, harsher reason (TERMINATE after STOP) escalates to SIGKILL at once. */
    synchronized void stop(StopReason reason, Duration grace) {
        boolean first = stopReason == null;
        if (first) {
            stopReason = reason;
        }
        if (process != null && (first || reason == StopReason.TERMINATE)) {
            process.stop(graceFor(reason, grace));
        }
    }

    synchronized StopReason stopReason() {
        return stopReason;
    }

    /** Terminate means "nothing more runs": no grace, as the SPI says. */
    private static Duration graceFor(StopReason reason, Duration grace) {
        return reason == StopReason.TERMINATE ? Duration.ZERO : grace;
    }
}
