package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A string with Argo's {@code {{...}}} tags, parsed once into literal parts and tags, then rendered against
 * {@link Variables} as many times as needed. Immutable and safe to share.
 *
 * <ul>
 *   <li>A simple tag {@code {{ name }}} (whitespace trimmed) is replaced by the variable's value.</li>
 *   <li>An expression tag {@code {{= expr }}} is evaluated as expr-lang; a string result is inserted as it is,
 *       anything else as compact JSON as Go's {@code json.Marshal} writes it ({@code 3}, {@code 1.5}, {@code true},
 *       {@code [1,2]}, {@code {"a":1}}).</li>
 *   <li>What happens to a tag whose variable is not defined is the caller's choice: {@link Unresolved}.</li>
 * </ul>
 *
 * <p>Argo substitutes inside the JSON form of the whole object and so escapes and unescapes values for JSON; this
 * class works on the plain string, which gives the same text.
 */
public final class TemplateText {

    private sealed interface Part permits LiteralPart, SimpleTag, ExpressionTag {
    }

    private record LiteralPart(String text) implements Part {
    }

    private record SimpleTag(String raw, String name, int offset) implements Part {
    }

    private record ExpressionTag(String raw, ExprLangExpression expression, int offset) implements Part {
    }

    private final String text;
    private final List<Part> parts;

    private TemplateText(String text, List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** Parses {@code text}; an expression tag that does not parse is an error at its position in {@code text}. */
    public static TemplateText parse(String text) {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        for (Tags.Tag tag : Tags.of(text)) {
            if (tag.offset() > from) {
                parts.add(new LiteralPart(text.substring(from, tag.offset())));
            }
            parts.add(tag.isExpression() ? expressionTag(text, tag) : new SimpleTag(tag.text(), tag.text().strip(),
                    tag.offset()));
            from = tag.offset() + tag.text().length() + 4;
        }
        if (from < text.length()) {
            parts.add(new LiteralPart(text.substring(from)));
        }
        return new TemplateText(text, List.copyOf(parts));
    }

    private static ExpressionTag expressionTag(String text, Tags.Tag tag) {
        int equals = tag.text().indexOf('=');
        int start = tag.offset() + 2 + equals + 1;
        try {
            return new ExpressionTag(tag.text(), ExprLangExpression.parse(tag.text().substring(equals + 1)),
                    tag.offset());
        } catch (ExpressionException e) {
            throw new ExpressionException("{{" + tag.text() + "}} is not a valid expression: " + e.problem(), text,
                    e.position() < 0 ? tag.offset() : start + e.position());
        }
    }

    public String text() {
        return text;
    }

    /** Whether the text has any tag, i.e. whether rendering can change it. */
    public boolean hasTags() {
        return parts.stream().anyMatch(p -> !(p instanceof LiteralPart));
    }

    /** The names of the simple tags, in order. */
    public List<String> simpleTagNames() {
        return parts.stream().filter(SimpleTag.class::isInstance).map(p -> ((SimpleTag) p).name()).toList();
    }

    /**
     * The variable name when the whole text is one simple tag ({@code "{{steps.a.outputs.parameters.p}}"}). Argo
     * treats such an argument specially: an absent optional there lets the consumer's input default apply.
     */
    public Optional<String> soleSimpleTag() {
        return parts.size() == 1 && parts.get(0) instanceof SimpleTag s ? Optional.of(s.name()) : Optional.empty();
    }

    /** The text with every tag replaced; every tag must resolve. */
    public String render(Variables variables) {
        return render(variables, Unresolved.FAIL);
    }

    /** The text with its tags replaced, unresolved ones handled as {@code unresolved} says. */
    public String render(Variables variables, Unresolved unresolved) {
        StringBuilder out = new StringBuilder(text.length());
        for (Part part : parts) {
            if (part instanceof LiteralPart l) {
                out.append(l.text());
            } else if (part instanceof SimpleTag s) {
                out.append(simple(s, variables, unresolved));
            } else {
                out.append(expression((ExpressionTag) part, variables, unresolved));
            }
        }
        return out.toString();
    }

    private String simple(SimpleTag tag, Variables variables, Unresolved unresolved) {
        if (!variables.contains(tag.name())) {
            if (unresolved.mayKeep(tag.name())) {
                return "{{" + tag.raw() + "}}";
            }
            throw ExpressionException.missing("failed to resolve {{" + tag.raw() + "}}: no variable '" + tag.name()
                    + "' is defined here", tag.name(), text, tag.offset());
        }
        Object value = variables.get(tag.name());
        if (value == null) {
            throw new ExpressionException("unable to substitute {{" + tag.raw() + "}}: output is an absent optional "
                    + "(skipped/omitted node with no default); give the output parameter a valueFrom.default",
                    text, tag.offset());
        }
        if (value instanceof List || value instanceof java.util.Map) {
            throw new ExpressionException("failed to resolve {{" + tag.raw() + "}} to string: it is "
                    + Values.typeName(value) + "; use an expression such as {{=toJson(" + tag.name() + ")}}",
                    text, tag.offset());
        }
        return value instanceof String s ? s : Values.goString(value);
    }

    private String expression(ExpressionTag tag, Variables variables, Unresolved unresolved) {
        String kept = "{{" + tag.raw() + "}}";
        List<String> missing = new ArrayList<>();
        for (String name : tag.expression().requiredVariables()) {
            if (!variables.resolves(name)) {
                if (!unresolved.mayKeep(name)) {
                    throw ExpressionException.missing("failed to evaluate expression " + kept + ": " + name
                            + " is missing", name, text, tag.offset());
                }
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            return kept;
        }
        // Argo tolerates failures only where unresolved tags are allowed at all (no strict prefixes)
        boolean keepFailures = unresolved.keep() && unresolved.strictPrefixes().isEmpty();
        Object result;
        try {
            result = tag.expression().evaluate(variables);
        } catch (ExpressionException e) {
            if (keepFailures) {
                return kept; // as Argo: a later pass may have what this one lacks
            }
            int start = tag.offset() + 2 + tag.raw().indexOf('=') + 1;
            throw new ExpressionException("failed to evaluate expression " + kept + ": " + e.problem(), text,
                    e.position() < 0 ? tag.offset() : start + e.position());
        }
        if (result == null) {
            if (keepFailures) {
                return kept;
            }
            throw new ExpressionException("failed to evaluate expression " + kept + ": the result is nil; give a "
                    + "default with ??, e.g. {{= x ?? 'none' }}", text, tag.offset());
        }
        if (result instanceof String s) {
            return s;
        }
        try {
            return Values.toJson(result);
        } catch (IllegalArgumentException e) {
            throw new ExpressionException("failed to marshal the result of " + kept + ": " + e.getMessage(), text,
                    tag.offset());
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
