package io.jenkins.plugins.argoworkflow.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.StatusJson;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The final Workflow object, as {@code argo get -o json} shows it: metadata, spec as written, and status. */
public final class WorkflowJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkflowJson() {
    }

    public static ObjectNode of(Workflow workflow, WorkflowStatus status) {
        ObjectNode out = JSON.createObjectNode();
        out.put("apiVersion", workflow.apiVersion());
        out.put("kind", Workflow.KIND);
        ObjectNode metadata = JSON.valueToTree(workflow.metadata().raw().toJava());
        metadata.put("name", status.workflowName());
        out.set("metadata", metadata);
        Object spec = workflow.source().get("spec").map(n -> n.toJava()).orElse(Map.of());
        out.set("spec", JSON.valueToTree(spec));
        try {
            out.set("status", JSON.readTree(StatusJson.toJson(status, false)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
