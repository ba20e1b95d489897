package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime.StopReason;
import java.time.Duration;

/**
 * A launched node between {@code launch} and {@code finished}. A stop may arrive before its processes exist
 * (the launch is still preparing); it is remembered and applied to each process as it starts.
 */
final class RunningNode {

    final LeafRequest request;
    final NodeListener listener;
    /** Every container process started for the node (init containers, sidecars, main). */
    private final java.util.List<NodeProcess> processes = new java.util.ArrayList<>();
    private StopReason stopReason;

    RunningNode(LeafRequest request, NodeListener listener) {
        this.request = request;
        this.listener = listener;
    }

    /** Records the started process and applies a stop that came first. */
    synchronized void attach(NodeProcess started, Duration grace) {
        processes.add(started);
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
        if (first || reason == StopReason.TERMINATE) {
            for (NodeProcess process : processes) {
                process.stop(graceFor(reason, grace));
            }
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
