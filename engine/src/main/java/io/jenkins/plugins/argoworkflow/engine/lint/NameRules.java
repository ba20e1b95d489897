package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.ParallelSteps;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateType;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowStep;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Names of templates, steps, tasks, parameters and artifacts are present, well-formed and unique; each template has one type. */
final class NameRules {

    static final Pattern PARAM_NAME = Pattern.compile("[-a-zA-Z0-9_]+");
    static final int MAX_FIELD_NAME = 128;

    private final LintContext ctx;

    NameRules(LintContext ctx) {
        this.ctx = ctx;
    }

    void check() {
        List<Template> templates = ctx.spec().templates();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < templates.size(); i++) {
            Template t = templates.get(i);
            fieldName("spec.templates[" + i + "]", t.name(), t.location(), seen, "template");
            checkType(t);
            checkSteps(t);
            checkTasks(t);
            String base = "templates." + t.name();
            params(base + ".inputs.parameters", t.inputs().parameters());
            artifacts(base + ".inputs.artifacts", t.inputs().artifacts());
            params(base + ".outputs.parameters", t.outputs().parameters());
            artifacts(base + ".outputs.artifacts", t.outputs().artifacts());
        }
        params("spec.arguments.parameters", ctx.spec().arguments().parameters());
        artifacts("spec.arguments.artifacts", ctx.spec().arguments().artifacts());
    }

    private void checkType(Template t) {
        List<TemplateType> types = t.types();
        if (types.isEmpty()) {
            ctx.error(t.location(), "templates." + t.name() + " template type unspecified; choose one of: container, "
                    + "script, resource, suspend, steps, dag (or containerSet, http, data, plugin)");
        } else if (types.size() > 1) {
            ctx.error(t.location(), "templates." + t.name() + " multiple template types specified ("
                    + String.join(", ", types.stream().map(TemplateType::field).toList()) + "); keep one");
        } else if (!types.get(0).supported()) {
            ctx.warning(ctx.source().map(t.location()).flatMap(m -> m.entry(types.get(0).field()))
                    .map(e -> e.key().location()).orElse(t.location()), "templates." + t.name() + " is a '"
                    + types.get(0).field() + "' template, which Argo runs but is not supported yet by argowf; "
                    + "running it will fail");
        }
    }

    private void checkSteps(Template t) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.steps().size(); i++) {
            ParallelSteps group = t.steps().get(i);
            if (group == null) {
                continue;
            }
            for (WorkflowStep s : group.steps()) {
                fieldName("templates." + t.name() + ".steps[" + i + "]", s.name(), s.location(), seen, "step");
                if (!s.arguments().parameters().isEmpty()) {
                    params("templates." + t.name() + ".steps[" + i + "]." + s.name() + ".arguments.parameters",
                            s.arguments().parameters());
                }
            }
        }
    }

    private void checkTasks(Template t) {
        if (t.dag() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        boolean usesDependencies = t.dag().tasks().stream()
                .anyMatch(task -> task.depends() != null || !task.dependencies().isEmpty());
        String where = "templates." + t.name() + ".tasks";
        for (DagTask task : t.dag().tasks()) {
            if (fieldName(where, task.name(), task.location(), seen, "task") && usesDependencies
                    && Character.isDigit(task.name().charAt(0))) {
                ctx.error(ctx.at(task.location(), "name"), where + "." + task.name() + " name cannot begin with a digit "
                        + "when using either 'depends' or 'dependencies'; rename it");
            }
            if (!task.arguments().parameters().isEmpty()) {
                params(where + "." + task.name() + ".arguments.parameters", task.arguments().parameters());
            }
        }
    }

    /** Checks a template, step or task name; true when it is valid and new. */
    private boolean fieldName(String where, String name, Location owner, Set<String> seen, String what) {
        if (name == null || name.isEmpty()) {
            ctx.error(owner, where + ".name is required; give the " + what + " a name");
            return false;
        }
        if (name.contains("{{")) {
            return true;
        }
        // where the name is written is looked up only for a finding: most names have none
        if (name.length() > MAX_FIELD_NAME) {
            ctx.error(ctx.at(owner, "name"), where + ".name '" + name + "' is invalid: must be no more than "
                    + MAX_FIELD_NAME + " characters");
            return false;
        }
        if (!isFieldName(name)) {
            ctx.error(ctx.at(owner, "name"), where + ".name '" + name + "' is invalid: name must consist of "
                    + "alpha-numeric characters or '-', and must start with an alpha-numeric character "
                    + "(e.g. My-name1-2, 123-NAME)");
            return false;
        }
        if (!seen.add(name)) {
            ctx.error(ctx.at(owner, "name"), where + ".name '" + name + "' is not unique; rename one of the "
                    + what + "s");
            return false;
        }
        return true;
    }

    /**
     * Whether {@code name} is Argo's field name, {@code [a-zA-Z0-9][-a-zA-Z0-9]*}: checked by hand rather than
     * with a regular expression, as it runs for every template, step and task.
     */
    static boolean isFieldName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alphaNumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphaNumeric && (i == 0 || c != '-')) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private void params(String where, List<Parameter> params) {
        names(where, params, Parameter::name, Parameter::location);
    }

    private void artifacts(String where, List<Artifact> artifacts) {
        names(where, artifacts, Artifact::name, Artifact::location);
    }

    private <T> void names(String where, List<T> items, Function<T, String> name, Function<T, Location> location) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String n = name.apply(item);
            Location owner = location.apply(item);
            if (n == null || n.isEmpty()) {
                ctx.error(owner, where + "[" + i + "].name is required; add 'name: ...'");
            } else if (!PARAM_NAME.matcher(n).matches()) {
                ctx.error(ctx.at(owner, "name"), where + "[" + i + "].name: '" + n + "' is invalid: Parameter/Artifact "
                        + "name must consist of alpha-numeric characters, '_' or '-' e.g. my_param_1, MY-PARAM-1");
            } else if (!seen.add(n)) {
                ctx.error(ctx.at(owner, "name"), where + "[" + i + "].name '" + n + "' is not unique; rename one");
            }
        }
    }
}
