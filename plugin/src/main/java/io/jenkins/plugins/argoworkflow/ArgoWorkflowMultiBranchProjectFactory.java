package io.jenkins.plugins.argoworkflow;

import hudson.Extension;
import java.io.IOException;
import jenkins.branch.MultiBranchProjectFactory;
import jenkins.branch.MultiBranchProjectFactoryDescriptor;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCriteria;
import org.jenkinsci.plugins.workflow.multibranch.AbstractWorkflowMultiBranchProjectFactory;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The project factory "Argo Workflow YAML" of an organization folder, as "Pipeline Jenkinsfile" is for
 * Jenkinsfiles: a repository of the folder's navigator with a branch whose workflow file is a regular file becomes
 * a multibranch project whose recognizer is {@link ArgoWorkflowBranchProjectFactory} with the same path.
 */
public class ArgoWorkflowMultiBranchProjectFactory extends AbstractWorkflowMultiBranchProjectFactory {

    private String yamlPath = WorkflowFile.DEFAULT_PATH;

    @DataBoundConstructor
    public ArgoWorkflowMultiBranchProjectFactory() {
    }

    /** A factory saved without a path uses the default. */
    protected Object readResolve() {
        setYamlPath(yamlPath);
        return this;
    }

    public String getYamlPath() {
        return yamlPath;
    }

    @DataBoundSetter
    public void setYamlPath(String yamlPath) {
        this.yamlPath = WorkflowFile.path(yamlPath);
    }

    /** A repository is recognised by a branch its projects' recognizer would give a job. */
    @Override
    protected SCMSourceCriteria getSCMSourceCriteria(SCMSource source) {
        return branchFactory().getSCMSourceCriteria(source);
    }

    /** Each project, new or found again at a scan, gets its own recognizer at the folder's path. */
    @Override
    protected void customize(WorkflowMultiBranchProject project) throws IOException, InterruptedException {
        project.setProjectFactory(branchFactory());
    }

    private ArgoWorkflowBranchProjectFactory branchFactory() {
        ArgoWorkflowBranchProjectFactory factory = new ArgoWorkflowBranchProjectFactory();
        factory.setYamlPath(yamlPath);
        return factory;
    }

    /** Offers "Argo Workflow YAML" among an organization folder's project factories, on by default. */
    @Extension
    public static final class DescriptorImpl extends MultiBranchProjectFactoryDescriptor {

        @Override
        public MultiBranchProjectFactory newInstance() {
            return new ArgoWorkflowMultiBranchProjectFactory();
        }

        @Override
        public String getDisplayName() {
            return "Argo Workflow YAML";
        }
    }
}
