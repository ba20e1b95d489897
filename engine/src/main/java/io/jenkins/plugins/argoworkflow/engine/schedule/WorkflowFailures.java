package io.jenkins.plugins.argoworkflow.engine.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.argoworkflow.engine.run.NodeNames;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code workflow.failures} for exit handlers: every Failed or Errored node as {@code displayName, message,
 * templateName, phase, podName, finishedAt}. Argo quotes the JSON list once more (a JSON string holding the
 * JSON), and gives the text {@code "null"}, quotes included, when nothing failed; argowf does the same so
 * that handlers written for Argo parse it.
 */
final class WorkflowFailures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkflowFailures() {
    }

    static String json(WorkflowStatus status) {
        List<Map<String, Object>> failures = new ArrayList<>();
        for (NodeStatus n : status.nodes()) {
            if (!n.phase().failedOrError()) {
                continue;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("displayName", n.displayName());
            f.put("message", n.message());
            f.put("templateName", n.templateName());
            f.put("phase", n.phase().argoName());
            f.put("podName", NodeNames.podName(status.workflowName(), n.name(), n.templateName()));
            f.put("finishedAt", n.finishedAt() == null ? null : n.finishedAt().truncatedTo(ChronoUnit.SECONDS).toString());
            failures.add(f);
        }
        try {
            return JSON.writeValueAsString(JSON.writeValueAsString(failures.isEmpty() ? null : failures));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
