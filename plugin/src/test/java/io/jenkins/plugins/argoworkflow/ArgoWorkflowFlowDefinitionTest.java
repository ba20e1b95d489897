package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.CpsFlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

class ArgoWorkflowFlowDefinitionTest {

    @Test
    void isBoundFromItsYaml() throws Exception {
        assertThat(ArgoWorkflowFlowDefinition.class.getConstructor(String.class)
                .isAnnotationPresent(DataBoundConstructor.class)).isTrue();
        assertThat(new ArgoWorkflowFlowDefinition("kind: Workflow").getYaml()).isEqualTo("kind: Workflow");
    }

    @Test
    void eachBuildRunsTheGeneratedScriptInTheSandbox() throws Exception {
        String yaml = Fixtures.text("parameters.yaml");
        FlowExecutionOwner owner = mock(FlowExecutionOwner.class);
        TaskListener listener = mock(TaskListener.class);
        List<Action> actions = List.of(mock(Action.class));
        CpsFlowExecution execution = mock(CpsFlowExecution.class);
        try (MockedConstruction<CpsFlowDefinition> cps = mockConstruction(CpsFlowDefinition.class, (m, context) -> {
            assertThat(context.arguments()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(PipelineScript.of(yaml), true);
            when(m.create(owner, listener, actions)).thenReturn(execution);
        })) {
            FlowExecution created = new ArgoWorkflowFlowDefinition(yaml).create(owner, listener, actions);

            assertThat(cps.constructed()).hasSize(1);
            assertThat(created).isSameAs(execution);
        }
    }

    @Test
    void aDefinitionWithNoYamlYetRunsTheStepWhichSaysWhatItNeeds() {
        assertThat(new ArgoWorkflowFlowDefinition(null).script()).contains("argoWorkflow text: ''");
    }

    @Test
    void theDescriptorIsAnExtensionCalledArgoWorkflowThatLintsTheYaml() {
        assertThat(ArgoWorkflowFlowDefinition.DescriptorImpl.class.isAnnotationPresent(Extension.class)).isTrue();
        ArgoWorkflowFlowDefinition.DescriptorImpl descriptor = mock(ArgoWorkflowFlowDefinition.DescriptorImpl.class,
                CALLS_REAL_METHODS);
        assertThat(descriptor.getDisplayName()).isEqualTo("Argo Workflow");
        FormValidation error = mock(FormValidation.class);
        try (MockedStatic<FormValidation> factories = mockStatic(FormValidation.class)) {
            factories.when(() -> FormValidation.error(anyString())).thenReturn(error);

            assertThat(descriptor.doCheckYaml(Fixtures.text("missing-template.yaml"))).isSameAs(error);
        }
    }
}
