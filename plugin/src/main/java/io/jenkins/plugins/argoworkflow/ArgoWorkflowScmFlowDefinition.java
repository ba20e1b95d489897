package io.jenkins.plugins.argoworkflow;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.TaskListener;
import hudson.scm.SCM;
import hudson.scm.SCMDescriptor;
import java.io.IOException;
import java.util.List;
import jenkins.scm.api.SCMFile;
import jenkins.scm.api.SCMFileSystem;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;
import org.jenkinsci.plugins.workflow.flow.FlowDefinitionDescriptor;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The definition "Argo Workflow from SCM": the job is the Argo Workflow at {@code yamlPath} in the job's SCM.
 * Each build reads the file's current content without a checkout (the SCM's {@link SCMFileSystem}, as a
 * Pipeline's lightweight checkout reads its Jenkinsfile) and runs it as {@link ArgoWorkflowFlowDefinition}
 * runs inline YAML. Like a lightweight Jenkinsfile that does no {@code checkout}, the build records no
 * changelog: the workflow fetches its own sources (git artifacts, as Argo's do).
 */
public class ArgoWorkflowScmFlowDefinition extends FlowDefinition {

    private static final String PLACE = "the job's SCM";

    private final SCM scm;
    private final String yamlPath;

    @DataBoundConstructor
    public ArgoWorkflowScmFlowDefinition(SCM scm, String yamlPath) {
        this.scm = scm;
        this.yamlPath = WorkflowFile.path(yamlPath);
    }

    public SCM getScm() {
        return scm;
    }

    public String getYamlPath() {
        return yamlPath;
    }

    @Override
    public FlowExecution create(FlowExecutionOwner handle, TaskListener listener, List<? extends Action> actions)
            throws Exception {
        String yaml = read(WorkflowFile.build(handle).getParent());
        listener.getLogger().println("[argoWorkflow] running " + yamlPath + " from the job's SCM");
        return WorkflowFile.run(yaml, handle, listener, actions);
    }

    /** The workflow file's content, read from {@code job}'s SCM without a checkout. */
    String read(Item job) throws IOException, InterruptedException {
        return WorkflowFile.read(SCMFileSystem.of(job, scm), yamlPath, PLACE, withoutAccess());
    }

    /** Why the file cannot be read, in words that say what to do; null when it can. */
    String problem(SCMFileSystem files, SCMFile file) throws IOException, InterruptedException {
        return WorkflowFile.problem(files, file, yamlPath, PLACE, withoutAccess());
    }

    private String withoutAccess() {
        return "the job's SCM cannot read " + yamlPath + " without a checkout (it has no lightweight access, as Git, "
                + "GitHub and Bitbucket have); use an SCM that has, or give the YAML inline with the \"Argo Workflow\" "
                + "definition";
    }

    /** Offers "Argo Workflow from SCM" among a Pipeline job's definitions. */
    @Extension
    public static final class DescriptorImpl extends FlowDefinitionDescriptor {

        @Override
        public String getDisplayName() {
            return "Argo Workflow from SCM";
        }

        /** The SCMs the form offers. */
        @SuppressWarnings("rawtypes")
        public List<SCMDescriptor<?>> getApplicableDescriptors() {
            return SCM._for((Job) null);
        }
    }
}
