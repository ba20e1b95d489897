package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateType;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The variables one piece of a workflow may reference, built the way Argo's validator builds its scope:
 * exact names, plus prefixes under which any name is accepted (items of a withParam, outputs of a
 * template lint could not resolve).
 */
final class VariableScope {

    private final VariableScope parent;
    // Made when first added to: most scopes (one per step or task) add nothing of one kind or another.
    private Set<String> names;
    private Set<String> prefixes;
    private List<Predicate<String>> lookups;

    VariableScope() {
        this(null);
    }

    private VariableScope(VariableScope parent) {
        this.parent = parent;
    }

    /**
     * A scope that sees everything this one does, plus what is added to it. Nothing is copied, so a
     * template with thousands of steps costs linear time; a child is used before its parent grows.
     */
    VariableScope child() {
        return new VariableScope(this);
    }

    /** Accepts the variables {@code lookup} accepts, computed on demand rather than listed. */
    void addLookup(Predicate<String> lookup) {
        if (lookups == null) {
            lookups = new ArrayList<>(1);
        }
        lookups.add(lookup);
    }

    void add(String name) {
        if (names == null) {
            names = new HashSet<>();
        }
        names.add(name);
    }

    /** Accepts every variable that starts with {@code prefix}. */
    void addPrefix(String prefix) {
        if (prefixes == null) {
            prefixes = new HashSet<>();
        }
        prefixes.add(prefix);
    }

    boolean contains(String tag) {
        for (VariableScope s = this; s != null; s = s.parent) {
            if (s.containsHere(tag)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsHere(String tag) {
        if (names != null && names.contains(tag)) {
            return true;
        }
        if (prefixes != null) {
            for (String p : prefixes) {
                if (tag.startsWith(p)) {
                    return true;
                }
            }
        }
        if (lookups != null) {
            for (Predicate<String> lookup : lookups) {
                if (lookup.test(tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Inputs, pod name and retry variables of a template, as Argo's validateInputs and validateTemplate add them. */
    void addTemplate(Template t) {
        for (Parameter p : t.inputs().parameters()) {
            add("inputs.parameters." + p.name());
        }
        if (!t.inputs().parameters().isEmpty()) {
            add("inputs.parameters");
        }
        TemplateType type = t.type();
        for (Artifact a : t.inputs().artifacts()) {
            add("inputs.artifacts." + a.name());
            if (type != null && type.isLeaf()) {
                add("inputs.artifacts." + a.name() + ".path");
            }
        }
        if (type == TemplateType.CONTAINER || type == TemplateType.CONTAINER_SET || type == TemplateType.SCRIPT
                || type == TemplateType.RESOURCE || type == TemplateType.DATA) {
            add("pod.name");
        }
    }

    /** The inputs of an inline template, visible inside the step or task that holds it. */
    void addInlineInputs(Template inline) {
        if (inline != null) {
            inline.inputs().parameters().forEach(p -> add("inputs.parameters." + p.name()));
        }
    }

    /** What a loop makes {@code {{item}}} and {@code {{item.KEY}}} stand for. */
    void addItems(List<YNode> withItems, String withParam, Object withSequence) {
        if (!withItems.isEmpty() || withParam != null || withSequence != null) {
            add("item");
        }
        if (withParam != null) {
            addPrefix("item.");
        }
        for (YNode item : withItems) {
            if (item instanceof YMap m) {
                m.entries().forEach(e -> add("item." + e.name()));
            } else if (item instanceof YSeq s) {
                for (int i = 0; i < s.size(); i++) {
                    add("item.[" + i + "]");
                }
            } else if (!(item instanceof YScalar)) {
                addPrefix("item.");
            }
        }
    }

    /**
     * The variables a finished step or task offers ({@code kind} is "steps" or "tasks"). An unresolved
     * template (a templateRef lint could not follow, already reported) offers anything, to avoid noise.
     */
    void addNode(String kind, String name, Template t, boolean aggregate) {
        String base = kind + "." + name + ".";
        for (String field : List.of("id", "startedAt", "finishedAt", "hostNodeName", "status")) {
            add(base + field);
        }
        if (t == null) {
            addPrefix(base);
            return;
        }
        if (Boolean.TRUE.equals(t.daemon())) {
            add(base + "ip");
        }
        TemplateType type = t.type();
        boolean hasOutput = t.container() != null || t.script() != null || t.data() != null || t.http() != null
                || t.plugin() != null || (t.containerSet() != null && t.containerSet().containers().stream()
                        .anyMatch(c -> c != null && c.container() != null && "main".equals(c.container().name())));
        if (hasOutput) {
            add(base + "outputs.result");
            add(base + "exitCode");
        }
        t.outputs().parameters().forEach(p -> add(base + "outputs.parameters." + p.name()));
        t.outputs().artifacts().forEach(a -> add(base + "outputs.artifacts." + a.name()));
        if (aggregate) {
            add(base + "outputs.parameters");
            if (type == TemplateType.SCRIPT || type == TemplateType.CONTAINER_SET) {
                add(base + "outputs.result");
                add(base + "exitCode");
            }
        }
    }
}
