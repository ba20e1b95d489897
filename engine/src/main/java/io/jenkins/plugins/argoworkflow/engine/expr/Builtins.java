package io.jenkins.plugins.argoworkflow.engine.expr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * expr-lang's built-in functions that take plain values, and the functions Argo adds to the environment
 * ({@code asInt asFloat toJson jsonpath}; {@code sprig} is {@link Sprig}). The closure-taking builtins
 * ({@code filter map all}...) are in {@link ExprLangEvaluator}, because their predicate is evaluated per element.
 */
final class Builtins {

    /** Builtins whose second argument is a predicate such as {@code {# > 1}}. */
    static final Set<String> PREDICATE_FUNCTIONS = Set.of("all", "none", "any", "one", "filter", "map", "find",
            "findIndex", "findLast", "findLastIndex", "count", "sum", "groupBy", "sortBy", "reduce");

    /** expr-lang builtins that argowf knows by name but does not evaluate: time values are not supported yet. */
    static final Set<String> NOT_SUPPORTED = Set.of("now", "duration", "date", "timezone");

    private static final Pattern GO_FLOAT = Pattern.compile(
            "[+-]?((\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)([eE][+-]?\\d+)?|(?i:inf|infinity|nan))");

    private static final Map<String, ExprFunction> FUNCTIONS = table();

    private Builtins() {
    }

    static ExprFunction get(String name) {
        return FUNCTIONS.get(name);
    }

    /** Whether {@code name} is a function an expression may call without a prefix. */
    static boolean isKnown(String name) {
        return FUNCTIONS.containsKey(name) || PREDICATE_FUNCTIONS.contains(name) || NOT_SUPPORTED.contains(name);
    }

    /** Argo's additions to expr-lang's environment; they hide variables of the same name, as in Argo. */
    static boolean isArgoAddition(String name) {
        return name.equals("asInt") || name.equals("asFloat") || name.equals("toJson") || name.equals("jsonpath")
                || name.equals("sprig");
    }

    private static Map<String, ExprFunction> table() {
        Map<String, ExprFunction> t = new HashMap<>();
        t.put("int", a -> toInt(Args.of("int", a).count(1, 1)));
        t.put("asInt", a -> toInt(Args.of("asInt", a).count(1, 1)));
        t.put("float", a -> toFloat(Args.of("float", a).count(1, 1)));
        t.put("asFloat", a -> toFloat(Args.of("asFloat", a).count(1, 1)));
        t.put("string", a -> Values.goString(Args.of("string", a).count(1, 1).get(0)));
        t.put("type", a -> typeOf(Args.of("type", a).count(1, 1).get(0)));
        t.put("len", a -> length(Args.of("len", a).count(1, 1)));
        t.put("abs", a -> {
            Args x = Args.of("abs", a).count(1, 1);
            x.number(0);
            return x.get(0) instanceof Long l ? (Object) Math.abs(l) : (Object) Math.abs(x.number(0));
        });
        t.put("ceil", a -> Math.ceil(Args.of("ceil", a).count(1, 1).number(0)));
        t.put("floor", a -> Math.floor(Args.of("floor", a).count(1, 1).number(0)));
        t.put("round", a -> goRound(Args.of("round", a).count(1, 1).number(0)));
        strings(t);
        collections(t);
        t.put("toJSON", a -> Values.toJson(Args.of("toJSON", a).count(1, 1).get(0), "  "));
        t.put("toJson", a -> Values.toJson(Args.of("toJson", a).count(1, 1).get(0)));
        t.put("fromJSON", a -> Values.fromJson(Args.of("fromJSON", a).count(1, 1).string(0)));
        t.put("toBase64", a -> Base64.getEncoder().encodeToString(
                Args.of("toBase64", a).count(1, 1).string(0).getBytes(StandardCharsets.UTF_8)));
        t.put("fromBase64", a -> fromBase64(Args.of("fromBase64", a).count(1, 1).string(0)));
        t.put("jsonpath", a -> {
            Args x = Args.of("jsonpath", a).count(2, 2);
            return JsonPath.query(Values.fromJson(x.string(0)), x.string(1));
        });
        bitwise(t);
        return Map.copyOf(t);
    }

    private static void strings(Map<String, ExprFunction> t) {
        t.put("trim", a -> {
            Args x = Args.of("trim", a).count(1, 2);
            return x.size() == 1 ? x.string(0).strip() : GoStrings.trim(x.string(0), x.string(1));
        });
        t.put("trimPrefix", a -> {
            Args x = Args.of("trimPrefix", a).count(2, 2);
            return x.string(0).startsWith(x.string(1)) ? x.string(0).substring(x.string(1).length()) : x.string(0);
        });
        t.put("trimSuffix", a -> {
            Args x = Args.of("trimSuffix", a).count(2, 2);
            String s = x.string(0);
            return s.endsWith(x.string(1)) ? s.substring(0, s.length() - x.string(1).length()) : s;
        });
        t.put("upper", a -> Args.of("upper", a).count(1, 1).string(0).toUpperCase(Locale.ROOT));
        t.put("lower", a -> Args.of("lower", a).count(1, 1).string(0).toLowerCase(Locale.ROOT));
        t.put("split", a -> {
            Args x = Args.of("split", a).count(2, 3);
            return GoStrings.split(x.string(0), x.string(1), x.size() == 3 ? (int) x.integer(2) : -1, false);
        });
        t.put("splitAfter", a -> {
            Args x = Args.of("splitAfter", a).count(2, 3);
            return GoStrings.split(x.string(0), x.string(1), x.size() == 3 ? (int) x.integer(2) : -1, true);
        });
        t.put("replace", a -> {
            Args x = Args.of("replace", a).count(3, 3);
            return x.string(0).replace(x.string(1), x.string(2));
        });
        t.put("repeat", a -> {
            Args x = Args.of("repeat", a).count(2, 2);
            return GoStrings.repeat("repeat", x.string(0), x.integer(1));
        });
        t.put("join", a -> {
            Args x = Args.of("join", a).count(1, 2);
            List<String> parts = new ArrayList<>();
            for (Object o : x.list(0)) {
                if (!(o instanceof String s)) {
                    throw new IllegalArgumentException("join(): the array must hold strings, got "
                            + Values.typeName(o));
                }
                parts.add(s);
            }
            return String.join(x.size() == 2 ? x.string(1) : "", parts);
        });
        t.put("indexOf", a -> {
            Args x = Args.of("indexOf", a).count(2, 2);
            return GoStrings.runeIndex(x.string(0), x.string(0).indexOf(x.string(1)));
        });
        t.put("lastIndexOf", a -> {
            Args x = Args.of("lastIndexOf", a).count(2, 2);
            return GoStrings.runeIndex(x.string(0), x.string(0).lastIndexOf(x.string(1)));
        });
        t.put("hasPrefix", a -> {
            Args x = Args.of("hasPrefix", a).count(2, 2);
            return x.string(0).startsWith(x.string(1));
        });
        t.put("hasSuffix", a -> {
            Args x = Args.of("hasSuffix", a).count(2, 2);
            return x.string(0).endsWith(x.string(1));
        });
    }

    private static void collections(Map<String, ExprFunction> t) {
        t.put("max", a -> extreme("max", a, 1));
        t.put("min", a -> extreme("min", a, -1));
        t.put("mean", a -> {
            List<Object> xs = numbers("mean", a);
            return xs.isEmpty() ? 0.0 : xs.stream().mapToDouble(Values::toDouble).average().orElse(0);
        });
        t.put("median", a -> {
            List<Double> xs = numbers("median", a).stream().map(Values::toDouble).sorted().toList();
            if (xs.isEmpty()) {
                return 0.0;
            }
            int n = xs.size();
            return n % 2 == 1 ? xs.get(n / 2) : (xs.get(n / 2 - 1) + xs.get(n / 2)) / 2;
        });
        t.put("first", Builtins::first);
        t.put("last", Builtins::last);
        t.put("get", a -> get(Args.of("get", a).count(2, 2)));
        t.put("take", a -> {
            Args x = Args.of("take", a).count(2, 2);
            List<Object> l = x.list(0);
            return List.copyOf(l.subList(0, (int) Math.max(0, Math.min(l.size(), x.integer(1)))));
        });
        t.put("keys", a -> new ArrayList<Object>(new TreeMap<>(Args.of("keys", a).count(1, 1).map(0)).keySet()));
        t.put("values", a -> new ArrayList<>(new TreeMap<>(Args.of("values", a).count(1, 1).map(0)).values()));
        t.put("toPairs", a -> {
            List<Object> out = new ArrayList<>();
            new TreeMap<>(Args.of("toPairs", a).count(1, 1).map(0)).forEach((k, v) -> out.add(list(k, v)));
            return out;
        });
        t.put("fromPairs", a -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Object pair : Args.of("fromPairs", a).count(1, 1).list(0)) {
                if (!(pair instanceof List<?> p) || p.size() != 2) {
                    throw new IllegalArgumentException("fromPairs(): each element must be a [key, value] pair");
                }
                out.put(Values.goString(p.get(0)), p.get(1));
            }
            return out;
        });
        t.put("reverse", a -> {
            List<Object> out = new ArrayList<>(Args.of("reverse", a).count(1, 1).list(0));
            java.util.Collections.reverse(out);
            return out;
        });
        t.put("uniq", a -> {
            List<Object> out = new ArrayList<>();
            for (Object o : Args.of("uniq", a).count(1, 1).list(0)) {
                if (out.stream().noneMatch(seen -> Values.equal(seen, o))) {
                    out.add(o);
                }
            }
            return out;
        });
        t.put("concat", a -> {
            Args x = Args.of("concat", a).count(1, Integer.MAX_VALUE);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                out.addAll(x.list(i));
            }
            return out;
        });
        t.put("flatten", a -> {
            List<Object> out = new ArrayList<>();
            flatten(Args.of("flatten", a).count(1, 1).list(0), out);
            return out;
        });
        t.put("sort", a -> {
            Args x = Args.of("sort", a).count(1, 2);
            List<Object> out = new ArrayList<>(x.list(0));
            Comparator<Object> order = ExprLangOperators::compare;
            out.sort(x.size() == 2 && x.string(1).equals("desc") ? order.reversed() : order);
            return out;
        });
    }

    private static void bitwise(Map<String, ExprFunction> t) {
        t.put("bitand", a -> Args.of("bitand", a).count(2, 2).integer(0) & Args.of("bitand", a).integer(1));
        t.put("bitor", a -> Args.of("bitor", a).count(2, 2).integer(0) | Args.of("bitor", a).integer(1));
        t.put("bitxor", a -> Args.of("bitxor", a).count(2, 2).integer(0) ^ Args.of("bitxor", a).integer(1));
        t.put("bitnand", a -> Args.of("bitnand", a).count(2, 2).integer(0) & ~Args.of("bitnand", a).integer(1));
        t.put("bitnot", a -> ~Args.of("bitnot", a).count(1, 1).integer(0));
        t.put("bitshl", a -> Args.of("bitshl", a).count(2, 2).integer(0) << Args.of("bitshl", a).integer(1));
        t.put("bitshr", a -> Args.of("bitshr", a).count(2, 2).integer(0) >> Args.of("bitshr", a).integer(1));
        t.put("bitushr", a -> Args.of("bitushr", a).count(2, 2).integer(0) >>> Args.of("bitushr", a).integer(1));
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(java.util.Arrays.asList(items));
    }

    private static Object toInt(Args x) {
        Object v = x.get(0);
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof Double d) {
            return d.longValue();
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(x.function() + "(): strconv.Atoi: parsing \"" + s
                        + "\": invalid syntax; the value must be an integer such as \"42\"");
            }
        }
        throw x.wrongType(0, "a number or a string");
    }

    private static Object toFloat(Args x) {
        Object v = x.get(0);
        if (Values.isNumber(v)) {
            return Values.toDouble(v);
        }
        if (v instanceof String s) {
            if (!GO_FLOAT.matcher(s).matches()) {
                throw new IllegalArgumentException(x.function() + "(): strconv.ParseFloat: parsing \"" + s
                        + "\": invalid syntax; the value must be a number such as \"1.5\"");
            }
            String lower = s.toLowerCase(Locale.ROOT).replace("_", "");
            if (lower.endsWith("inf") || lower.endsWith("infinity")) {
                return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return lower.endsWith("nan") ? Double.NaN : Double.parseDouble(lower);
        }
        throw x.wrongType(0, "a number or a string");
    }

    private static String typeOf(Object v) {
        String name = Values.typeName(v);
        return name.equals("float64") ? "float" : name;
    }

    private static Object length(Args x) {
        Object v = x.get(0);
        if (v instanceof String s) {
            return (long) s.codePointCount(0, s.length());
        }
        if (v instanceof List<?> l) {
            return (long) l.size();
        }
        if (v instanceof Map<?, ?> m) {
            return (long) m.size();
        }
        throw x.wrongType(0, "a string, an array or a map");
    }

    /** Go's math.Round: half away from zero. */
    private static double goRound(double d) {
        return Math.signum(d) * Math.floor(Math.abs(d) + 0.5);
    }

    private static Object fromBase64(String s) {
        try {
            return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fromBase64(): '" + s + "' is not base64: " + e.getMessage());
        }
    }

    private static List<Object> numbers(String function, List<Object> args) {
        List<Object> xs = args.size() == 1 && args.get(0) instanceof List<?> l ? new ArrayList<>(l) : args;
        List<Object> flat = new ArrayList<>();
        flatten(xs, flat);
        for (Object o : flat) {
            if (!Values.isNumber(o)) {
                throw new IllegalArgumentException(function + "(): expected numbers, got " + Values.typeName(o));
            }
        }
        return flat;
    }

    private static Object extreme(String function, List<Object> args, int sign) {
        List<Object> xs = numbers(function, args);
        if (xs.isEmpty()) {
            throw new IllegalArgumentException(function + "(): needs at least one number");
        }
        Object best = xs.get(0);
        for (Object o : xs) {
            if (ExprLangOperators.compare(o, best) * sign > 0) {
                best = o;
            }
        }
        return best;
    }

    private static Object get(Args x) {
        Object from = x.get(0);
        if (from instanceof Map<?, ?> m) {
            return m.get(Values.goString(x.get(1)));
        }
        if (from instanceof List<?> l && Values.isNumber(x.get(1))) {
            long i = x.integer(1);
            i = i < 0 ? l.size() + i : i;
            return i >= 0 && i < l.size() ? l.get((int) i) : null;
        }
        return null;
    }

    private static void flatten(List<?> in, List<Object> out) {
        for (Object o : in) {
            if (o instanceof List<?> l) {
                flatten(l, out);
            } else {
                out.add(o);
            }
        }
    }

    /** The first element of a list, nil for an empty one (expr-lang's and Sprig's {@code first}). */
    static Object first(List<Object> a) {
        List<Object> l = Args.of("first", a).count(1, 1).list(0);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The last element of a list, nil for an empty one (expr-lang's and Sprig's {@code last}). */
    static Object last(List<Object> a) {
        List<Object> l = Args.of("last", a).count(1, 1).list(0);
        return l.isEmpty() ? null : l.get(l.size() - 1);
    }
}
