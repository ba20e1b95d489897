package io.jenkins.plugins.argoworkflow;

import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.schedule.Journal;
import io.jenkins.plugins.argoworkflow.engine.schedule.JournalEntry;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateRecorder;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One run of the step's workflow, with no Jenkins in it: the step execution hands it the checked workflow, a
 * runtime, the build log and where the run keeps its state, and turns its outcome into the step's result. Tests
 * drive it with the engine's scripted runtime.
 */
final class StepRun implements AutoCloseable {

    /**
     * Where a run writes and what it is given besides the workflow.
     *
     * @param state the run's state directory (journal, status, logs), or null to keep none
     * @param artifacts the run's artifact repository, or null for the runtime's own
     * @param podCleanup deletes every pod of the named run, once a stop has ended it
     * @param nodeNames how a progress line in the log shows a node's name (a link to the build's Argo page), or
     *     null for plain text
     */
    record Setup(PrintStream log, Clock clock, RunStateDir state, ArtifactStore artifacts, PluginSettings settings,
            Consumer<String> podCleanup, UnaryOperator<String> nodeNames) {

        Setup {
            settings = settings == null ? PluginSettings.DEFAULTS : settings;
            podCleanup = podCleanup == null ? name -> { } : podCleanup;
            nodeNames = nodeNames == null ? UnaryOperator.identity() : nodeNames;
        }

        Setup(PrintStream log, Clock clock, RunStateDir state, ArtifactStore artifacts, PluginSettings settings,
                Consumer<String> podCleanup) {
            this(log, clock, state, artifacts, settings, podCleanup, null);
        }

        /** Only a log: nothing kept, the runtime's own artifacts, the default settings. */
        static Setup logOnly(PrintStream log, Clock clock) {
            return new Setup(log, clock, null, null, null, null);
        }
    }

    private final WorkflowRun run;
    private final Setup setup;
    private final StateRecorder recorder;
    private final Journal journal;
    private final CompletableFuture<StepOutcome> outcome;

    private StepRun(WorkflowRun run, Setup setup, StateRecorder recorder, Journal journal) {
        this.run = run;
        this.setup = setup;
        this.recorder = recorder;
        this.journal = journal;
        this.outcome = run.completion().thenApply(StepOutcome::of);
    }

    /**
     * Starts the workflow with {@code parameters} as its argument values.
     *
     * @throws InvalidWorkflowException when the workflow has lint errors (all of them are in the message)
     */
    static StepRun start(CheckedWorkflow input, Map<String, String> parameters, NodeRuntime runtime, Setup setup)
            throws InvalidWorkflowException, IOException {
        requireRunnable(input);
        input.warnings().forEach(w -> setup.log().println("[argoWorkflow] " + w));
        Workflow workflow = setup.settings().withDefaultPodGC(input.workflow().withParameters(parameters));
        return launch(workflow, input, runtime, setup, WorkflowRun.nameOf(workflow), List.of());
    }

    /** As {@link #start(CheckedWorkflow, Map, NodeRuntime, Setup)} with only a build log. */
    static StepRun start(CheckedWorkflow input, Map<String, String> parameters, NodeRuntime runtime, PrintStream log,
            Clock clock) throws InvalidWorkflowException, IOException {
        return start(input, parameters, runtime, Setup.logOnly(log, clock));
    }

    /**
     * Carries on the run journaled in {@code setup.state()} after a restart: nodes that ended are not run again,
     * the runtime adopts the pods of those that were running. A run that had not begun starts afresh.
     */
    static StepRun recover(CheckedWorkflow input, Map<String, String> parameters, NodeRuntime runtime, Setup setup)
            throws InvalidWorkflowException, IOException {
        requireRunnable(input);
        List<JournalEntry> journaled = setup.state().journal();
        JournalEntry begun = journaled.stream().filter(e -> e.kind() == JournalEntry.Kind.BEGIN).findFirst()
                .orElse(null);
        if (begun == null) {
            setup.log().println("[argoWorkflow] the workflow had not begun before Jenkins restarted; starting it");
            setup.state().discardJournal();
            return start(input, parameters, runtime, setup);
        }
        Workflow workflow = setup.settings().withDefaultPodGC(input.workflow().withParameters(parameters));
        setup.log().println("[argoWorkflow] recovering workflow " + begun.workflowName() + " from its journal ("
                + journaled.size() + " events)");
        return launch(workflow, input, runtime, setup, begun.workflowName(), journaled);
    }

    private static StepRun launch(Workflow workflow, CheckedWorkflow input, NodeRuntime runtime, Setup setup,
            String name, List<JournalEntry> journaled) throws IOException {
        RunListener log = new BuildLogListener(setup.log(), setup.nodeNames());
        StateRecorder recorder = setup.state() == null ? null : new StateRecorder(setup.state().path(), name, log);
        Journal journal = setup.state() == null ? Journal.NONE : setup.state().openJournal();
        RunOptions options = new RunOptions(name, setup.clock(), recorder == null ? log : recorder, journal,
                setup.artifacts());
        WorkflowRun run = journaled.isEmpty()
                ? WorkflowRun.start(workflow, input.store(), runtime, options)
                : WorkflowRun.recover(workflow, input.store(), runtime, options, journaled);
        if (recorder != null) {
            recorder.attach(run::statusJson);
        }
        if (journaled.isEmpty()) {
            setup.log().println("[argoWorkflow] started workflow " + run.workflowName());
        }
        return new StepRun(run, setup, recorder, journal);
    }

    /** Checks the workflow before anything is connected to run it. */
    static void requireRunnable(CheckedWorkflow input) throws InvalidWorkflowException {
        if (!input.runnable()) {
            throw new InvalidWorkflowException(input);
        }
    }

    CompletableFuture<StepOutcome> outcome() {
        return outcome;
    }

    /** The engine's run: what the build's page resumes, stops and terminates. */
    WorkflowRun workflowRun() {
        return run;
    }

    /**
     * Argo's stop (running nodes end, nothing new starts, exit handlers run), then, once the run has ended, every
     * pod of the run is deleted whatever the podGC says: an aborted build leaves nothing running. Completes with
     * the outcome once the pods were deleted.
     */
    CompletableFuture<StepOutcome> stop() {
        run.stop();
        return outcome.handle((o, failure) -> {
            setup.podCleanup().accept(run.workflowName());
            return o;
        });
    }

    /** Argo's terminate (exit handlers do not run), then every pod of the run is deleted at once. */
    void terminate() {
        run.terminate();
        setup.podCleanup().accept(run.workflowName());
    }

    @Override
    public void close() {
        try {
            run.close();
        } finally {
            try {
                if (recorder != null) {
                    recorder.close();
                }
            } finally {
                journal.close();
            }
        }
    }

    /** A workflow the engine's lint refuses, with every error at its {@code file:line:col}. */
    static final class InvalidWorkflowException extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidWorkflowException(CheckedWorkflow input) {
            super(input.fileName() + " cannot run:\n" + String.join("\n",
                    input.errors().stream().map(Object::toString).toList()));
        }
    }
}
