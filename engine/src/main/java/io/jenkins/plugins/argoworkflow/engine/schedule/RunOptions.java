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
 * @param alreadyLinted the caller linted this very workflow object with the same template store and found no
 *                      error, so the run does not lint it again before it begins (a 10,000-task DAG takes tens of
 *                      milliseconds to lint); false: the run lints it and fails it as Argo fails an invalid spec
 */
public record RunOptions(String workflowName, Clock clock, RunListener listener, Journal journal,
        ArtifactStore artifactStore, boolean alreadyLinted) {

    public RunOptions {
        Objects.requireNonNull(clock, "clock");
        listener = listener == null ? RunListener.NONE : listener;
        journal = journal == null ? Journal.NONE : journal;
    }

    public RunOptions(String workflowName, Clock clock, RunListener listener, Journal journal,
            ArtifactStore artifactStore) {
        this(workflowName, clock, listener, journal, artifactStore, false);
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
        return new RunOptions(name, clock, listener, journal, artifactStore, alreadyLinted);
    }

    public RunOptions withListener(RunListener newListener) {
        return new RunOptions(workflowName, clock, newListener, journal, artifactStore, alreadyLinted);
    }

    public RunOptions withJournal(Journal newJournal) {
        return new RunOptions(workflowName, clock, listener, newJournal, artifactStore, alreadyLinted);
    }

    public RunOptions withArtifactStore(ArtifactStore store) {
        return new RunOptions(workflowName, clock, listener, journal, store, alreadyLinted);
    }

    /** These options for a workflow the caller has linted without error (see {@code alreadyLinted}). */
    public RunOptions withAlreadyLinted() {
        return new RunOptions(workflowName, clock, listener, journal, artifactStore, true);
    }
}
