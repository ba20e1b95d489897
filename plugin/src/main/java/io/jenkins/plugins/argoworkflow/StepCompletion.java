package io.jenkins.plugins.argoworkflow;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Completes a step's context exactly once, whichever comes first: the workflow's end, a failure to start it, or
 * an abort. Once an abort was asked for, the workflow's own end no longer completes the step: the abort does,
 * with its cause (so the build is aborted, not failed), after the run's pods are gone.
 */
final class StepCompletion {

    private final StepContext context;
    /** Makes the exception a user sees without a stack trace (Jenkins's AbortException). */
    private final Function<String, Exception> abort;
    private final AtomicBoolean completed = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();

    StepCompletion(StepContext context, Function<String, Exception> abort) {
        this.context = context;
        this.abort = abort;
    }

    /** The workflow ended: its outputs, or why it did not succeed; nothing when an abort is under way. */
    void finished(StepOutcome outcome, Throwable failure) {
        if (stopping.get()) {
            return;
        }
        if (failure != null) {
            failed(failure);
        } else if (outcome.succeeded()) {
            if (completed.compareAndSet(false, true)) {
                context.onSuccess(outcome.stepResult());
            }
        } else {
            failed(abort.apply(outcome.summary()));
        }
    }

    /** The step failed; problems the user must fix are shown as a message, not a stack trace. */
    void failed(Throwable failure) {
        Throwable shown = failure instanceof StepRun.InvalidWorkflowException
                || failure instanceof KubernetesClouds.NoCloudException ? abort.apply(failure.getMessage()) : failure;
        if (completed.compareAndSet(false, true)) {
            context.onFailure(shown);
        }
    }

    /** Records an abort; true for the first (stop and wait), false for a later one (terminate at once). */
    boolean stopRequested() {
        return stopping.compareAndSet(false, true);
    }

    /** The abort is done: the step fails with its cause. */
    void stopped(Throwable cause) {
        if (completed.compareAndSet(false, true)) {
            context.onFailure(cause);
        }
    }
}
