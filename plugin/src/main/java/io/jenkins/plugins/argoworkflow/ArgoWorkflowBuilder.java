package io.jenkins.plugins.argoworkflow;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractDescribableImpl;
import hudson.model.AbstractProject;
import hudson.model.Descriptor;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * The freestyle build step "Run an Argo Workflow": the {@code argoWorkflow} Pipeline step's options in a form.
 * It runs the step itself ({@link #toStep}) in a {@link BuildStepContext}, so both share one code path; the
 * build waits for the workflow, fails when it fails, and aborting the build terminates it. Parameter values
 * may name the build's variables ({@code ${GIT_COMMIT}}).
 */
public class ArgoWorkflowBuilder extends Builder implements SimpleBuildStep {

    private String file;
    private String text;
    private List<Parameter> parameters = new ArrayList<>();
    private String cloud;
    private String namespace;
    private boolean archiveArtifacts = true;

    @DataBoundConstructor
    public ArgoWorkflowBuilder() {
    }

    public String getFile() {
        return file;
    }

    /** The workflow file, relative to the workspace. */
    @DataBoundSetter
    public void setFile(String file) {
        this.file = blankToNull(file);
    }

    public String getText() {
        return text;
    }

    /** The workflow YAML itself. */
    @DataBoundSetter
    public void setText(String text) {
        this.text = blankToNull(text);
    }

    public List<Parameter> getParameters() {
        return List.copyOf(parameters);
    }

    /** Values of the workflow's {@code spec.arguments.parameters}; build variables in them are expanded. */
    @DataBoundSetter
    public void setParameters(List<Parameter> parameters) {
        this.parameters = parameters == null ? new ArrayList<>() : new ArrayList<>(parameters);
    }

    public String getCloud() {
        return cloud;
    }

    @DataBoundSetter
    public void setCloud(String cloud) {
        this.cloud = blankToNull(cloud);
    }

    public String getNamespace() {
        return namespace;
    }

    @DataBoundSetter
    public void setNamespace(String namespace) {
        this.namespace = blankToNull(namespace);
    }

    public boolean isArchiveArtifacts() {
        return archiveArtifacts;
    }

    @DataBoundSetter
    public void setArchiveArtifacts(boolean archiveArtifacts) {
        this.archiveArtifacts = archiveArtifacts;
    }

    @Override
    public void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        Object result = new BuildStepContext(run, workspace, env, launcher, listener).runToEnd(toStep(env));
        logOutputs(result, listener);
    }

    /** The {@code argoWorkflow} step this build step stands for, its parameter values expanded with {@code env}. */
    ArgoWorkflowStep toStep(EnvVars env) {
        ArgoWorkflowStep step = new ArgoWorkflowStep();
        step.setFile(file);
        step.setText(text);
        step.setCloud(cloud);
        step.setNamespace(namespace);
        step.setArchiveArtifacts(archiveArtifacts);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            values.put(p.getName(), p.getValue() == null ? "" : env.expand(p.getValue()));
        }
        step.setParameters(values);
        return step;
    }

    /** An empty form field means the option is not set, as the step's own checks expect. */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A freestyle build has no variable to receive the step's result: the log shows it. */
    static void logOutputs(Object result, TaskListener listener) {
        if (result instanceof Map<?, ?> outputs) {
            outputs.forEach((k, v) -> listener.getLogger().println("[argoWorkflow] output " + k + " = " + v));
        }
    }

    /** One {@code name = value} argument of the workflow. */
    @SuppressWarnings("deprecation")
    public static final class Parameter extends AbstractDescribableImpl<Parameter> {

        private final String name;
        private final String value;

        @DataBoundConstructor
        public Parameter(String name, String value) {
            this.name = name;
            this.value = value;
        }

        public String getName() {
            return name;
        }

        public String getValue() {
            return value;
        }

        /** Lets the form repeat parameters. */
        @Extension
        public static final class DescriptorImpl extends Descriptor<Parameter> {

            @Override
            public String getDisplayName() {
                return "Parameter";
            }
        }
    }

    /** Offers the step in freestyle jobs and checks inline workflow text as the step's form does. */
    @Extension
    @Symbol("argoWorkflowBuild")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return "Run an Argo Workflow";
        }

        /** Lints the inline text as {@code argowf lint} does, each problem at its {@code line:col}. */
        public FormValidation doCheckText(@QueryParameter String text) {
            return TextValidation.of(text);
        }
    }
}
