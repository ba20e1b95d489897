package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.List;

/**
 * What {@link TemplateText#render} does with a tag whose variable is not defined. Argo leaves such tags as written
 * in its global and template passes (a later pass, such as loop expansion or a retry, resolves them), but a step's
 * or task's references to {@code steps.*} and {@code tasks.*} must resolve (Argo requeues until they do).
 *
 * @param keep           leave unresolved tags as written (true) or fail (false)
 * @param strictPrefixes when keeping, names under these prefixes still fail ({@code "steps."}, {@code "tasks."})
 */
public record Unresolved(boolean keep, List<String> strictPrefixes) {

    /** Every tag must resolve. */
    public static final Unresolved FAIL = new Unresolved(false, List.of());

    /** Unresolved tags stay as written, like Argo's global and template substitution passes. */
    public static final Unresolved KEEP = new Unresolved(true, List.of());

    public Unresolved {
        strictPrefixes = List.copyOf(strictPrefixes);
    }

    /** Keep unresolved tags, except those naming a variable under one of {@code prefixes}, which fail. */
    public static Unresolved keepExcept(String... prefixes) {
        return new Unresolved(true, List.of(prefixes));
    }

    boolean mayKeep(String name) {
        return keep && strictPrefixes.stream().noneMatch(p -> name.startsWith(p) || (name + ".").equals(p));
    }
}
