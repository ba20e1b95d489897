package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a template text or an expression sees, by full dotted name as Argo keeps them
 * ({@code steps.a-b.outputs.result}, {@code inputs.parameters.x}, {@code item.key}). A name may be present with a
 * null value: an absent optional (the output of a skipped node with no default).
 *
 * <p>Expressions see the same variables as nested maps ({@link #tree()}), built as Argo's {@code expand.Expand}
 * does: {@code steps.a-b.outputs.result} becomes {@code steps → a-b → outputs → result}, reached in expr-lang as
 * {@code steps['a-b'].outputs.result}; when both {@code a} and {@code a.b} are defined the less specific
 * {@code a} is left out of the tree.
 */
public interface Variables {

    /** Whether {@code name} is defined, even with a null value. */
    boolean contains(String name);

    /** The value of {@code name}, or null when it is missing or an absent optional. */
    Object get(String name);

    /** The variables as nested maps, for expressions. */
    Map<String, Object> tree();

    /** Variables with the given flat names and values; values are strings, or lists and maps for expressions. */
    static Variables of(Map<String, ?> flat) {
        return new MapVariables(flat);
    }

    static Variables empty() {
        return of(Map.of());
    }

    /** These variables and {@code more}, which win over these. */
    default Variables with(Map<String, ?> more) {
        Map<String, Object> merged = new LinkedHashMap<>();
        if (this instanceof MapVariables m) {
            merged.putAll(m.flat());
        }
        merged.putAll(more);
        return of(merged);
    }

    /**
     * Whether the dotted {@code path} an expression names can be reached: a defined name, or a path into the
     * tree ({@code steps.a.outputs} when {@code steps.a.outputs.result} is defined). A null leaf counts.
     */
    default boolean resolves(String path) {
        if (contains(path)) {
            return true;
        }
        Object current = tree();
        for (String part : List.of(path.split("\\.", -1))) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
                return false;
            }
            current = map.get(part);
        }
        return true;
    }
}
