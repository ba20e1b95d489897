package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Workflow: what `argo submit` takes and what a run executes. */
public record Workflow(String apiVersion, ObjectMeta metadata, WorkflowSpec spec, YMap source, Location location)
        implements ArgoDocument {

    public static final String KIND = "Workflow";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public WorkflowSpec workflowSpec() {
        return spec;
    }

    /**
     * This workflow with {@code values} as the values of its {@code spec.arguments.parameters}, as
     * {@code argo submit -p name=value} sets them: a declared parameter keeps its place and takes the value,
     * a name the workflow does not declare is added at the end.
     */
    public Workflow withParameters(Map<String, String> values) {
        if (values.isEmpty()) {
            return this;
        }
        Map<String, String> left = new LinkedHashMap<>(values);
        List<Parameter> params = new ArrayList<>();
        for (Parameter p : spec.arguments().parameters()) {
            String v = left.remove(p.name());
            params.add(v == null ? p : new Parameter(p.name(), p.defaultValue(), v, null, p.globalName(),
                    p.enumValues(), p.description(), p.location()));
        }
        left.forEach((k, v) -> params.add(new Parameter(k, null, v, null, null, List.of(), null, location)));
        WorkflowSpec newSpec = spec.withArguments(new Arguments(params, spec.arguments().artifacts()));
        return new Workflow(apiVersion, metadata, newSpec, source, location);
    }
}
