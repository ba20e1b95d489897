package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.Extension;
import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import jenkins.scm.api.SCMFile;
import jenkins.scm.api.SCMProbeStat;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCriteria;
import org.junit.jupiter.api.Test;

class ArgoWorkflowBranchProjectFactoryTest {

    private final SCMSource source = mock(SCMSource.class);
    private final SCMSourceCriteria.Probe probe = mock(SCMSourceCriteria.Probe.class);
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final TaskListener listener = mock(TaskListener.class);

    ArgoWorkflowBranchProjectFactoryTest() {
        when(listener.getLogger()).thenReturn(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @Test
    void theWorkflowIsAtArgoWorkflowYamlUnlessToldOtherwise() {
        ArgoWorkflowBranchProjectFactory factory = new ArgoWorkflowBranchProjectFactory();
        assertThat(factory.getYamlPath()).isEqualTo(".argo/workflow.yaml");

        factory.setYamlPath(" ci/wf.yaml ");
        assertThat(factory.getYamlPath()).isEqualTo("ci/wf.yaml");

        factory.setYamlPath("");
        assertThat(factory.getYamlPath()).isEqualTo(".argo/workflow.yaml");
    }

    @Test
    void eachBranchJobRunsTheFileAtTheFactorysPath() {
        ArgoWorkflowBranchProjectFactory factory = new ArgoWorkflowBranchProjectFactory();
        factory.setYamlPath("ci/wf.yaml");

        assertThat(factory.createDefinition()).isInstanceOfSatisfying(ArgoWorkflowBranchFlowDefinition.class,
                d -> assertThat(d.getYamlPath()).isEqualTo("ci/wf.yaml"));
    }

    @Test
    void aBranchWhoseWorkflowFileIsARegularFileGetsAJob() throws IOException {
        stat("ci/wf.yaml", SCMFile.Type.REGULAR_FILE, null);

        assertThat(criteria("ci/wf.yaml").isHead(probe, listener)).isTrue();
        assertThat(log()).isEqualTo("      ‘ci/wf.yaml’ found\n");
    }

    @Test
    void aBranchWithoutTheFileGetsNoJobAndTheScanSaysWhy() throws IOException {
        stat(".argo/workflow.yaml", SCMFile.Type.NONEXISTENT, null);

        assertThat(criteria(".argo/workflow.yaml").isHead(probe, listener)).isFalse();
        assertThat(log()).isEqualTo("      ‘.argo/workflow.yaml’ not found\n");
    }

    @Test
    void theScanNamesAFileThatDiffersOnlyInCase() throws IOException {
        stat(".argo/workflow.yaml", SCMFile.Type.NONEXISTENT, ".argo/Workflow.yaml");

        assertThat(criteria(".argo/workflow.yaml").isHead(probe, listener)).isFalse();
        assertThat(log()).isEqualTo(
                "      ‘.argo/workflow.yaml’ not found (but found ‘.argo/Workflow.yaml’, search is case sensitive)\n");
    }

    @Test
    void aDirectoryOrALinkAtThePathIsNotAWorkflowFile() throws IOException {
        stat(".argo/workflow.yaml", SCMFile.Type.DIRECTORY, null);
        assertThat(criteria(".argo/workflow.yaml").isHead(probe, listener)).isFalse();

        stat(".argo/workflow.yaml", SCMFile.Type.LINK, null);
        assertThat(criteria(".argo/workflow.yaml").isHead(probe, listener)).isFalse();

        assertThat(log()).isEqualTo("      ‘.argo/workflow.yaml’ found but is a directory, not a regular file\n"
                + "      ‘.argo/workflow.yaml’ found but is a link, not a regular file\n");
    }

    @Test
    void criteriaAreEqualExactlyWhenTheirPathsAre() {
        // A multibranch project compares criteria to tell whether its recognizer changed.
        assertThat(criteria("a.yaml")).isEqualTo(criteria("a.yaml")).hasSameHashCodeAs(criteria("a.yaml"))
                .isNotEqualTo(criteria("b.yaml"));
    }

    @Test
    void theDescriptorIsAnExtensionCalledByArgoWorkflowYaml() {
        assertThat(ArgoWorkflowBranchProjectFactory.DescriptorImpl.class.isAnnotationPresent(Extension.class))
                .isTrue();
        assertThat(mock(ArgoWorkflowBranchProjectFactory.DescriptorImpl.class, CALLS_REAL_METHODS).getDisplayName())
                .isEqualTo("by Argo Workflow YAML");
    }

    private SCMSourceCriteria criteria(String path) {
        ArgoWorkflowBranchProjectFactory factory = new ArgoWorkflowBranchProjectFactory();
        factory.setYamlPath(path);
        return factory.getSCMSourceCriteria(source);
    }

    private void stat(String path, SCMFile.Type type, String alternative) throws IOException {
        SCMProbeStat stat = mock(SCMProbeStat.class);
        when(stat.getType()).thenReturn(type);
        when(stat.getAlternativePath()).thenReturn(alternative);
        when(probe.stat(path)).thenReturn(stat);
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
