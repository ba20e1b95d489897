package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import hudson.AbortException;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Descriptor;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jenkins.scm.api.SCMFile;
import jenkins.scm.api.SCMFileSystem;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMRevisionAction;
import jenkins.scm.api.SCMSource;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.CpsFlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

/**
 * The definition of an Argo Workflow branch job, with the branch source, its revisions and its lightweight file
 * access mocked at the scm-api boundary.
 */
class ArgoWorkflowBranchFlowDefinitionTest {

    @SuppressWarnings("rawtypes")
    private final Job job = mock(Job.class);
    @SuppressWarnings("rawtypes")
    private final Run build = mock(Run.class, withSettings().extraInterfaces(Queue.Executable.class));
    private final SCMSource source = mock(SCMSource.class);
    private final SCMHead head = mock(SCMHead.class);
    private final SCMRevision pullRequest = mock(SCMRevision.class, "PR-7 at 5e11a");
    private final SCMRevision target = mock(SCMRevision.class, "main at 0ld1e");
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final TaskListener listener = mock(TaskListener.class);

    private MockedStatic<SCMSource.SourceByItem> sources;
    private MockedStatic<SCMHead.HeadByItem> heads;
    private MockedStatic<SCMRevisionAction> recorded;
    private MockedStatic<SCMFileSystem> fileSystems;

    @SuppressWarnings("unchecked")
    @BeforeEach
    void aBranchJobOfAMultibranchProject() {
        when(build.getParent()).thenReturn(job);
        when(head.getName()).thenReturn("PR-7");
        when(listener.getLogger()).thenReturn(new PrintStream(log, true, StandardCharsets.UTF_8));
        sources = mockStatic(SCMSource.SourceByItem.class);
        heads = mockStatic(SCMHead.HeadByItem.class);
        recorded = mockStatic(SCMRevisionAction.class);
        fileSystems = mockStatic(SCMFileSystem.class);
        sources.when(() -> SCMSource.SourceByItem.findSource(job)).thenReturn(source);
        heads.when(() -> SCMHead.HeadByItem.findHead(job)).thenReturn(head);
    }

    @AfterEach
    void closeStatics() {
        sources.close();
        heads.close();
        recorded.close();
        fileSystems.close();
    }

    @Test
    void anUntrustedPullRequestRunsTheWorkflowOfTheTrustedRevision() throws Exception {
        recorded.when(() -> SCMRevisionAction.getRevision(source, build)).thenReturn(pullRequest);
        when(source.getTrustedRevision(pullRequest, listener)).thenReturn(target);
        files(pullRequest, ".argo/workflow.yaml", "kind: Workflow # changed by the pull request");
        files(target, ".argo/workflow.yaml", "kind: Workflow # as reviewed");

        String yaml = new ArgoWorkflowBranchFlowDefinition(null).read(build, listener);

        assertThat(yaml).isEqualTo("kind: Workflow # as reviewed");
        fileSystems.verify(() -> SCMFileSystem.of(source, head, pullRequest), never());
        assertThat(log()).contains("PR-7 at 5e11a comes from a contributor the branch source does not trust: "
                        + ".argo/workflow.yaml is read from the trusted revision main at 0ld1e instead")
                .contains("running .argo/workflow.yaml from revision main at 0ld1e of PR-7");
    }

    @Test
    void aTrustedRevisionRunsItsOwnWorkflowWithoutAWarning() throws Exception {
        recorded.when(() -> SCMRevisionAction.getRevision(source, build)).thenReturn(pullRequest);
        when(source.getTrustedRevision(pullRequest, listener)).thenReturn(pullRequest);
        SCMFileSystem files = files(pullRequest, "ci/wf.yaml", "kind: Workflow # the pull request's");

        String yaml = new ArgoWorkflowBranchFlowDefinition("ci/wf.yaml").read(build, listener);

        assertThat(yaml).isEqualTo("kind: Workflow # the pull request's");
        assertThat(log()).doesNotContain("does not trust").contains("running ci/wf.yaml from revision PR-7 at 5e11a");
        verify(files).close();
        verify(build, never()).addAction(any());
    }

    @Test
    void aBuildWithoutARecordedRevisionRunsTheBranchHeadAndRecordsIt() throws Exception {
        when(source.fetch(head, listener)).thenReturn(pullRequest);
        when(source.getTrustedRevision(pullRequest, listener)).thenReturn(pullRequest);
        files(pullRequest, ".argo/workflow.yaml", "kind: Workflow");

        try (MockedConstruction<SCMRevisionAction> actions = mockConstruction(SCMRevisionAction.class,
                (action, context) -> assertThat(context.arguments()).asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactly(source, pullRequest))) {
            new ArgoWorkflowBranchFlowDefinition(null).read(build, listener);

            assertThat(actions.constructed()).hasSize(1);
            verify(build).addAction(actions.constructed().get(0));
        }
    }

    @Test
    void aBranchThatIsGoneFailsTheBuildSayingToScanAgain() throws Exception {
        when(source.fetch(head, listener)).thenReturn(null);

        assertThat(abortMessage(() -> new ArgoWorkflowBranchFlowDefinition(null).read(build, listener)))
                .isEqualTo("branch PR-7 is no longer in its source; scan the multibranch project again");
    }

    @Test
    void aSourceWithoutLightweightAccessFailsTheBuildWithoutACheckout() throws Exception {
        recorded.when(() -> SCMRevisionAction.getRevision(source, build)).thenReturn(pullRequest);
        when(source.getTrustedRevision(pullRequest, listener)).thenReturn(pullRequest);
        fileSystems.when(() -> SCMFileSystem.of(source, head, pullRequest)).thenReturn(null);

        assertThat(abortMessage(() -> new ArgoWorkflowBranchFlowDefinition(null).read(build, listener)))
                .startsWith("the branch source cannot read .argo/workflow.yaml of PR-7 without a checkout")
                .contains("do not fall back to a full checkout");
    }

    @Test
    void aMissingWorkflowFileFailsTheBuildNamingThePathAndRevision() throws Exception {
        recorded.when(() -> SCMRevisionAction.getRevision(source, build)).thenReturn(pullRequest);
        when(source.getTrustedRevision(pullRequest, listener)).thenReturn(target);
        SCMFileSystem files = mock(SCMFileSystem.class);
        SCMFile file = mock(SCMFile.class);
        when(files.child("ci/wf.yaml")).thenReturn(file);
        when(file.isFile()).thenReturn(false);
        fileSystems.when(() -> SCMFileSystem.of(source, head, target)).thenReturn(files);

        assertThat(abortMessage(() -> new ArgoWorkflowBranchFlowDefinition("ci/wf.yaml").read(build, listener)))
                .startsWith("ci/wf.yaml is not a file in revision main at 0ld1e of PR-7; set the "
                        + "workflow file's path");
        verify(files).close();
    }

    @Test
    void aJobOutsideAMultibranchProjectIsToldWhereTheDefinitionRuns() {
        sources.when(() -> SCMSource.SourceByItem.findSource(job)).thenReturn(null);

        assertThat(abortMessage(() -> new ArgoWorkflowBranchFlowDefinition(null).read(build, listener)))
                .startsWith("this job is not a branch of a multibranch project")
                .contains("\"by Argo Workflow YAML\"");
    }

    @Test
    void aBuildRunsTheTrustedFileAsTheInlineDefinitionRunsItsYaml() throws Exception {
        String yaml = Fixtures.text("parameters.yaml");
        recorded.when(() -> SCMRevisionAction.getRevision(source, build)).thenReturn(pullRequest);
        when(source.getTrustedRevision(pullRequest, listener)).thenReturn(target);
        files(target, ".argo/workflow.yaml", yaml);
        FlowExecutionOwner owner = mock(FlowExecutionOwner.class);
        when(owner.getExecutable()).thenReturn((Queue.Executable) build);
        List<Action> actions = List.of();
        CpsFlowExecution execution = mock(CpsFlowExecution.class);
        try (MockedConstruction<CpsFlowDefinition> cps = mockConstruction(CpsFlowDefinition.class, (m, c) -> {
            assertThat(c.arguments()).asInstanceOf(InstanceOfAssertFactories.LIST)
                    .containsExactly(PipelineScript.of(yaml), true);
            when(m.create(owner, listener, actions)).thenReturn(execution);
        })) {
            assertThat(new ArgoWorkflowBranchFlowDefinition(null).create(owner, listener, actions))
                    .isSameAs(execution);
            assertThat(cps.constructed()).hasSize(1);
        }
    }

    @Test
    void theDefinitionIsOfferedOnlyInTheJobsOfABranchSource() {
        ArgoWorkflowBranchFlowDefinition.DescriptorImpl branch =
                mock(ArgoWorkflowBranchFlowDefinition.DescriptorImpl.class, CALLS_REAL_METHODS);
        Descriptor<?> other = mock(ArgoWorkflowFlowDefinition.DescriptorImpl.class);
        @SuppressWarnings("rawtypes")
        Job standalone = mock(Job.class);
        ArgoWorkflowBranchFlowDefinition.OnlyInBranchJobs filter = new ArgoWorkflowBranchFlowDefinition.OnlyInBranchJobs();

        assertThat(filter.filter(job, branch)).isTrue();
        assertThat(filter.filter(standalone, branch)).isFalse();
        assertThat(filter.filter(null, branch)).isFalse();
        assertThat(filter.filter(standalone, other)).isTrue();
        assertThat(branch.getDisplayName()).isEqualTo("Argo Workflow from multibranch configuration");
        assertThat(ArgoWorkflowBranchFlowDefinition.DescriptorImpl.class.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(ArgoWorkflowBranchFlowDefinition.OnlyInBranchJobs.class.isAnnotationPresent(Extension.class))
                .isTrue();
    }

    private SCMFileSystem files(SCMRevision revision, String path, String content) throws Exception {
        SCMFileSystem files = mock(SCMFileSystem.class);
        SCMFile file = mock(SCMFile.class);
        when(files.child(path)).thenReturn(file);
        when(file.isFile()).thenReturn(true);
        when(file.contentAsString()).thenReturn(content);
        fileSystems.when(() -> SCMFileSystem.of(source, head, revision)).thenReturn(files);
        return files;
    }

    /**
     * The message of the {@link AbortException} {@code call} throws (its stubbed constructor needs the real
     * Jenkins, so its construction is intercepted and its argument kept).
     */
    private static String abortMessage(ThrowingCallable call) {
        List<Object> messages = new ArrayList<>();
        try (MockedConstruction<AbortException> aborts = mockConstruction(AbortException.class,
                (abort, context) -> messages.add(context.arguments().get(0)))) {
            assertThatThrownBy(call).isInstanceOf(AbortException.class);
        }
        assertThat(messages).hasSize(1);
        return (String) messages.get(0);
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8);
    }
}
