package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.scm.SCM;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jenkins.scm.api.SCMFile;
import jenkins.scm.api.SCMFileSystem;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.CpsFlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

class ArgoWorkflowScmFlowDefinitionTest {

    private final SCM scm = mock(SCM.class);
    private final SCMFileSystem files = mock(SCMFileSystem.class);
    private final SCMFile file = mock(SCMFile.class);

    @Test
    void theWorkflowIsAtArgoWorkflowYamlUnlessToldOtherwise() {
        assertThat(new ArgoWorkflowScmFlowDefinition(scm, null).getYamlPath()).isEqualTo(".argo/workflow.yaml");
        assertThat(new ArgoWorkflowScmFlowDefinition(scm, "  ").getYamlPath()).isEqualTo(".argo/workflow.yaml");
        assertThat(new ArgoWorkflowScmFlowDefinition(scm, " ci/wf.yaml ").getYamlPath()).isEqualTo("ci/wf.yaml");
        assertThat(new ArgoWorkflowScmFlowDefinition(scm, null).getScm()).isSameAs(scm);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    @Test
    void eachBuildRunsTheFilesCurrentContentAsTheInlineDefinitionRunsItsYaml() throws Exception {
        String yaml = Fixtures.text("parameters.yaml");
        Job job = mock(Job.class);
        Run build = mock(Run.class, org.mockito.Mockito.withSettings().extraInterfaces(
                hudson.model.Queue.Executable.class));
        when(build.getParent()).thenReturn(job);
        FlowExecutionOwner owner = mock(FlowExecutionOwner.class);
        when(owner.getExecutable()).thenReturn((hudson.model.Queue.Executable) build);
        TaskListener listener = mock(TaskListener.class);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        when(listener.getLogger()).thenReturn(new PrintStream(log, true, StandardCharsets.UTF_8));
        when(files.child("ci/wf.yaml")).thenReturn(file);
        when(file.isFile()).thenReturn(true);
        when(file.contentAsString()).thenReturn(yaml);
        List<Action> actions = List.of();
        CpsFlowExecution execution = mock(CpsFlowExecution.class);
        try (MockedStatic<SCMFileSystem> lookup = mockStatic(SCMFileSystem.class);
                MockedConstruction<CpsFlowDefinition> cps = mockConstruction(CpsFlowDefinition.class, (m, c) -> {
                    assertThat(c.arguments()).asInstanceOf(InstanceOfAssertFactories.LIST)
                            .containsExactly(PipelineScript.of(yaml), true);
                    when(m.create(owner, listener, actions)).thenReturn(execution);
                })) {
            lookup.when(() -> SCMFileSystem.of(job, scm)).thenReturn(files);

            FlowExecution created = new ArgoWorkflowScmFlowDefinition(scm, "ci/wf.yaml").create(owner, listener,
                    actions);

            assertThat(created).isSameAs(execution);
            assertThat(cps.constructed()).hasSize(1);
        }
        verify(files).close();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("running ci/wf.yaml from the job's SCM");
    }

    @Test
    void anScmWithoutLightweightAccessIsExplained() throws Exception {
        assertThat(new ArgoWorkflowScmFlowDefinition(scm, null).problem(null, null))
                .contains("cannot read .argo/workflow.yaml without a checkout")
                .contains("give the YAML inline");
    }

    @Test
    void aPathThatIsNotAFileIsNamed() throws Exception {
        when(file.isFile()).thenReturn(false);

        assertThat(new ArgoWorkflowScmFlowDefinition(scm, "ci/missing.yaml").problem(files, file))
                .startsWith("ci/missing.yaml is not a file in the job's SCM");
    }

    @Test
    void aFileIsNoProblem() throws Exception {
        when(file.isFile()).thenReturn(true);

        assertThat(new ArgoWorkflowScmFlowDefinition(scm, null).problem(files, file)).isNull();
    }

    @Test
    void theDescriptorIsAnExtensionCalledArgoWorkflowFromScm() {
        assertThat(ArgoWorkflowScmFlowDefinition.DescriptorImpl.class.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(mock(ArgoWorkflowScmFlowDefinition.DescriptorImpl.class, CALLS_REAL_METHODS).getDisplayName())
                .isEqualTo("Argo Workflow from SCM");
    }
}
