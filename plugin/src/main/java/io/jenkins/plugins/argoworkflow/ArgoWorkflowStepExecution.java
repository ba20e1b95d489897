package io.jenkins.plugins.argoworkflow;

import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * The {@code argoWorkflow} step's execution: {@link #start()} returns at once (it runs on the Pipeline's CPS thread,
 * which must not block) and a thread of its own runs the workflow and completes the step. Pipeline persists it with
 * its {@link WorkflowCall}, which holds what the call settled and does the work, so after a controller restart
 * {@link #onResume()} carries the run on from the build directory.
 */
final class ArgoWorkflowStepExecution extends StepExecution {

    private static final long serialVersionUID = 3L;

    private final WorkflowCall call;

    ArgoWorkflowStepExecution(StepContext context, StepRequest request) {
        super(context);
        this.call = new WorkflowCall(request);
    }

    @Override
    public boolean start() throws Exception {
        return call.start(getContext());
    }

    @Override
    public void onResume() {
        call.onResume(getContext());
    }

    /**
     * Aborting the build stops the workflow as {@code argo stop} does (running nodes end, exit handlers run), then
     * deletes all its pods and fails the step. Aborting again does not wait for the exit handlers: the workflow is
     * terminated and its pods deleted at once.
     */
    @Override
    public void stop(Throwable cause) throws Exception {
        call.stop(cause);
    }
}
