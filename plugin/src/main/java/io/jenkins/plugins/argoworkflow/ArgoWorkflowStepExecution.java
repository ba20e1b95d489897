package io.jenkins.plugins.argoworkflow;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.TaskListener;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import io.jenkins.plugins.argoworkflow.kubernetes.KubernetesRuntime;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Runs one {@code argoWorkflow} call: {@link #start()} returns at once (it runs on the Pipeline's CPS thread,
 * which must not block) and a thread of its own reads the workflow, starts it on the Kubernetes runtime and
 * completes the step when the workflow ends. The work itself is {@link StepRun}'s; this is the glue to the
 * step context.
 */
final class ArgoWorkflowStepExecution extends StepExecution {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(ArgoWorkflowStepExecution.class.getName());

    private final StepRequest request;
    private transient volatile StepRun run;
    /** Set by whichever comes first, the workflow's end or a stop: the context is completed once. */
    private transient AtomicBoolean completed = new AtomicBoolean();

    ArgoWorkflowStepExecution(StepContext context, StepRequest request) {
        super(context);
        this.request = request;
    }

    @Override
    public boolean start() throws Exception {
        String problem = request.problem();
        if (problem != null) {
            throw new AbortException(problem);
        }
        TaskListener listener = getContext().get(TaskListener.class);
        FilePath workspace = request.file() == null ? null : getContext().get(FilePath.class);
        if (request.file() != null && workspace == null) {
            throw new AbortException("argoWorkflow reads 'file' from the workspace: call it inside node { }, "
                    + "or give the YAML as 'text'");
        }
        Thread thread = new Thread(() -> runWorkflow(listener, workspace), "argoWorkflow " + request.sourceName());
        thread.setDaemon(true);
        thread.start();
        return false;
    }

    private void runWorkflow(TaskListener listener, FilePath workspace) {
        NodeRuntime runtime = null;
        try {
            String text = request.text() != null ? request.text() : workspace.child(request.file()).readToString();
            CheckedWorkflow input = CheckedWorkflow.of(request.sourceName(), text);
            StepRun.requireRunnable(input);
            runtime = KubernetesRuntime.connect(null, null, request.namespace());
            StepRun started = StepRun.start(input, request.parameterValues(), runtime, listener.getLogger(),
                    Clock.systemUTC());
            run = started;
            NodeRuntime toClose = runtime;
            started.outcome().whenComplete((outcome, failure) -> finish(started, toClose, outcome, failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(runtime, e);
        } catch (Exception e) {
            fail(runtime, e);
        }
    }

    private void finish(StepRun started, NodeRuntime runtime, StepOutcome outcome, Throwable failure) {
        started.close();
        closeQuietly(runtime);
        if (failure != null) {
            failOnce(failure);
        } else if (outcome.succeeded()) {
            if (completed.compareAndSet(false, true)) {
                getContext().onSuccess(outcome.stepResult());
            }
        } else {
            failOnce(new AbortException(outcome.summary()));
        }
    }

    private void failOnce(Throwable failure) {
        if (completed.compareAndSet(false, true)) {
            getContext().onFailure(failure);
        }
    }

    private void fail(NodeRuntime runtime, Exception e) {
        closeQuietly(runtime);
        failOnce(e instanceof StepRun.InvalidWorkflowException ? new AbortException(e.getMessage()) : e);
    }

    private static void closeQuietly(NodeRuntime runtime) {
        if (runtime == null) {
            return;
        }
        try {
            runtime.close();
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "could not close the Kubernetes runtime of an argoWorkflow step", e);
        }
    }

    /** Aborting the build terminates the workflow, as {@code argo terminate} does, then fails the step. */
    @Override
    public void stop(Throwable cause) throws Exception {
        StepRun current = run;
        if (current != null) {
            current.terminate();
        }
        failOnce(cause);
    }

    /** A run does not survive a restart yet (the journal is not persisted): say so rather than hang. */
    @Override
    public void onResume() {
        completed = new AtomicBoolean();
        failOnce(new AbortException("argoWorkflow cannot carry a workflow over a Jenkins restart yet; "
                + "run the build again"));
    }
}
