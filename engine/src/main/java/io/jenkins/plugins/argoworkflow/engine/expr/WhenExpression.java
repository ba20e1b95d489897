package io.jenkins.plugins.argoworkflow.engine.expr;

import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateNode.Accessor;
import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateNode.Group;
import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateNode.Infix;
import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateNode.Literal;
import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateNode.Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A step's or task's {@code when}, evaluated as Argo does ({@code shouldExecute}): the {@code {{...}}} tags are
 * substituted first, then the text is a govaluate expression in which every bare word is a string. So
 * {@code "{{steps.flip.outputs.result}} == heads"} compares two strings, {@code 5 > 3} two numbers (every number
 * is a float64, {@code 1 == 1.0}), and {@code a-b == a-b} fails, because {@code a - b} is arithmetic on strings:
 * quote such values. Immutable once parsed.
 */
public final class WhenExpression {

    private final String text;
    private final GovaluateNode root;

    private WhenExpression(String text, GovaluateNode root) {
        this.text = text;
        this.root = root;
    }

    /** Parses a {@code when} whose tags are already substituted. */
    public static WhenExpression parse(String text) {
        return new WhenExpression(text, GovaluateParser.parse(text));
    }

    /**
     * Argo's {@code shouldExecute}: an empty {@code when} is true; otherwise its tags are substituted from
     * {@code variables} (every tag must resolve) and the result evaluated. Errors name the substituted text.
     */
    public static boolean shouldExecute(String when, Variables variables) {
        if (when == null || when.isBlank()) {
            return true;
        }
        String substituted = TemplateText.parse(when).render(variables, Unresolved.FAIL);
        return parse(substituted).evaluate();
    }

    public String text() {
        return text;
    }

    /** The value, which must be a boolean. */
    public boolean evaluate() {
        Object v = value();
        if (v instanceof Boolean b) {
            return b;
        }
        throw new ExpressionException("when expression did not evaluate to a boolean but to " + describe(v)
                + "; write a comparison such as \"{{steps.flip.outputs.result}} == heads\"", text, -1);
    }

    /** The value of the expression: Boolean, Double, String, List (a group) or null ({@code a ? b} when a is false). */
    public Object value() {
        return eval(root);
    }

    private Object eval(GovaluateNode node) {
        if (node instanceof Literal l) {
            return l.value();
        }
        if (node instanceof Accessor a) {
            String base = a.word().substring(0, a.word().indexOf('.'));
            throw new ExpressionException("No parameter '" + base + "' found: govaluate reads '" + a.word() + "' as "
                    + "a field of a parameter; quote the value, e.g. '" + a.word() + "'", text, a.pos());
        }
        if (node instanceof Prefix p) {
            return prefix(p, eval(p.operand()));
        }
        if (node instanceof Group g) {
            List<Object> items = new ArrayList<>();
            g.items().forEach(item -> items.add(eval(item)));
            return items;
        }
        return infix((Infix) node);
    }

    private Object prefix(Prefix p, Object v) {
        switch (p.op()) {
            case "!" -> {
                if (v instanceof Boolean b) {
                    return !b;
                }
            }
            case "-" -> {
                if (v instanceof Double d) {
                    return -d;
                }
            }
            default -> {
                if (v instanceof Double d) {
                    return (double) ~d.longValue();
                }
            }
        }
        throw new ExpressionException("Value '" + describe(v) + "' cannot be used with the prefix '" + p.op() + "'",
                text, p.pos());
    }

    private Object infix(Infix n) {
        String op = n.op();
        Object left = eval(n.left());
        switch (op) {
            case "&&", "||" -> {
                boolean l = bool(left, n, "logical operator");
                if (op.equals("&&") ? !l : l) {
                    return l;
                }
                return bool(eval(n.right()), n, "logical operator") ? Boolean.TRUE : Boolean.FALSE;
            }
            case "?" -> {
                return bool(left, n, "ternary operator") ? eval(n.right()) : null;
            }
            case ":", "??" -> {
                return left != null ? left : eval(n.right());
            }
            default -> {
                return binary(n, left, eval(n.right()));
            }
        }
    }

    private Object binary(Infix n, Object left, Object right) {
        String op = n.op();
        switch (op) {
            case "==" -> {
                return Objects.equals(left, right);
            }
            case "!=" -> {
                return !Objects.equals(left, right);
            }
            case "<", ">", "<=", ">=" -> {
                int c = compare(n, left, right);
                return op.equals("<") ? c < 0 : op.equals(">") ? c > 0 : op.equals("<=") ? c <= 0 : c >= 0;
            }
            case "=~", "!~" -> {
                if (!(left instanceof String s) || !(right instanceof String pattern)) {
                    throw typeError(n, left instanceof String ? right : left, "comparator", "is not a string");
                }
                try {
                    return Pattern.compile(pattern).matcher(s).find() == op.equals("=~");
                } catch (PatternSyntaxException e) {
                    throw new ExpressionException("Unable to compile regexp pattern '" + pattern + "': "
                            + e.getDescription(), text, n.right().pos());
                }
            }
            case "in" -> {
                if (!(right instanceof List<?> list)) {
                    throw typeError(n, right, "comparator", "is not a list such as ('a', 'b')");
                }
                return list.contains(left);
            }
            case "+" -> {
                if (left instanceof Double x && right instanceof Double y) {
                    return x + y;
                }
                if (left instanceof String || right instanceof String) {
                    return Values.goString(left) + Values.goString(right);
                }
                throw typeError(n, left, "modifier", "it is not a number");
            }
            default -> {
                return arithmetic(n, left, right);
            }
        }
    }

    private Object arithmetic(Infix n, Object left, Object right) {
        if (!(left instanceof Double x)) {
            throw typeError(n, left, "modifier", "it is not a number");
        }
        if (!(right instanceof Double y)) {
            throw typeError(n, right, "modifier", "it is not a number");
        }
        return switch (n.op()) {
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> x / y;
            case "%" -> x % y;
            case "**" -> Math.pow(x, y);
            case "&" -> (double) (x.longValue() & y.longValue());
            case "|" -> (double) (x.longValue() | y.longValue());
            case "^" -> (double) (x.longValue() ^ y.longValue());
            case "<<" -> (double) (x.longValue() << y.longValue());
            default -> (double) (x.longValue() >> y.longValue());
        };
    }

    private int compare(Infix n, Object left, Object right) {
        if (left instanceof Double x && right instanceof Double y) {
            return Double.compare(x, y);
        }
        if (left instanceof String x && right instanceof String y) {
            return x.compareTo(y);
        }
        throw typeError(n, left, "comparator", "it is not a number");
    }

    private boolean bool(Object v, Infix n, String kind) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw typeError(n, v, kind, "it is not a bool");
    }

    private ExpressionException typeError(Infix n, Object value, String kind, String reason) {
        return new ExpressionException("Value '" + describe(value) + "' cannot be used with the " + kind + " '"
                + n.op() + "', " + reason + (value instanceof String s && s.matches("[A-Za-z0-9_]+")
                        ? " (bare words are strings; quote values that contain '-' or spaces)" : ""),
                text, n.pos());
    }

    private static String describe(Object v) {
        return v instanceof List<?> l ? Values.goString(l) : Values.goString(v);
    }

    @Override
    public String toString() {
        return text;
    }
}
