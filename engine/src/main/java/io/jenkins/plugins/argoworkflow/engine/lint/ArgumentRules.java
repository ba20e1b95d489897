package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.ArtifactLocation;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;

/**
 * Arguments against the inputs they feed, as Argo's {@code ProcessArgs}: every input parameter without a
 * value or default, and every input artifact that is not optional and has no location, must be supplied.
 */
final class ArgumentRules {

    private ArgumentRules() {
    }

    /** A step, task or hook calling {@code callee} with its arguments. */
    static void checkCall(LintContext ctx, Call call, Template callee) {
        // Most calls pass no arguments to a template without inputs: their message prefixes are not built.
        if (!call.arguments().parameters().isEmpty() || !call.arguments().artifacts().isEmpty()) {
            checkValues(ctx, call.where() + ".arguments.", call.arguments(), false);
        }
        if (!callee.inputs().parameters().isEmpty() || !callee.inputs().artifacts().isEmpty()) {
            checkSupplied(ctx, call.where() + " templates." + callee.name(), call.arguments(), callee, call.owner(),
                    "add it under arguments.parameters of the call", true);
        }
    }

    /** The entrypoint of a Workflow, fed by {@code spec.arguments}. */
    static void checkEntrypoint(LintContext ctx, Template entry, Arguments arguments, Location at) {
        checkSupplied(ctx, "spec.entrypoint templates." + entry.name(), arguments, entry, at,
                "add it under spec.arguments.parameters or give the input a default", false);
    }

    /** Argument values: a parameter needs a value (except spec arguments while linting), an artifact a source. */
    static void checkValues(LintContext ctx, String prefix, Arguments arguments, boolean allowEmptyValues) {
        for (Parameter p : arguments.parameters()) {
            if (p.value() == null && p.valueFrom() == null && !allowEmptyValues) {
                ctx.error(p.location(), prefix + "parameters." + p.name() + ".value or valueFrom is required; "
                        + "add 'value: ...'");
            }
            EnumRules.checkParameterEnum(ctx, prefix + "parameters.", p);
        }
        for (Artifact a : arguments.artifacts()) {
            boolean from = present(a.from()) || present(a.fromExpression());
            if (!from && !hasLocation(a)) {
                ctx.error(a.location(), prefix + "artifacts." + a.name() + ".from, artifact location, or key is "
                        + "required; add 'from: \"{{steps.X.outputs.artifacts.Y}}\"' or a location such as raw/s3/http");
            }
            if (present(a.from()) && present(a.fromExpression())) {
                ctx.error(a.location(), prefix + "artifacts." + a.name() + " shouldn't have both `from` and "
                        + "`fromExpression`; keep one");
            }
        }
    }

    /** @param valuesChecked whether an argument without a value was already reported by {@link #checkValues} */
    private static void checkSupplied(LintContext ctx, String where, Arguments args, Template callee, Location at,
            String todo, boolean valuesChecked) {
        for (Parameter in : callee.inputs().parameters()) {
            if (in.name() == null || in.value() != null || in.defaultValue() != null || in.valueFrom() != null) {
                continue;
            }
            Parameter arg = find(args, in.name());
            if (arg == null || (!valuesChecked && arg.value() == null && arg.valueFrom() == null)) {
                ctx.error(at, where + " inputs.parameters." + in.name() + " was not supplied; " + todo);
            }
        }
        for (Artifact in : callee.inputs().artifacts()) {
            if (in.name() == null || in.optional() || hasLocation(in) || present(in.from())) {
                continue;
            }
            Artifact arg = args.artifacts().stream().filter(a -> in.name().equals(a.name())).findFirst().orElse(null);
            if (arg == null || !(hasLocation(arg) || present(arg.from()) || present(arg.fromExpression()))) {
                ctx.error(at, where + " inputs.artifacts." + in.name() + " was not supplied; add it under "
                        + "arguments.artifacts (with from or a location) or mark the input 'optional: true'");
            }
        }
    }

    private static Parameter find(Arguments args, String name) {
        return args.parameters().stream().filter(p -> name.equals(p.name())).findFirst().orElse(null);
    }

    /** Argo's HasLocationOrKey: a location that says where the data is (an http artifact needs its url). */
    static boolean hasLocation(Artifact a) {
        ArtifactLocation loc = a.storage();
        if (loc == null) {
            return false;
        }
        return switch (loc.kind()) {
            case "http" -> nonEmpty(loc, "url");
            case "git" -> nonEmpty(loc, "repo");
            case "raw" -> loc.settings().has("data");
            case "artifactory" -> nonEmpty(loc, "url");
            case "hdfs" -> nonEmpty(loc, "path");
            case "azure" -> nonEmpty(loc, "blob");
            default -> nonEmpty(loc, "key");
        };
    }

    private static boolean nonEmpty(ArtifactLocation loc, String key) {
        YNode node = loc.settings().get(key).orElse(null);
        return node instanceof YScalar s && !s.text().isEmpty() || node != null && !(node instanceof YScalar);
    }

    static boolean present(String s) {
        return s != null && !s.isEmpty();
    }
}
