package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * expr-lang's operators on evaluated values. Numbers keep expr-lang's types: int op int is an int for
 * {@code + - * %}, {@code /} and {@code **} always give a float, and an int mixed with a float gives a float.
 * Bad operands throw {@link IllegalArgumentException}, which the evaluator places in the expression.
 */
final class ExprLangOperators {

    private ExprLangOperators() {
    }

    static Object apply(String op, Object left, Object right) {
        return switch (op) {
            case "==" -> Values.equal(left, right);
            case "!=" -> !Values.equal(left, right);
            case "<" -> compare(left, right, op) < 0;
            case ">" -> compare(left, right, op) > 0;
            case "<=" -> compare(left, right, op) <= 0;
            case ">=" -> compare(left, right, op) >= 0;
            case "+" -> add(left, right);
            case "-", "*", "%" -> arithmetic(op, left, right);
            case "/" -> numbers(op, left, right) / Values.toDouble(right);
            case "**" -> Math.pow(numbers(op, left, right), Values.toDouble(right));
            case "in" -> in(left, right);
            case "matches" -> matches(left, right);
            case "contains" -> strings(op, left, right) && ((String) left).contains((String) right);
            case "startsWith" -> strings(op, left, right) && ((String) left).startsWith((String) right);
            case "endsWith" -> strings(op, left, right) && ((String) left).endsWith((String) right);
            case ".." -> range(left, right);
            default -> throw new IllegalStateException("operator " + op + " is handled by the evaluator");
        };
    }

    /** The order of two numbers or two strings, for {@code < >} and sorting. */
    static int compare(Object left, Object right) {
        return compare(left, right, "<");
    }

    private static int compare(Object left, Object right, String op) {
        if (left instanceof Long x && right instanceof Long y) {
            return Long.compare(x, y);
        }
        if (Values.isNumber(left) && Values.isNumber(right)) {
            return Double.compare(Values.toDouble(left), Values.toDouble(right));
        }
        if (left instanceof String x && right instanceof String y) {
            return x.compareTo(y);
        }
        throw mismatched(op, left, right);
    }

    private static Object add(Object left, Object right) {
        if (left instanceof String x && right instanceof String y) {
            return x + y;
        }
        if (left instanceof List<?> x && right instanceof List<?> y) {
            List<Object> out = new ArrayList<>(x);
            out.addAll(y);
            return out;
        }
        return arithmetic("+", left, right);
    }

    private static Object arithmetic(String op, Object left, Object right) {
        if (left instanceof Long x && right instanceof Long y) {
            return switch (op) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                default -> {
                    if (y == 0) {
                        throw new IllegalArgumentException("integer divide by zero");
                    }
                    yield x % y;
                }
            };
        }
        double x = numbers(op, left, right);
        double y = Values.toDouble(right);
        return switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            default -> throw mismatched(op, left, right);
        };
    }

    private static double numbers(String op, Object left, Object right) {
        if (!Values.isNumber(left) || !Values.isNumber(right)) {
            throw mismatched(op, left, right);
        }
        return Values.toDouble(left);
    }

    private static boolean strings(String op, Object left, Object right) {
        if (!(left instanceof String) || !(right instanceof String)) {
            throw mismatched(op, left, right);
        }
        return true;
    }

    private static boolean in(Object left, Object right) {
        if (right instanceof List<?> list) {
            return list.stream().anyMatch(item -> Values.equal(left, item));
        }
        if (right instanceof Map<?, ?> map) {
            if (!(left instanceof String key)) {
                throw mismatched("in", left, right);
            }
            return map.containsKey(key);
        }
        if (right == null) {
            return false;
        }
        throw mismatched("in", left, right);
    }

    private static boolean matches(Object left, Object right) {
        strings("matches", left, right);
        try {
            return Pattern.compile((String) right).matcher((String) left).find();
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + right + "' is not a regular expression: " + e.getDescription());
        }
    }

    private static List<Object> range(Object left, Object right) {
        if (!(left instanceof Long from) || !(right instanceof Long to)) {
            throw mismatched("..", left, right);
        }
        if (to - from > 1_000_000) {
            throw new IllegalArgumentException("the range " + from + ".." + to + " is longer than 1000000 elements");
        }
        List<Object> out = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    static IllegalArgumentException mismatched(String op, Object left, Object right) {
        return new IllegalArgumentException("invalid operation: " + describe(left) + " " + op + " " + describe(right)
                + " (mismatched types " + Values.typeName(left) + " and " + Values.typeName(right) + ")"
                + (left instanceof String || right instanceof String
                        ? "; convert strings with int(), float() or asInt() before doing arithmetic or ordering" : ""));
    }

    private static String describe(Object v) {
        return v instanceof String s ? "'" + s + "'" : Values.goString(v);
    }
}
