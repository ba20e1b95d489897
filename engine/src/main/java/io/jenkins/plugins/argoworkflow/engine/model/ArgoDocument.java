package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;

/** A document of one of Argo's kinds that holds a workflow spec. */
public sealed interface ArgoDocument permits Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow {

    String API_VERSION = "argoproj.io/v1alpha1";

    String kind();

    String apiVersion();

    ObjectMeta metadata();

    /** The workflow spec the document carries (a CronWorkflow's {@code spec.workflowSpec}). */
    WorkflowSpec workflowSpec();

    /**
     * The document as read, with every field's location: lint points at the exact value a finding is
     * about, where the model keeps only each object's location.
     */
    YMap source();

    Location location();
}
