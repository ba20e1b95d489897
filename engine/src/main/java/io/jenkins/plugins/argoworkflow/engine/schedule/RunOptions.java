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
 * @param journal where the run records its external events, so that it can be recovered ({@link Journal#NONE}:
 *                nowhere)
 * @param artifactStore the run's artifact repository, handed to the runtime with every leaf; null lets the
 *                      runtime use its own default repository
 */
public record RunOptions(String workflowName, Clock clock, RunListener listener, Journal journal,
        ArtifactStore artifactStore) {

    public RunOptions {
        Objects.requireNonNull(clock, "clock");
        listener = listener == null ? RunListener.NONE : listener;
        journal = journal == null ? Journal.NONE : journal;
    }

    public RunOptions(String workflowName, Clock clock, RunListener listener) {
        this(workflowName, clock, listener, Journal.NONE, null);
    }

    public RunOptions(String workflowName, Clock clock, RunListener listener, Journal journal) {
        this(workflowName, clock, listener, journal, null);
    }

    public static RunOptions defaults() {
        return new RunOptions(null, Clock.systemUTC(), RunListener.NONE);
    }

    public RunOptions withName(String name) {
        return new RunOptions(name, clock, listener, journal, artifactStore);
    }

    public RunOptions withListener(RunListener newListener) {
        return new RunOptions(workflowName, clock, newListener, journal, artifactStore);
    }

    public RunOptions withJournal(Journal newJournal) {
        return new RunOptions(workflowName, clock, listener, newJournal, artifactStore);
    }

    public RunOptions withArtifactStore(ArtifactStore store) {
        return new RunOptions(workflowName, clock, listener, journal, store);
    }
}
