package io.jenkins.plugins.argoworkflow.engine.expr;

import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.ArrayLiteral;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Binary;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Call;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Closure;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Conditional;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Ident;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Let;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Literal;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.MapLiteral;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Member;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Slice;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Unary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A parsed expr-lang expression, the language of Argo's {@code {{= ...}}} tags, hook {@code expression}s,
 * {@code retryStrategy.expression} and {@code valueFrom.expression}. Parse once, evaluate many times; immutable
 * and safe to share between threads.
 *
 * <p>Variables are reached as in Argo: the flat names ({@code steps.a-b.outputs.result}) are expanded into nested
 * maps, so a name with {@code -} is indexed ({@code steps['a-b'].outputs.result}). Argo's functions
 * {@code asInt asFloat toJson jsonpath} and {@code sprig.*} are always there.
 */
public final class ExprLangExpression {

    private final String text;
    private final ExprNode root;

    private ExprLangExpression(String text, ExprNode root) {
        this.text = text;
        this.root = root;
    }

    /** Parses {@code text}; throws {@link ExpressionException} at the first syntax error. */
    public static ExprLangExpression parse(String text) {
        return new ExprLangExpression(text, ExprLangParser.parse(text));
    }

    public String text() {
        return text;
    }

    /** The value of the expression: null, Boolean, Long, Double, String, List or Map. */
    public Object evaluate(Variables variables) {
        return evaluate(variables.tree());
    }

    /** The value of the expression over an already nested environment. */
    public Object evaluate(Map<String, Object> env) {
        return new ExprLangEvaluator(text, env).eval(root);
    }

    /**
     * The value as text, as a {@code {{= }}} tag inserts it: a string as it is, anything else as JSON.
     * A nil result is an error, since no text stands for it.
     */
    public String evaluateAsText(Variables variables) {
        Object v = evaluate(variables);
        if (v == null) {
            throw new ExpressionException("the expression evaluated to nil; give a default with ??, e.g. x ?? 'none'",
                    text, -1);
        }
        if (v instanceof String s) {
            return s;
        }
        try {
            return Values.toJson(v);
        } catch (IllegalArgumentException e) {
            throw new ExpressionException("the result cannot be written as JSON: " + e.getMessage(), text, -1);
        }
    }

    /** The value, which must be a boolean (hook and retry expressions). */
    public boolean evaluateBoolean(Variables variables) {
        Object v = evaluate(variables);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new ExpressionException("the expression did not evaluate to a boolean but to " + Values.typeName(v)
                + " " + Values.goString(v) + "; write a comparison such as asInt(x) > 1", text, -1);
    }

    /**
     * Throws at the first call of a function that neither expr-lang, Argo nor Sprig has. The list is the
     * evaluator's own function table, so lint and the engine agree on it.
     */
    public void checkFunctions() {
        walk(root, new HashSet<>());
    }

    private void walk(ExprNode node, Set<String> lets) {
        if (node instanceof Let l) {
            walk(l.value(), lets);
            Set<String> inner = new HashSet<>(lets);
            inner.add(l.name());
            walk(l.body(), inner);
            return;
        }
        if (node instanceof Call c) {
            if (c.callee() instanceof Ident id && !lets.contains(id.name()) && !Builtins.isKnown(id.name())
                    && !Builtins.isArgoAddition(id.name())) {
                throw new ExpressionException(unknownFunction(id.name()), text, id.pos());
            }
            if (c.callee() instanceof Member m && m.target() instanceof Ident id && id.name().equals("sprig")
                    && m.key() instanceof Literal key && key.value() instanceof String name && !Sprig.isKnown(name)) {
                throw new ExpressionException(Sprig.unknown("sprig." + name), text, m.key().pos());
            }
        }
        children(node).forEach(child -> walk(child, lets));
    }

    /**
     * The variables the expression needs, as dotted paths ({@code inputs.parameters.x}, {@code steps.a-b}) and
     * the bare names under them, like Argo's identifier visitor: member chains left of {@code ??} or behind
     * {@code ?.} are not needed, names bound by {@code let} and function names are not variables.
     */
    public Set<String> requiredVariables() {
        Set<String> out = new LinkedHashSet<>();
        collect(root, out, false, new HashSet<>());
        return out;
    }

    private void collect(ExprNode node, Set<String> out, boolean guarded, Set<String> lets) {
        if (node instanceof Ident id) {
            if (!lets.contains(id.name()) && !Builtins.isArgoAddition(id.name())) {
                out.add(id.name());
            }
            return;
        }
        if (node instanceof Let l) {
            collect(l.value(), out, guarded, lets);
            Set<String> inner = new HashSet<>(lets);
            inner.add(l.name());
            collect(l.body(), out, guarded, inner);
            return;
        }
        if (node instanceof Call c && c.callee() instanceof Ident id && !lets.contains(id.name())
                && (Builtins.isKnown(id.name()) || Builtins.isArgoAddition(id.name()))) {
            c.args().forEach(a -> collect(a, out, guarded, lets));
            return;
        }
        if (node instanceof Binary b && b.op().equals("??")) {
            collect(b.left(), out, true, lets);
            collect(b.right(), out, guarded, lets);
            return;
        }
        if (node instanceof Member m) {
            String path = path(m);
            boolean optionalBelow = m.optional() && m.target() instanceof Member;
            if (path != null && !guarded && !optionalChain(m) && !path.startsWith("sprig.")) {
                out.add(path);
            }
            if (optionalBelow) {
                collectUnder((Member) m.target(), out, lets);
                collect(m.key(), out, guarded, lets);
                return;
            }
        }
        for (ExprNode child : children(node)) {
            collect(child, out, guarded, lets);
        }
    }

    /** Below a guarded member only the base name counts, so that a missing base still requeues. */
    private void collectUnder(Member m, Set<String> out, Set<String> lets) {
        collect(m, out, true, lets);
        ExprNode base = m;
        while (base instanceof Member inner) {
            base = inner.target();
        }
        collect(base, out, false, lets);
    }

    private static boolean optionalChain(Member m) {
        return m.optional() || (m.target() instanceof Member t && optionalChain(t));
    }

    /** {@code a.b['c']} as {@code "a.b.c"}, or null when the node is not a chain of names. */
    static String path(ExprNode node) {
        if (node instanceof Ident id) {
            return id.name();
        }
        if (node instanceof Member m && m.key() instanceof Literal l && l.value() instanceof String key) {
            String base = path(m.target());
            return base == null ? null : base + "." + key;
        }
        return null;
    }

    static String unknownFunction(String name) {
        String suggestion = Stream.concat(Stream.of("asInt", "asFloat", "toJson", "jsonpath", "toJSON", "fromJSON"),
                        Stream.of("int", "float", "string", "len", "filter", "map", "upper", "lower", "trim", "split",
                                "join", "replace", "keys", "values", "sum", "max", "min"))
                .filter(known -> known.equalsIgnoreCase(name)).findFirst().map(k -> "; did you mean " + k + "()?")
                .orElse("; functions are expr-lang's builtins, asInt, asFloat, toJson, jsonpath and sprig.*, e.g. "
                        + "sprig.upper(x)");
        return "unknown function " + name + "()" + suggestion;
    }

    private static List<ExprNode> children(ExprNode node) {
        List<ExprNode> out = new ArrayList<>();
        if (node instanceof Member m) {
            out.add(m.target());
            out.add(m.key());
        } else if (node instanceof Slice s) {
            out.add(s.target());
            Stream.of(s.from(), s.to()).filter(java.util.Objects::nonNull).forEach(out::add);
        } else if (node instanceof Call c) {
            out.add(c.callee());
            out.addAll(c.args());
        } else if (node instanceof Unary u) {
            out.add(u.operand());
        } else if (node instanceof Binary b) {
            out.add(b.left());
            out.add(b.right());
        } else if (node instanceof Conditional c) {
            out.addAll(List.of(c.cond(), c.then(), c.otherwise()));
        } else if (node instanceof ArrayLiteral a) {
            out.addAll(a.items());
        } else if (node instanceof MapLiteral m) {
            out.addAll(m.values());
        } else if (node instanceof Closure c) {
            out.add(c.body());
        } else if (node instanceof Let l) {
            out.add(l.value());
            out.add(l.body());
        }
        return out;
    }

    @Override
    public String toString() {
        return text;
    }
}
