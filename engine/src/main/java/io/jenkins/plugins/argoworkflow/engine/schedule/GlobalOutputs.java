package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's workflow outputs: parameters and artifacts with a {@code globalName}, kept in the status and visible
 * to later nodes as {@code workflow.outputs.parameters.X} and {@code workflow.outputs.artifacts.X}.
 */
final class GlobalOutputs {

    private final WorkflowStatus status;
    private final Scope globals;

    GlobalOutputs(WorkflowStatus status, Scope globals) {
        this.status = status;
        this.globals = globals;
    }

    /** Sets a workflow output ({@code globalName}): in the status and as {@code workflow.outputs.parameters.X}. */
    void setParameter(String name, String value) {
        List<NodeIo.Parameter> params = new ArrayList<>(status.outputs().parameters());
        params.removeIf(p -> p.name().equals(name));
        params.add(new NodeIo.Parameter(name, value));
        status.setOutputs(new NodeIo(params, status.outputs().artifacts(), null, null));
        globals.put("workflow.outputs.parameters." + name, value);
    }

    /** Sets a workflow output artifact ({@code globalName}): in the status and as {@code workflow.outputs.artifacts.X}. */
    void setArtifact(String name, NodeIo.Artifact artifact) {
        NodeIo.Artifact global = artifact.withName(name);
        List<NodeIo.Artifact> artifacts = new ArrayList<>(status.outputs().artifacts());
        artifacts.removeIf(a -> a.name().equals(name));
        artifacts.add(global);
        status.setOutputs(new NodeIo(status.outputs().parameters(), artifacts, null, null));
        globals.put("workflow.outputs.artifacts." + name, global);
    }

    /** The workflow outputs a node's outputs give: each output with a {@code globalName}, as Argo sets them. */
    void set(Template template, NodeIo outputs) {
        for (Parameter p : template.outputs().parameters()) {
            if (p.globalName() != null && !p.globalName().isEmpty()) {
                outputs.parameters().stream().filter(v -> v.name().equals(p.name()) && v.value() != null).findFirst()
                        .ifPresent(v -> setParameter(p.globalName(), v.value()));
            }
        }
        for (Artifact a : template.outputs().artifacts()) {
            if (a.globalName() != null && !a.globalName().isEmpty()) {
                outputs.artifacts().stream().filter(v -> v.name().equals(a.name())).findFirst()
                        .ifPresent(v -> setArtifact(a.globalName(), v));
            }
        }
    }
}
