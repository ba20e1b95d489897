package io.jenkins.plugins.argoworkflow.engine.schedule;

import java.time.Clock;
import java.util.Objects;

/**
 * How a run is set up.
 *
 * @param workflowName the run's name (node IDs and pod names derive from it); null takes the workflow's
 *                     {@code metadata.name}, else its {@code generateName} plus five random characters
 * @param clock the clock of node timestamps and timers
 * @param listener told about node changes, logs and the end of the run
 */
public record RunOptions(String workflowName, Clock clock, RunListener listener) {

    public RunOptions {
        Objects.requireNonNull(clock, "clock");
        listener = listener == null ? RunListener.NONE : listener;
    }

    public static RunOptions defaults() {
        return new RunOptions(null, Clock.systemUTC(), RunListener.NONE);
    }

    public RunOptions withName(String name) {
        return new RunOptions(name, clock, listener);
    }

    public RunOptions withListener(RunListener newListener) {
        return new RunOptions(workflowName, clock, newListener);
    }
}
