package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import hudson.Extension;
import jenkins.scm.api.SCMSource;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Test;

class ArgoWorkflowMultiBranchProjectFactoryTest {

    @Test
    void aRepositoryIsRecognisedByTheCriteriaOfItsProjectsRecognizer() {
        ArgoWorkflowMultiBranchProjectFactory factory = new ArgoWorkflowMultiBranchProjectFactory();
        factory.setYamlPath(" ci/wf.yaml ");
        assertThat(factory.getSCMSourceCriteria(mock(SCMSource.class)))
                .isEqualTo(new ArgoWorkflowBranchProjectFactory.HasWorkflowFile("ci/wf.yaml"));

        factory.setYamlPath(" ");
        assertThat(factory.getSCMSourceCriteria(mock(SCMSource.class)))
                .isEqualTo(new ArgoWorkflowBranchProjectFactory.HasWorkflowFile(".argo/workflow.yaml"));
    }

    @Test
    void eachProjectGetsItsOwnRecognizerAtTheFoldersPath() throws Exception {
        ArgoWorkflowMultiBranchProjectFactory factory = new ArgoWorkflowMultiBranchProjectFactory();
        factory.setYamlPath("ci/wf.yaml");
        WorkflowMultiBranchProject project = mock(WorkflowMultiBranchProject.class);

        factory.customize(project);

        verify(project).setProjectFactory(argThat(recognizer -> recognizer instanceof ArgoWorkflowBranchProjectFactory
                && ((ArgoWorkflowBranchProjectFactory) recognizer).getYamlPath().equals("ci/wf.yaml")));
    }

    @Test
    void theDescriptorIsAnExtensionCalledArgoWorkflowYamlOnByDefault() {
        ArgoWorkflowMultiBranchProjectFactory.DescriptorImpl descriptor =
                mock(ArgoWorkflowMultiBranchProjectFactory.DescriptorImpl.class, CALLS_REAL_METHODS);

        assertThat(ArgoWorkflowMultiBranchProjectFactory.DescriptorImpl.class.isAnnotationPresent(Extension.class))
                .isTrue();
        assertThat(descriptor.getDisplayName()).isEqualTo("Argo Workflow YAML");
        assertThat(descriptor.newInstance()).isInstanceOfSatisfying(ArgoWorkflowMultiBranchProjectFactory.class,
                f -> assertThat(f.getYamlPath()).isEqualTo(".argo/workflow.yaml"));
    }
}
