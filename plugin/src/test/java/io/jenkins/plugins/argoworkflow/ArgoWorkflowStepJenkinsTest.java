package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The step inside a real Jenkins (profile {@code jenkins} only; plugin-offline compiles but does not run {@code *JenkinsTest}).
 * Every case fails before any cluster is needed: with no Kubernetes cloud configured, lint errors still come first.
 */
@WithJenkins
class ArgoWorkflowStepJenkinsTest {

    @Test
    void theStepIsRegisteredUnderItsSymbolAndNeedsABuildAndItsLog(JenkinsRule j) {
        StepDescriptor descriptor = StepDescriptor.byFunctionName("argoWorkflow");

        assertThat(descriptor).isInstanceOf(ArgoWorkflowStep.DescriptorImpl.class);
        Set<Class<?>> required = Set.copyOf(descriptor.getRequiredContext());
        assertThat(required).contains(Run.class, TaskListener.class);
    }

    @Test
    void aWorkflowWithLintErrorsFailsTheBuildNamingItsLineAndColumn(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "lint-error");
        job.setDefinition(new CpsFlowDefinition("""
                argoWorkflow text: '''apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: broken
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: build
                        template: biuld
                  - name: build
                    container: {image: alpine, command: ["true"]}
                '''
                """, true));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("argoWorkflow text:11:19: error:", run);
    }

    @Test
    void aValidWorkflowWithNoKubernetesCloudSaysWhereToAddOne(JenkinsRule j) throws Exception {
        WorkflowRun run = failedBuildOfAFineWorkflow(j, "no-cloud", "");

        j.assertLogContains("none is configured: add one in Manage Jenkins » Clouds", run);
    }

    @Test
    void anUnknownCloudIsNamedWithTheCloudsThereAre(JenkinsRule j) throws Exception {
        WorkflowRun run = failedBuildOfAFineWorkflow(j, "unknown-cloud", "cloud: 'nope', ");

        j.assertLogContains("argoWorkflow: cloud 'nope' does not exist", run);
    }

    @Test
    void aStepWithNeitherFileNorTextSaysWhatItNeeds(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "no-workflow");
        job.setDefinition(new CpsFlowDefinition("argoWorkflow namespace: 'builds'", true));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("give 'file' (a path in the workspace) or 'text'", run);
    }

    /** A failed build of job {@code name} running a valid workflow with the step's {@code arguments} before its text. */
    private static WorkflowRun failedBuildOfAFineWorkflow(JenkinsRule j, String name, String arguments) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, name);
        job.setDefinition(new CpsFlowDefinition("""
                argoWorkflow %stext: '''apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: fine}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    container: {image: alpine, command: ["true"]}
                '''
                """.formatted(arguments), true));
        return j.buildAndAssertStatus(Result.FAILURE, job);
    }
}
