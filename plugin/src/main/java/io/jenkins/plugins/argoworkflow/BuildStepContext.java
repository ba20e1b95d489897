package io.jenkins.plugins.argoworkflow;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * The context a freestyle build gives the {@code argoWorkflow} step's execution, so that the build step runs
 * the step's own code path (reading the workflow, the cluster, the build log, the run's state directory)
 * rather than a copy of it. The build's thread waits for the execution to complete this context; when the
 * build is aborted, its thread is interrupted and the execution is stopped, as aborting a Pipeline does.
 *
 * <p>It is never persisted: a freestyle build does not outlive the controller, so nothing needs saving and the
 * fields are transient.
 */
final class BuildStepContext extends StepContext {

    private static final long serialVersionUID = 1L;

    private final transient Run<?, ?> run;
    private final transient Map<Class<?>, Object> services;
    private final transient CompletableFuture<Object> completion = new CompletableFuture<>();

    BuildStepContext(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener) {
        this.run = run;
        this.services = Map.of(Run.class, run, FilePath.class, workspace, EnvVars.class, env, Launcher.class,
                launcher, TaskListener.class, listener);
    }

    /**
     * Starts {@code step} in this context and waits until it completes; returns the step's result.
     *
     * @throws InterruptedException when the build is aborted (the step's execution is stopped first)
     * @throws IOException what the step failed with, an {@code AbortException} for a failed workflow
     */
    Object runToEnd(Step step) throws IOException, InterruptedException {
        StepExecution execution = startExecution(step);
        try {
            return completion.get();
        } catch (InterruptedException e) {
            stop(execution, e);
            throw e;
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private StepExecution startExecution(Step step) throws IOException, InterruptedException {
        try {
            StepExecution execution = step.start(this);
            execution.start();
            return execution;
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static void stop(StepExecution execution, InterruptedException cause) throws IOException {
        try {
            execution.stop(cause);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not stop the workflow of an aborted build", e);
        }
    }

    private static IOException rethrow(Throwable failure) throws InterruptedException {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof InterruptedException interrupted) {
            throw interrupted;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure);
    }

    @Override
    public <T> T get(Class<T> key) {
        return key.cast(services.get(key));
    }

    @Override
    public void onSuccess(Object result) {
        completion.complete(result);
    }

    @Override
    public void onFailure(Throwable t) {
        completion.completeExceptionally(t);
    }

    @Override
    public boolean isReady() {
        return true;
    }

    /** Nothing to save: a freestyle build ends with the controller that runs it. */
    @Override
    public ListenableFuture<Void> saveState() {
        return Futures.immediateFuture(null);
    }

    @Override
    public void setResult(Result r) {
        run.setResult(r);
    }

    @Override
    public BodyInvoker newBodyInvoker() {
        throw new IllegalStateException("argoWorkflow takes no body");
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
