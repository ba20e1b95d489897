package io.jenkins.plugins.argoworkflow;

import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One run of the step's workflow, with no Jenkins in it: the step execution hands it the checked workflow, a
 * runtime and the build log, and turns its outcome into the step's result. Tests drive it with the engine's
 * scripted runtime.
 */
final class StepRun implements AutoCloseable {

    private final WorkflowRun run;
    private final CompletableFuture<StepOutcome> outcome;

    private StepRun(WorkflowRun run) {
        this.run = run;
        this.outcome = run.completion().thenApply(StepOutcome::of);
    }

    /**
     * Starts the workflow with {@code parameters} as its argument values.
     *
     * @throws InvalidWorkflowException when the workflow has lint errors (all of them are in the message)
     */
    static StepRun start(CheckedWorkflow input, Map<String, String> parameters, NodeRuntime runtime,
            PrintStream log, Clock clock) throws InvalidWorkflowException {
        requireRunnable(input);
        input.warnings().forEach(w -> log.println("[argoWorkflow] " + w));
        Workflow workflow = input.workflow().withParameters(parameters);
        WorkflowRun run = WorkflowRun.start(workflow, input.store(), runtime,
                new RunOptions(null, clock, new BuildLogListener(log)));
        log.println("[argoWorkflow] started workflow " + run.workflowName());
        return new StepRun(run);
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

    /** Argo's terminate: running nodes are stopped, exit handlers do not run. */
    void terminate() {
        run.terminate();
    }

    @Override
    public void close() {
        run.close();
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
