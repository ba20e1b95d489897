package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class BuildStepContextTest {

    private final Run<?, ?> run = mock(Run.class);
    private final FilePath workspace = mock(FilePath.class);
    private final EnvVars env = mock(EnvVars.class);
    private final Launcher launcher = mock(Launcher.class);
    private final TaskListener listener = mock(TaskListener.class);
    private final BuildStepContext context = new BuildStepContext(run, workspace, env, launcher, listener);
    private final Step step = mock(Step.class);
    private final StepExecution execution = mock(StepExecution.class);

    @Test
    void givesTheStepTheBuildsRunWorkspaceEnvironmentLauncherAndLog() throws Exception {
        assertThat(context.get(Run.class)).isSameAs(run);
        assertThat(context.get(FilePath.class)).isSameAs(workspace);
        assertThat(context.get(EnvVars.class)).isSameAs(env);
        assertThat(context.get(Launcher.class)).isSameAs(launcher);
        assertThat(context.get(TaskListener.class)).isSameAs(listener);
        assertThat(context.get(String.class)).isNull();
        assertThat(context.isReady()).isTrue();
    }

    @Test
    void returnsWhatTheExecutionCompletesWithFromAnotherThread() throws Exception {
        startsAndThen(ctx -> new Thread(() -> ctx.onSuccess("done")).start());

        assertThat(context.runToEnd(step)).isEqualTo("done");
    }

    @Test
    void aFailedExecutionFailsTheBuildWithItsOwnException() throws Exception {
        IOException failure = new IOException("workflow release Failed");
        startsAndThen(ctx -> ctx.onFailure(failure));

        assertThatThrownBy(() -> context.runToEnd(step)).isSameAs(failure);
    }

    @Test
    void anExecutionThatCannotStartFailsTheBuild() throws Exception {
        when(step.start(any())).thenReturn(execution);
        IOException refused = new IOException("argoWorkflow takes 'file' or 'text', not both");
        when(execution.start()).thenThrow(refused);

        assertThatThrownBy(() -> context.runToEnd(step)).isSameAs(refused);
    }

    @Test
    void abortingTheBuildStopsTheExecution() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        startsAndThen(ctx -> started.complete(null));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread build = new Thread(() -> {
            try {
                context.runToEnd(step);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });

        build.start();
        started.get(30, TimeUnit.SECONDS);
        build.interrupt();
        build.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        ArgumentCaptor<Throwable> cause = ArgumentCaptor.forClass(Throwable.class);
        verify(execution).stop(cause.capture());
        assertThat(cause.getValue()).isSameAs(thrown.get());
    }

    @Test
    void aResultTheStepSetsIsTheBuilds() {
        Result unstable = mock(Result.class);

        context.setResult(unstable);

        verify(run).setResult(unstable);
    }

    @Test
    void hasNoBodyAndIsEqualOnlyToItself() {
        assertThatThrownBy(context::newBodyInvoker).isInstanceOf(IllegalStateException.class);
        assertThat(context).isNotEqualTo(new BuildStepContext(run, workspace, env, launcher, listener));
        assertThat(context.hashCode()).isEqualTo(System.identityHashCode(context));
    }

    private void startsAndThen(java.util.function.Consumer<StepContext> onStart) throws Exception {
        when(step.start(any())).thenReturn(execution);
        doAnswer(a -> {
            onStart.accept(context);
            return false;
        }).when(execution).start();
    }
}
