package io.jenkins.plugins.argoworkflow;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;
import org.jenkinsci.plugins.workflow.flow.FlowDefinitionDescriptor;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;

/**
 * The definition "Argo Workflow" of a Pipeline job: the job is an Argo Workflow given as YAML. Each build runs
 * the {@link PipelineScript} generated from it (the {@code argoWorkflow} step, in the Groovy sandbox) as a
 * Pipeline, so builds survive a restart as Pipelines do, and the workflow's {@code spec.arguments.parameters}
 * become the job's build parameters.
 */
public class ArgoWorkflowFlowDefinition extends FlowDefinition {

    private final String yaml;

    @DataBoundConstructor
    public ArgoWorkflowFlowDefinition(String yaml) {
        this.yaml = yaml;
    }

    public String getYaml() {
        return yaml;
    }

    @Override
    public FlowExecution create(FlowExecutionOwner handle, TaskListener listener, List<? extends Action> actions)
            throws Exception {
        return new CpsFlowDefinition(script(), true).create(handle, listener, actions);
    }

    /** What each build runs. */
    String script() {
        return PipelineScript.of(yaml == null ? "" : yaml);
    }

    /** Offers "Argo Workflow" among a Pipeline job's definitions and lints the YAML in the form. */
    @Extension
    public static final class DescriptorImpl extends FlowDefinitionDescriptor {

        @Override
        public String getDisplayName() {
            return "Argo Workflow";
        }

        /** Lints the YAML as {@code argowf lint} does, each problem at its {@code line:col}. */
        public FormValidation doCheckYaml(@QueryParameter String yaml) {
            return TextValidation.of(yaml);
        }
    }
}
