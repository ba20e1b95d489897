package io.jenkins.plugins.argoworkflow;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.init.Terminator;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workflows running in this Jenkins now, by the build that runs them ({@code Run.getExternalizableId()}, e.g.
 * {@code folder/job#12}): the build's Argo page resumes, stops and terminates a workflow through the entry here.
 * A build's entry is made when its workflow starts or is recovered after a restart, and removed when it ends.
 * One Jenkins-wide instance (an extension), not static state. It also knows every live run of this Jenkins, to
 * let them go when Jenkins shuts down ({@link #abandonAll()}).
 */
@Extension
public final class ActiveRuns {

    private final Map<String, WorkflowRun> runs = new ConcurrentHashMap<>();
    private final Set<WorkflowRun> live = ConcurrentHashMap.newKeySet();

    /** The instance Jenkins made. */
    public static ActiveRuns get() {
        return ExtensionList.lookupSingleton(ActiveRuns.class);
    }

    /**
     * Records {@code run} as the workflow of the build {@code runId}; a build that already has a live workflow keeps
     * it (a second {@code argoWorkflow} call in the same build is not controlled from the build's page).
     *
     * @return whether {@code run} was recorded
     */
    public boolean register(String runId, WorkflowRun run) {
        return runs.putIfAbsent(runId, run) == null;
    }

    /** Forgets the build's workflow {@code run} (and only that one: a later call's stays). */
    public void unregister(String runId, WorkflowRun run) {
        runs.remove(runId, run);
    }

    /** Forgets whatever workflow the build {@code runId} had. */
    public void unregister(String runId) {
        runs.remove(runId);
    }

    /** Records a run of this Jenkins, whichever build and call it belongs to, until {@link #ended}. */
    void started(WorkflowRun run) {
        live.add(run);
    }

    void ended(WorkflowRun run) {
        live.remove(run);
    }

    /**
     * Lets every live run go as Jenkins shuts down: each run's event loop and journal are closed, its pods are left
     * running, so that the restarted Jenkins recovers it from the journal and adopts them. (A JVM that exits would
     * drop the runs anyway; one that stays, in tests or a plugin reload, must not journal a run twice.)
     */
    void abandonAll() {
        for (WorkflowRun run : List.copyOf(live)) {
            live.remove(run);
            run.close();
        }
        runs.clear();
    }

    /** Jenkins's shutdown hook for {@link #abandonAll()}. */
    @Terminator
    public static void abandonOnShutdown() {
        get().abandonAll();
    }

    /** The live workflow of the build {@code runId}, if it has one. */
    public Optional<WorkflowRun> find(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }
}
