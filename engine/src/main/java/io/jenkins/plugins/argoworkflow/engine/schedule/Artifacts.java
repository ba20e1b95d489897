package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.ExprLangExpression;
import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.expr.TemplateText;
import io.jenkins.plugins.argoworkflow.engine.expr.Unresolved;
import io.jenkins.plugins.argoworkflow.engine.expr.Variables;
import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.ArtifactLocation;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Artifacts as values that flow like parameters, as Argo's controller passes them: a reference
 * ({@code from: "{{steps.x.outputs.artifacts.y}}"}, {@code fromExpression}) resolves to the producer's
 * artifact, plus {@code subPath}; a location written in the workflow ({@code raw}, {@code http}, key-only
 * {@code s3: {key: ...}}) is taken as it is. Only keys move here; the runtime reads and writes the content.
 * In scopes an artifact is a {@link NodeIo.Artifact} under {@code steps.X.outputs.artifacts.Y},
 * {@code tasks.X...}, {@code inputs.artifacts.Y} and {@code workflow.outputs.artifacts.G}.
 */
final class Artifacts {

    private Artifacts() {
    }

    /**
     * A call's argument artifacts resolved in the caller's scope (Argo's resolveReferences): references become
     * the artifact they name, locations get their tags replaced. A reference that does not resolve is dropped
     * when the argument or the input of {@code target} (may be null) it feeds is optional (Argo gives a skipped
     * step's artifact an empty placeholder, which an optional input ignores); otherwise it is an error with
     * Argo's wording.
     */
    static List<Artifact> resolveArguments(List<Artifact> arguments, Variables scope, Template target) {
        List<Artifact> resolved = new ArrayList<>(arguments.size());
        for (Artifact a : arguments) {
            if (!isReference(a)) {
                resolved.add(a.storage() == null ? a : withLocation(a, renderLocation(a.storage(), scope)));
                continue;
            }
            try {
                NodeIo.Artifact value = withSubPath(reference(a, scope), a.subPath(), scope);
                resolved.add(withLocation(a, ArtifactLocation.of(value.kind(), value.value(), a.location()),
                        value.archive()));
            } catch (ExpressionException e) {
                if (!a.optional() && !optionalInput(target, a.name())) {
                    throw new ExpressionException("unable to resolve references: " + e.getMessage(), null, -1);
                }
            }
        }
        return resolved;
    }

    /**
     * The outputs of a steps or DAG template (Argo's getTemplateOutputsFromScope): each output artifact from
     * its {@code from} or {@code fromExpression}; an optional one that does not resolve is left out.
     */
    static List<NodeIo.Artifact> templateOutputs(Template template, Variables scope) {
        List<NodeIo.Artifact> outputs = new ArrayList<>();
        for (Artifact a : template.outputs().artifacts()) {
            if (!isReference(a)) {
                continue;
            }
            try {
                outputs.add(withSubPath(reference(a, scope), a.subPath(), scope).withName(a.name()).withPath(null));
            } catch (ExpressionException e) {
                if (!a.optional()) {
                    throw new ExpressionException("unable to resolve outputs from scope: " + e.getMessage(), null, -1);
                }
            }
        }
        return outputs;
    }

    /**
     * A node's input artifacts (Argo's ProcessArgs): each declared input takes its argument's location, else
     * its own; the path is always the input's. An optional input with neither is left out.
     */
    static List<NodeIo.Artifact> inputs(Template template, List<Artifact> arguments) {
        List<NodeIo.Artifact> inputs = new ArrayList<>();
        for (Artifact in : template.inputs().artifacts()) {
            Artifact arg = arguments.stream().filter(a -> in.name().equals(a.name())).findFirst().orElse(null);
            Artifact source = arg != null && hasLocation(arg) ? arg : in;
            if (!hasLocation(source)) {
                if (in.optional()) {
                    continue;
                }
                throw new ExpressionException(arg == null ? "inputs.artifacts." + in.name() + " was not supplied"
                        : "inputs.artifacts." + in.name() + " missing location information", null, -1);
            }
            inputs.add(value(in.name(), in.path(), source));
        }
        return inputs;
    }

    /** The value of an artifact that names its location; refuses locations the run's store cannot hold. */
    static NodeIo.Artifact value(String name, String path, Artifact a) {
        ArtifactLocation at = a.storage();
        String kind = at.kind();
        if (!NodeIo.Artifact.RAW.equals(kind) && !NodeIo.Artifact.HTTP.equals(kind) && !at.keyOnly()) {
            throw new ExpressionException("artifact '" + name + "': " + kind + " locations other than key-only ("
                    + kind + ": {" + ArtifactLocation.valueField(kind) + ": ...}) are not supported yet; argowf keeps "
                    + "artifacts in the run's artifact repository, so give only the " + ArtifactLocation.valueField(kind),
                    null, -1);
        }
        if (at.value() == null) {
            throw new ExpressionException("artifact '" + name + "': " + kind + "." + ArtifactLocation.valueField(kind)
                    + " is missing", null, -1);
        }
        ArchiveStrategy.Kind archive = a.archive() == null ? null : a.archive().kind();
        return new NodeIo.Artifact(name, path, kind, at.value(), archive);
    }

    private static boolean optionalInput(Template target, String name) {
        return target != null && target.inputs().artifacts().stream().anyMatch(in -> in.name().equals(name) && in.optional());
    }

    /** Whether the artifact names where its content is: Argo's HasLocationOrKey (an empty URL or key does not). */
    private static boolean hasLocation(Artifact a) {
        return a.storage() != null && a.storage().value() != null && !a.storage().value().isEmpty();
    }

    private static boolean isReference(Artifact a) {
        return (a.from() != null && !a.from().isEmpty()) || (a.fromExpression() != null && !a.fromExpression().isEmpty());
    }

    /** What {@code from} or {@code fromExpression} names (Argo's resolveArtifact, with its messages). */
    private static NodeIo.Artifact reference(Artifact a, Variables scope) {
        Object value;
        String shown;
        if (a.fromExpression() != null && !a.fromExpression().isEmpty()) {
            shown = a.fromExpression();
            value = ExprLangExpression.parse(a.fromExpression()).evaluate(scope);
        } else {
            TemplateText text = TemplateText.parse(a.from());
            Optional<String> name = text.soleSimpleTag();
            shown = name.orElse(a.from());
            if (name.isPresent()) {
                if (!scope.contains(name.get())) {
                    throw new ExpressionException("Unable to resolve: \"" + name.get() + "\"", null, -1);
                }
                value = scope.get(name.get());
            } else {
                value = text.render(scope, Unresolved.FAIL);
            }
        }
        if (value == null) {
            throw new ExpressionException("Unable to resolve: \"" + shown + "\"", null, -1);
        }
        if (!(value instanceof NodeIo.Artifact artifact)) {
            throw new ExpressionException("Variable {{" + shown + "}} is not an artifact", null, -1);
        }
        return artifact;
    }

    /**
     * The artifact one level down its key, as Argo's AppendToKey does for {@code subPath}; the sub-path's tags
     * must resolve (an absent optional there is an error, as in Argo).
     */
    private static NodeIo.Artifact withSubPath(NodeIo.Artifact artifact, String subPath, Variables scope) {
        if (subPath == null || subPath.isEmpty()) {
            return artifact;
        }
        String sub = TemplateText.parse(subPath).render(scope, Unresolved.FAIL);
        if (NodeIo.Artifact.RAW.equals(artifact.kind())) {
            throw new ExpressionException("artifact '" + artifact.name() + "': a raw artifact has no sub-paths", null,
                    -1);
        }
        String base = artifact.value().endsWith("/") ? artifact.value() : artifact.value() + "/";
        String key = base + (sub.startsWith("/") ? sub.substring(1) : sub);
        // The object under a sub-path is stored as it is; whether it is a tarball is for the reader to detect.
        return new NodeIo.Artifact(artifact.name(), artifact.path(), artifact.kind(), key, null);
    }

    private static ArtifactLocation renderLocation(ArtifactLocation at, Variables scope) {
        String value = at.value();
        if (value == null || !value.contains("{{") || !(at.keyOnly() || "raw".equals(at.kind())
                || "http".equals(at.kind()))) {
            return at;
        }
        return ArtifactLocation.of(at.kind(), TemplateText.parse(value).render(scope,
                Unresolved.keepExcept("steps.", "tasks.")), at.location());
    }

    private static Artifact withLocation(Artifact a, ArtifactLocation at) {
        return withLocation(a, at, a.archive() == null ? null : a.archive().kind());
    }

    private static Artifact withLocation(Artifact a, ArtifactLocation at, ArchiveStrategy.Kind archive) {
        return new Artifact(a.name(), a.path(), a.mode(), null, a.archiveLogs(),
                archive == null ? a.archive() : new ArchiveStrategy(archive, null), a.globalName(), a.optional(),
                null, a.recurseMode(), null, at, a.artifactGC(), a.deleted(), a.location());
    }
}
