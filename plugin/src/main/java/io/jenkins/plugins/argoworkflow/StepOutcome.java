package io.jenkins.plugins.argoworkflow;

import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a workflow ended, as the step reports it.
 *
 * @param outputs the workflow's output parameters ({@code status.outputs.parameters}) by name
 */
record StepOutcome(String workflowName, WorkflowPhase phase, String message, Map<String, String> outputs) {

    static StepOutcome of(WorkflowStatus status) {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (NodeIo.Parameter p : status.outputs().parameters()) {
            outputs.put(p.name(), p.value());
        }
        return new StepOutcome(status.workflowName(), status.phase(), status.message(), Map.copyOf(outputs));
    }

    boolean succeeded() {
        return phase == WorkflowPhase.SUCCEEDED;
    }

    /**
     * What {@code def out = argoWorkflow(...)} receives: the output parameters, plus {@code status}, the
     * workflow's phase. {@code status} is put last, so an output parameter of that name cannot hide the phase.
     */
    Map<String, Object> stepResult() {
        Map<String, Object> result = new LinkedHashMap<>(new java.util.TreeMap<>(outputs));
        result.put("status", phase == null ? "" : phase.argoName());
        return result;
    }

    /** The one line the build log and the failed step show. */
    String summary() {
        String phaseName = phase == null ? "unknown" : phase.argoName();
        String why = message == null || message.isEmpty() ? "" : ": " + message;
        return "workflow " + workflowName + " " + phaseName + why;
    }
}
