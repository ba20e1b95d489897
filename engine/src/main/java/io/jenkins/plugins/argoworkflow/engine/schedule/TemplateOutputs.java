package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.ExprLangExpression;
import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.expr.TemplateText;
import io.jenkins.plugins.argoworkflow.engine.expr.Unresolved;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.ValueFrom;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The outputs of a steps or DAG template (Argo's getTemplateOutputsFromScope): each output parameter from
 * {@code valueFrom.parameter} (a {@code {{steps...}}}/{@code {{tasks...}}} reference) or
 * {@code valueFrom.expression}, else its {@code valueFrom.default}; each output artifact from its {@code from} or
 * {@code fromExpression}. Outputs with a {@code globalName} also become the workflow's outputs.
 */
final class TemplateOutputs {

    private TemplateOutputs() {
    }

    /**
     * Sets {@code node}'s outputs from {@code scope}; returns false after ending the node in Error when an
     * output cannot be resolved and has no default.
     */
    static boolean resolve(Scheduler scheduler, NodeStatus node, Template template, Scope scope) {
        if (template.outputs().parameters().isEmpty() && template.outputs().artifacts().isEmpty()) {
            return true;
        }
        List<NodeIo.Parameter> values = new ArrayList<>();
        for (Parameter p : template.outputs().parameters()) {
            String value;
            try {
                value = value(p, scope);
            } catch (ExpressionException e) {
                value = p.valueFrom() != null ? p.valueFrom().defaultValue() : null;
                if (value == null) {
                    scheduler.markPhase(node, NodePhase.ERROR, "output parameter '" + p.name() + "': " + e.getMessage());
                    scheduler.fulfilled(node);
                    return false;
                }
            }
            values.add(new NodeIo.Parameter(p.name(), value));
        }
        List<NodeIo.Artifact> artifacts;
        try {
            artifacts = Artifacts.templateOutputs(template, scope);
        } catch (ExpressionException e) {
            scheduler.markPhase(node, NodePhase.ERROR, e.getMessage());
            scheduler.fulfilled(node);
            return false;
        }
        NodeIo outputs = new NodeIo(values, artifacts, null, null);
        node.setOutputs(outputs);
        scheduler.globalOutputs().set(template, outputs);
        return true;
    }

    private static String value(Parameter p, Scope scope) {
        ValueFrom from = p.valueFrom();
        if (from == null) {
            return p.value();
        }
        if (from.parameter() != null) {
            return TemplateText.parse(from.parameter()).render(scope, Unresolved.FAIL);
        }
        if (from.expression() != null) {
            return ExprLangExpression.parse(from.expression()).evaluateAsText(scope);
        }
        return from.defaultValue();
    }
}
