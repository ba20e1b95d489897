package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.TemplateText;
import io.jenkins.plugins.argoworkflow.engine.expr.Unresolved;
import io.jenkins.plugins.argoworkflow.engine.expr.Variables;
import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import java.util.ArrayList;
import java.util.List;

/**
 * A call's arguments rendered in the caller's scope, and the inputs of the node they start (Argo's
 * resolveReferences and ProcessArgs): parameters by value, artifacts by reference ({@link Artifacts}).
 */
final class NodeInputs {

    private NodeInputs() {
    }

    /**
     * A call's arguments with their tags replaced in the caller's scope. A missing {@code steps.*} or
     * {@code tasks.*} variable is an error (lint has checked the names, so the producer did not give it);
     * other unknown tags stay as written, as in Argo. Artifact references resolve to the artifact they name;
     * one that does not resolve is left out when the argument or {@code target}'s input is optional.
     */
    static Arguments render(Arguments arguments, Variables scope, Template target) {
        if (arguments.parameters().isEmpty() && arguments.artifacts().isEmpty()) {
            return arguments;
        }
        List<Parameter> params = new ArrayList<>(arguments.parameters().size());
        for (Parameter p : arguments.parameters()) {
            String value = p.value();
            if (value != null && value.contains("{{")) {
                TemplateText text = TemplateText.parse(value);
                java.util.Optional<String> sole = text.soleSimpleTag();
                if (sole.isPresent() && scope.contains(sole.get()) && scope.get(sole.get()) == null) {
                    // Argo: an argument that is only a skipped node's output lets the input's default apply.
                    params.add(new Parameter(p.name(), p.defaultValue(), null, p.valueFrom(), p.globalName(),
                            p.enumValues(), p.description(), p.location()));
                    continue;
                }
                value = text.render(scope, Unresolved.keepExcept("steps.", "tasks."));
            }
            params.add(new Parameter(p.name(), p.defaultValue(), value, p.valueFrom(), p.globalName(), p.enumValues(),
                    p.description(), p.location()));
        }
        return new Arguments(params, Artifacts.resolveArguments(arguments.artifacts(), scope, target));
    }

    /**
     * The node's inputs: each declared parameter's argument, else its value, else its default; each declared
     * artifact's argument, else its own location. Throws the expression layer's error for an input artifact
     * that was not supplied.
     */
    static NodeIo of(Template template, Arguments arguments) {
        if (template.inputs().parameters().isEmpty() && template.inputs().artifacts().isEmpty()) {
            return NodeIo.EMPTY;
        }
        List<NodeIo.Parameter> params = new ArrayList<>();
        for (Parameter p : template.inputs().parameters()) {
            String value = arguments.parameters().stream().filter(a -> p.name().equals(a.name())).findFirst()
                    .map(Parameter::value).orElse(p.value() != null ? p.value() : p.defaultValue());
            params.add(new NodeIo.Parameter(p.name(), value));
        }
        return new NodeIo(params, Artifacts.inputs(template, arguments.artifacts()), null, null);
    }

    /**
     * Input values that hold tags themselves (a value or default such as {@code {{= ... }}}) resolved as Argo
     * resolves a template's inputs: in order, each seeing the globals and the inputs before it.
     */
    static NodeIo render(NodeIo inputs, Scope globals) {
        boolean tagged = inputs.parameters().stream().anyMatch(p -> p.value() != null && p.value().contains("{{"));
        if (!tagged) {
            return inputs;
        }
        Scope scope = globals.child();
        List<NodeIo.Parameter> rendered = new ArrayList<>();
        for (NodeIo.Parameter p : inputs.parameters()) {
            String value = p.value() != null && p.value().contains("{{")
                    ? TemplateText.parse(p.value()).render(scope, Unresolved.KEEP) : p.value();
            rendered.add(new NodeIo.Parameter(p.name(), value));
            scope.put("inputs.parameters." + p.name(), value);
        }
        return new NodeIo(rendered, inputs.artifacts(), inputs.result(), inputs.exitCode());
    }

    /**
     * Input artifacts whose location a template wrote with tags ({@code s3: {key: "{{workflow.name}}/in"}})
     * with those tags replaced in the node's scope.
     */
    static NodeIo renderLocations(NodeIo inputs, Variables scope) {
        if (inputs.artifacts().stream().noneMatch(a -> a.value() != null && a.value().contains("{{"))) {
            return inputs;
        }
        List<NodeIo.Artifact> rendered = new ArrayList<>();
        for (NodeIo.Artifact a : inputs.artifacts()) {
            rendered.add(a.value() == null || !a.value().contains("{{") ? a : new NodeIo.Artifact(a.name(), a.path(),
                    a.kind(), TemplateText.parse(a.value()).render(scope, Unresolved.KEEP), a.archive()));
        }
        return new NodeIo(inputs.parameters(), rendered, inputs.result(), inputs.exitCode());
    }
}
