package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.ChoiceParameterDefinition;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.StringParameterDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The Argo Workflow job type inside a real Jenkins (profile {@code jenkins} only). No build reaches a cluster. */
@WithJenkins
class ArgoWorkflowFlowDefinitionJenkinsTest {

    @Test
    void aBuildRunsTheWorkflowAndItsLintErrorsFailItAtTheirLineAndColumn(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "argo-job");
        job.setDefinition(new ArgoWorkflowFlowDefinition(Fixtures.text("missing-template.yaml")));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("argoWorkflow text:11:19: error:", run);
    }

    @Test
    void theWorkflowsParametersBecomeTheJobsBuildParameters(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "with-parameters");
        job.setDefinition(new ArgoWorkflowFlowDefinition(Fixtures.text("broken-parameters.yaml")));

        // The workflow cannot run (lint), but the build declared its parameters first.
        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("nowhere", run);
        ParametersDefinitionProperty parameters = job.getProperty(ParametersDefinitionProperty.class);
        assertThat(parameters).isNotNull();
        assertThat(parameters.getParameterDefinitionNames()).containsExactly("tag", "env", "required");
        assertThat(((StringParameterDefinition) parameters.getParameterDefinition("tag")).getDefaultValue())
                .isEqualTo("latest");
        assertThat(((ChoiceParameterDefinition) parameters.getParameterDefinition("env")).getChoices())
                .containsExactly("staging", "dev", "prod");
    }

    @Test
    void theConfigurationFormKeepsTheYaml(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "round-trip");
        job.setDefinition(new ArgoWorkflowFlowDefinition(Fixtures.text("release.yaml")));

        j.configRoundtrip(job);

        assertThat(job.getDefinition()).isInstanceOf(ArgoWorkflowFlowDefinition.class);
        assertThat(((ArgoWorkflowFlowDefinition) job.getDefinition()).getYaml().strip())
                .isEqualTo(Fixtures.text("release.yaml").strip());
    }
}
