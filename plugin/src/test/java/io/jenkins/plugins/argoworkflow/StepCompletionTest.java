package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** How the step's context is completed, with Pipeline's StepContext mocked at the Jenkins boundary. */
class StepCompletionTest {

    private final StepContext context = mock(StepContext.class);
    /** Stands in for AbortException, whose stubbed constructor needs the real Jenkins. */
    private final StepCompletion completion = new StepCompletion(context, IllegalStateException::new);

    private static final StepOutcome SUCCEEDED = new StepOutcome("wf", WorkflowPhase.SUCCEEDED, null, Map.of("v", "1"));
    private static final StepOutcome STOPPED = new StepOutcome("wf", WorkflowPhase.FAILED, "Stopped with strategy 'Stop'",
            Map.of());

    @Test
    void aSucceededWorkflowReturnsItsResultOnce() {
        completion.finished(SUCCEEDED, null);
        completion.failed(new RuntimeException("late"));

        verify(context).onSuccess(Map.of("v", "1", "status", "Succeeded"));
        verify(context, never()).onFailure(any());
    }

    @Test
    void aFailedWorkflowFailsTheStepWithItsSummaryAsAMessage() {
        completion.finished(STOPPED, null);

        ArgumentCaptor<Throwable> failure = ArgumentCaptor.forClass(Throwable.class);
        verify(context).onFailure(failure.capture());
        assertThat(failure.getValue()).isInstanceOf(IllegalStateException.class)
                .hasMessage("workflow wf Failed: Stopped with strategy 'Stop'");
    }

    @Test
    void afterAnAbortTheWorkflowsEndLeavesTheStepToTheAbortsCause() {
        RuntimeException cause = new RuntimeException("aborted by user");

        assertThat(completion.stopRequested()).isTrue();
        completion.finished(STOPPED, null);
        verify(context, never()).onFailure(any());
        completion.stopped(cause);

        verify(context).onFailure(cause);
        assertThat(completion.stopRequested()).isFalse();
    }

    @Test
    void aCloudProblemIsShownAsAMessage() {
        completion.failed(new KubernetesClouds.NoCloudException("no Kubernetes cloud"));

        ArgumentCaptor<Throwable> failure = ArgumentCaptor.forClass(Throwable.class);
        verify(context).onFailure(failure.capture());
        assertThat(failure.getValue()).isInstanceOf(IllegalStateException.class).hasMessage("no Kubernetes cloud");
    }
}
