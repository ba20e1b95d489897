package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import java.time.Clock;
import java.util.Objects;

/**
 * How a run is set up.
 *
 * @param workflowName the run's name (node IDs and pod names derive from it); null takes the workflow's
 *                     {@code metadata.name}, else its {@code generateName} plus five random characters
 * @param clock the clock of node timestamps and timers
 * @param listener told about node changes, logs and the end of the run
 * @param artifactStore the run's artifact repository, handed to the runtime with every leaf; null lets the
 *                      runtime use its own default repository
 */
public record RunOptions(String workflowName, Clock clock, RunListener listener, ArtifactStore artifactStore) {

    public RunOptions {
        Objects.requireNonNull(clock, "clock");
        listener = listener == null ? RunListener.NONE : listener;
    }

    public RunOptions(String workflowName, Clock clock, RunListener listener) {
        this(workflowName, clock, listener, null);
    }

    public static RunOptions defaults() {
        return new RunOptions(null, Clock.systemUTC(), RunListener.NONE);
    }

    public RunOptions withName(String name) {
        return new RunOptions(name, clock, listener, artifactStore);
    }

    public RunOptions withListener(RunListener newListener) {
        return new RunOptions(workflowName, clock, newListener, artifactStore);
    }

    public RunOptions withArtifactStore(ArtifactStore store) {
        return new RunOptions(workflowName, clock, listener, store);
    }
}
