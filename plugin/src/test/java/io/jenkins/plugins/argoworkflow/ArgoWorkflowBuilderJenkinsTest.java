package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The freestyle build step inside a real Jenkins (profile {@code jenkins} only). */
@WithJenkins
class ArgoWorkflowBuilderJenkinsTest {

    @Test
    void aWorkflowWithLintErrorsFailsTheBuildNamingItsLineAndColumn(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("lint-error");
        ArgoWorkflowBuilder builder = new ArgoWorkflowBuilder();
        builder.setText(Fixtures.text("missing-template.yaml"));
        project.getBuildersList().add(builder);

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains("argoWorkflow text:11:19: error:", build);
    }

    @Test
    void aStepWithNeitherFileNorTextSaysWhatItNeeds(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("no-workflow");
        project.getBuildersList().add(new ArgoWorkflowBuilder());

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains("give 'file' (a path in the workspace) or 'text'", build);
    }

    @Test
    void theConfigurationFormKeepsEveryOption(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("round-trip");
        ArgoWorkflowBuilder builder = new ArgoWorkflowBuilder();
        builder.setFile("ci/build.yaml");
        builder.setNamespace("builds");
        builder.setArchiveArtifacts(false);
        builder.setParameters(List.of(new ArgoWorkflowBuilder.Parameter("tag", "${GIT_COMMIT}")));
        project.getBuildersList().add(builder);

        j.configRoundtrip(project);

        ArgoWorkflowBuilder saved = project.getBuildersList().get(ArgoWorkflowBuilder.class);
        assertThat(saved).isNotSameAs(builder);
        assertThat(saved.getFile()).isEqualTo("ci/build.yaml");
        assertThat(saved.getText()).isNull();
        assertThat(saved.getNamespace()).isEqualTo("builds");
        assertThat(saved.getCloud()).isNull();
        assertThat(saved.isArchiveArtifacts()).isFalse();
        assertThat(saved.getParameters()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("tag");
            assertThat(p.getValue()).isEqualTo("${GIT_COMMIT}");
        });
    }

    @Test
    void theFormsCheckShowsALintErrorAtItsLineAndColumn(JenkinsRule j) {
        ArgoWorkflowBuilder.DescriptorImpl descriptor = j.jenkins.getDescriptorByType(
                ArgoWorkflowBuilder.DescriptorImpl.class);

        assertThat(descriptor.doCheckText(Fixtures.text("missing-template.yaml")).getMessage()).startsWith("11:19: ");
    }
}
