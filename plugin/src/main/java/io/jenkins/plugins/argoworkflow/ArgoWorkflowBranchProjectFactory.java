package io.jenkins.plugins.argoworkflow;

import hudson.Extension;
import hudson.model.TaskListener;
import java.io.IOException;
import jenkins.scm.api.SCMFile;
import jenkins.scm.api.SCMProbeStat;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCriteria;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;
import org.jenkinsci.plugins.workflow.multibranch.AbstractWorkflowBranchProjectFactory;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The project recognizer "by Argo Workflow YAML" of a multibranch Pipeline project: every branch (or pull request)
 * whose repository has the workflow file at {@code yamlPath} gets a job, and each build of that job runs the file
 * ({@link ArgoWorkflowBranchFlowDefinition}), as the recognizer "by Jenkinsfile" does for a Jenkinsfile.
 */
public class ArgoWorkflowBranchProjectFactory extends AbstractWorkflowBranchProjectFactory {

    static final String NAME = "by Argo Workflow YAML";

    private String yamlPath = WorkflowFile.DEFAULT_PATH;

    @DataBoundConstructor
    public ArgoWorkflowBranchProjectFactory() {
    }

    /** A factory saved without a path (by hand, or by a tool writing XML) uses the default. */
    protected Object readResolve() {
        yamlPath = WorkflowFile.path(yamlPath);
        return this;
    }

    @DataBoundSetter
    public void setYamlPath(String yamlPath) {
        this.yamlPath = WorkflowFile.path(yamlPath);
    }

    public String getYamlPath() {
        return yamlPath;
    }

    @Override
    protected FlowDefinition createDefinition() {
        return new ArgoWorkflowBranchFlowDefinition(yamlPath);
    }

    @Override
    protected SCMSourceCriteria getSCMSourceCriteria(SCMSource source) {
        return new HasWorkflowFile(yamlPath);
    }

    /**
     * Accepts a branch whose workflow file is a regular file, the only kind a build can read; each branch gets a
     * line in the scan's log saying why, in the words and indentation of the Jenkinsfile recognizer. A record, so
     * that two criteria are equal when their paths are, as SCMSourceCriteria asks.
     */
    record HasWorkflowFile(String path) implements SCMSourceCriteria {

        @Override
        public boolean isHead(Probe probe, TaskListener listener) throws IOException {
            SCMProbeStat stat = probe.stat(path);
            SCMFile.Type type = stat.getType();
            if (type == SCMFile.Type.REGULAR_FILE) {
                listener.getLogger().format("      ‘%s’ found%n", path);
                return true;
            }
            if (type == SCMFile.Type.NONEXISTENT) {
                String alternative = stat.getAlternativePath();
                listener.getLogger().format(alternative == null ? "      ‘%s’ not found%n"
                        : "      ‘%s’ not found (but found ‘%s’, search is case sensitive)%n", path, alternative);
            } else {
                listener.getLogger().format("      ‘%s’ found but is %s, not a regular file%n", path,
                        type == SCMFile.Type.DIRECTORY ? "a directory" : type == SCMFile.Type.LINK ? "a link"
                                : "not a file");
            }
            return false;
        }
    }

    /** Offers "by Argo Workflow YAML" among a multibranch Pipeline project's project recognizers. */
    @Extension
    public static final class DescriptorImpl extends AbstractWorkflowBranchProjectFactoryDescriptor {

        @Override
        public String getDisplayName() {
            return NAME;
        }
    }
}
