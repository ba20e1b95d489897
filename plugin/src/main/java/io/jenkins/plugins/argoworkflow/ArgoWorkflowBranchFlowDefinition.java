package io.jenkins.plugins.argoworkflow;

import hudson.AbortException;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Descriptor;
import hudson.model.DescriptorVisibilityFilter;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.List;
import jenkins.scm.api.SCMFileSystem;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMRevisionAction;
import jenkins.scm.api.SCMSource;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;
import org.jenkinsci.plugins.workflow.flow.FlowDefinitionDescriptor;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

/**
 * The definition of each branch job that {@link ArgoWorkflowBranchProjectFactory} creates, as workflow-multibranch's
 * {@code SCMBinder} is for a Jenkinsfile: a build reads the workflow file of the revision it is for, without a
 * checkout, and runs it as "Argo Workflow from SCM" does.
 *
 * <p>The file is read from the revision the branch source <em>trusts</em> ({@link SCMSource#getTrustedRevision}): a
 * pull request from a contributor without write access (a fork, typically) runs the workflow of its target branch,
 * not its own, because the workflow decides which pods the controller creates with which service accounts and
 * secrets. Unlike {@code SCMBinder}, there is no fallback to a full checkout when the source has no lightweight
 * access: the build fails saying so.
 */
public class ArgoWorkflowBranchFlowDefinition extends FlowDefinition {

    static final String NAME = "Argo Workflow from multibranch configuration";

    private final String yamlPath;

    public ArgoWorkflowBranchFlowDefinition(String yamlPath) {
        this.yamlPath = WorkflowFile.path(yamlPath);
    }

    public String getYamlPath() {
        return yamlPath;
    }

    @Override
    public FlowExecution create(FlowExecutionOwner handle, TaskListener listener, List<? extends Action> actions)
            throws Exception {
        return WorkflowFile.run(read(WorkflowFile.build(handle), listener), handle, listener, actions);
    }

    /** The workflow file's content at the trusted revision of the branch {@code build} is for. */
    String read(Run<?, ?> build, TaskListener listener) throws IOException, InterruptedException {
        Item job = build.getParent();
        SCMSource source = SCMSource.SourceByItem.findSource(job);
        SCMHead head = SCMHead.HeadByItem.findHead(job);
        if (source == null || head == null) {
            throw new AbortException("this job is not a branch of a multibranch project, or its branch source is "
                    + "gone: the definition \"" + NAME + "\" runs only in the branch jobs a multibranch "
                    + "project creates with its project recognizer \"" + ArgoWorkflowBranchProjectFactory.NAME
                    + "\"; scan the multibranch project again, or give this job another definition");
        }
        SCMRevision revision = revision(build, source, head, listener);
        SCMRevision trusted = source.getTrustedRevision(revision, listener);
        if (!trusted.equals(revision)) {
            listener.getLogger().println("[argoWorkflow] " + revision + " comes from a contributor the branch "
                    + "source does not trust: " + yamlPath + " is read from the trusted revision " + trusted
                    + " instead, so changes to the workflow in " + revision + " do not run until a trusted "
                    + "committer makes them");
        }
        String place = "revision " + trusted + " of " + head.getName();
        String yaml = WorkflowFile.read(SCMFileSystem.of(source, head, trusted), yamlPath, place,
                "the branch source cannot read " + yamlPath + " of " + head.getName() + " without a checkout (it "
                        + "has no lightweight access, as Git, GitHub, GitLab and Bitbucket sources have); Argo "
                        + "Workflow branch jobs do not fall back to a full checkout: use a branch source that has");
        listener.getLogger().println("[argoWorkflow] running " + yamlPath + " from " + place);
        return yaml;
    }

    /**
     * The revision the build is for: the one its trigger recorded (a scan or an event), else the branch's head now,
     * recorded on the build so that it says what it ran.
     */
    private static SCMRevision revision(Run<?, ?> build, SCMSource source, SCMHead head, TaskListener listener)
            throws IOException, InterruptedException {
        SCMRevision recorded = SCMRevisionAction.getRevision(source, build);
        if (recorded != null) {
            return recorded;
        }
        SCMRevision tip = source.fetch(head, listener);
        if (tip == null) {
            throw new AbortException("branch " + head.getName() + " is no longer in its source; scan the multibranch "
                    + "project again");
        }
        build.addAction(new SCMRevisionAction(source, tip));
        return tip;
    }

    /** Names the definition in a branch job's read-only configuration. */
    @Extension
    public static final class DescriptorImpl extends FlowDefinitionDescriptor {

        @Override
        public String getDisplayName() {
            return NAME;
        }
    }

    /**
     * Keeps the definition out of the choices of a standalone Pipeline job, where it cannot run; it shows only in
     * the jobs of a branch source.
     */
    @Extension
    public static final class OnlyInBranchJobs extends DescriptorVisibilityFilter {

        @SuppressWarnings("rawtypes")
        @Override
        public boolean filter(Object context, Descriptor descriptor) {
            return !(descriptor instanceof DescriptorImpl)
                    || context instanceof Item item && SCMSource.SourceByItem.findSource(item) != null;
        }
    }
}
