package io.jenkins.plugins.argoworkflow;

import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The workflows running in this Jenkins now, by the build that runs them ({@code Run.getExternalizableId()}),
 * so that the run page's Resume, Stop and Terminate reach the live run. Process-wide on purpose: a live run
 * exists in this JVM only, and a build's page finds it by id; a run is registered while it runs and removed
 * when it ends.
 */
final class ActiveRuns {

    private static final ConcurrentMap<String, WorkflowRun> RUNS = new ConcurrentHashMap<>();

    private ActiveRuns() {
    }

    static void register(String runId, WorkflowRun run) {
        RUNS.put(runId, run);
    }

    static void unregister(String runId) {
        RUNS.remove(runId);
    }

    static Optional<WorkflowRun> find(String runId) {
        return runId == null ? Optional.empty() : Optional.ofNullable(RUNS.get(runId));
    }
}
