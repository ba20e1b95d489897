package io.jenkins.plugins.argoworkflow;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * The Pipeline step {@code argoWorkflow}: runs an Argo Workflow, given as a workspace {@code file} or inline
 * {@code text}, with this plugin as its controller, and returns the workflow's output parameters plus its
 * {@code status}:
 *
 * <pre>
 * def out = argoWorkflow file: 'ci/build.yaml', parameters: [tag: env.GIT_COMMIT]
 * echo out.image
 * </pre>
 *
 * Every option is set through a setter, since either {@code file} or {@code text} is needed, not both. The pods
 * run on a Kubernetes cloud of the kubernetes plugin ({@code cloud}, else the default of
 * {@link ArgoWorkflowConfiguration}, else the first); output artifacts become build artifacts under
 * {@code argo/} unless {@code archiveArtifacts: false}. The run survives a controller restart.
 */
public class ArgoWorkflowStep extends Step {

    private String file;
    private String text;
    private Map<String, Object> parameters = new LinkedHashMap<>();
    private String cloud;
    private String namespace;
    private boolean archiveArtifacts = true;

    @DataBoundConstructor
    public ArgoWorkflowStep() {
    }

    public String getFile() {
        return file;
    }

    /** The workflow file, relative to the workspace. */
    @DataBoundSetter
    public void setFile(String file) {
        this.file = file;
    }

    public String getText() {
        return text;
    }

    /** The workflow YAML itself. */
    @DataBoundSetter
    public void setText(String text) {
        this.text = text;
    }

    public Map<String, Object> getParameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /**
     * Values of the workflow's {@code spec.arguments.parameters}, as {@code argo submit -p} sets them. Values
     * are Objects because Pipeline passes Groovy strings, numbers and booleans; each becomes its text.
     */
    @DataBoundSetter
    public void setParameters(Map<String, Object> parameters) {
        this.parameters = parameters == null ? new LinkedHashMap<>() : new LinkedHashMap<>(parameters);
    }

    public String getCloud() {
        return cloud;
    }

    /** The Kubernetes cloud whose cluster runs the pods, with its credentials; by default the configured one. */
    @DataBoundSetter
    public void setCloud(String cloud) {
        this.cloud = cloud;
    }

    public String getNamespace() {
        return namespace;
    }

    /** The pods' namespace; by default the configured one, else the cloud's. */
    @DataBoundSetter
    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public boolean isArchiveArtifacts() {
        return archiveArtifacts;
    }

    /** Whether output artifacts are archived with the build (and read back from there by later nodes). */
    @DataBoundSetter
    public void setArchiveArtifacts(boolean archiveArtifacts) {
        this.archiveArtifacts = archiveArtifacts;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new ArgoWorkflowStepExecution(context, StepRequest.of(this));
    }

    /** Registers {@code argoWorkflow} with Pipeline and checks inline workflow text in the step's form. */
    @Extension
    @Symbol("argoWorkflow")
    public static final class DescriptorImpl extends StepDescriptor {

        static final String FUNCTION_NAME = "argoWorkflow";

        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @Override
        public String getDisplayName() {
            return "Run an Argo Workflow";
        }

        /**
         * The build log, and the build (its directory keeps the run's state, its artifact manager the artifacts); the
         * workspace is read only when {@code file} is given, and may be absent otherwise.
         */
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(TaskListener.class, Run.class);
        }

        /** Lints the inline text as {@code argowf lint} does, each problem at its {@code line:col}. */
        public FormValidation doCheckText(@QueryParameter String text) {
            return TextValidation.of(text);
        }
    }
}
