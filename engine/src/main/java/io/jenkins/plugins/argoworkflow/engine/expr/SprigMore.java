package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sprig's number, conversion, logic and collection functions (see {@link Sprig}). */
final class SprigMore {

    private SprigMore() {
    }

    static void numbers(Map<String, ExprFunction> t) {
        t.put("atoi", a -> {
            try {
                return Long.parseLong(Sprig.str(Args.of("atoi", a).count(1, 1).get(0)));
            } catch (NumberFormatException e) {
                return 0L; // Sprig ignores strconv.Atoi's error
            }
        });
        t.put("int", a -> toInt64(Args.of("int", a).count(1, 1).get(0)));
        t.put("int64", a -> toInt64(Args.of("int64", a).count(1, 1).get(0)));
        t.put("float64", a -> toFloat64(Args.of("float64", a).count(1, 1).get(0)));
        t.put("add", a -> a.isEmpty() ? 0L : Sprig.longOp(a, Long::sum));
        t.put("add1", a -> toInt64(Args.of("add1", a).count(1, 1).get(0)) + 1);
        t.put("sub", a -> Sprig.longOp(Args.of("sub", a).count(2, 2).values(), (x, y) -> x - y));
        t.put("mul", a -> Sprig.longOp(Args.of("mul", a).count(1, Integer.MAX_VALUE).values(), (x, y) -> x * y));
        t.put("div", a -> Sprig.longOp(Args.of("div", a).count(2, 2).values(), (x, y) -> {
            if (y == 0) {
                throw new ArithmeticException("sprig.div(): integer divide by zero");
            }
            return x / y;
        }));
        t.put("mod", a -> Sprig.longOp(Args.of("mod", a).count(2, 2).values(), (x, y) -> {
            if (y == 0) {
                throw new ArithmeticException("sprig.mod(): integer divide by zero");
            }
            return x % y;
        }));
        t.put("max", a -> Sprig.longOp(Args.of("max", a).count(1, Integer.MAX_VALUE).values(), Math::max));
        t.put("biggest", t.get("max"));
        t.put("min", a -> Sprig.longOp(Args.of("min", a).count(1, Integer.MAX_VALUE).values(), Math::min));
        t.put("addf", a -> a.isEmpty() ? 0.0 : Sprig.doubleOp(a, Double::sum));
        t.put("add1f", a -> toFloat64(Args.of("add1f", a).count(1, 1).get(0)) + 1);
        t.put("subf", a -> Sprig.doubleOp(Args.of("subf", a).count(1, Integer.MAX_VALUE).values(), (x, y) -> x - y));
        t.put("mulf", a -> Sprig.doubleOp(Args.of("mulf", a).count(1, Integer.MAX_VALUE).values(), (x, y) -> x * y));
        t.put("divf", a -> Sprig.doubleOp(Args.of("divf", a).count(1, Integer.MAX_VALUE).values(), (x, y) -> x / y));
        t.put("maxf", a -> Sprig.doubleOp(Args.of("maxf", a).count(1, Integer.MAX_VALUE).values(), Math::max));
        t.put("minf", a -> Sprig.doubleOp(Args.of("minf", a).count(1, Integer.MAX_VALUE).values(), Math::min));
        t.put("ceil", a -> Math.ceil(toFloat64(Args.of("ceil", a).count(1, 1).get(0))));
        t.put("floor", a -> Math.floor(toFloat64(Args.of("floor", a).count(1, 1).get(0))));
        t.put("until", a -> range(0, toInt64(Args.of("until", a).count(1, 1).get(0)), 1));
        t.put("untilStep", a -> {
            Args x = Args.of("untilStep", a).count(3, 3);
            return range(toInt64(x.get(0)), toInt64(x.get(1)), toInt64(x.get(2)));
        });
    }

    static void collections(Map<String, ExprFunction> t) {
        t.put("default", a -> {
            Args x = Args.of("default", a).count(1, 2);
            return x.size() < 2 || empty(x.get(1)) ? x.get(0) : x.get(1);
        });
        t.put("empty", a -> empty(Args.of("empty", a).count(1, 1).get(0)));
        t.put("coalesce", a -> a.stream().filter(v -> !empty(v)).findFirst().orElse(null));
        t.put("ternary", a -> {
            Args x = Args.of("ternary", a).count(3, 3);
            if (!(x.get(2) instanceof Boolean b)) {
                throw x.wrongType(2, "a bool");
            }
            return b ? x.get(0) : x.get(1);
        });
        t.put("list", ArrayList::new);
        t.put("tuple", ArrayList::new);
        t.put("dict", a -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < a.size(); i += 2) {
                out.put(Sprig.str(a.get(i)), i + 1 < a.size() ? a.get(i + 1) : "");
            }
            return out;
        });
        t.put("toJson", a -> {
            try {
                return Values.toJson(Args.of("toJson", a).count(1, 1).get(0));
            } catch (IllegalArgumentException e) {
                return ""; // Sprig's toJson swallows the error; mustToJson reports it
            }
        });
        t.put("mustToJson", a -> Values.toJson(Args.of("mustToJson", a).count(1, 1).get(0)));
        t.put("toRawJson", t.get("mustToJson"));
        t.put("toPrettyJson", a -> Values.toJson(Args.of("toPrettyJson", a).count(1, 1).get(0), "  "));
        t.put("fromJson", a -> {
            try {
                return Values.fromJson(Sprig.str(Args.of("fromJson", a).count(1, 1).get(0)));
            } catch (IllegalArgumentException e) {
                return ""; // as Sprig, which returns its zero value
            }
        });
        t.put("mustFromJson", a -> Values.fromJson(Sprig.str(Args.of("mustFromJson", a).count(1, 1).get(0))));
        t.put("toStrings", a -> {
            List<Object> out = new ArrayList<>();
            Object v = Args.of("toStrings", a).count(1, 1).get(0);
            for (Object o : v instanceof List<?> l ? l : List.of(v)) {
                out.add(Sprig.str(o));
            }
            return out;
        });
        t.put("first", Builtins::first);
        t.put("last", Builtins::last);
        t.put("has", a -> Args.of("has", a).count(2, 2).list(1).stream().anyMatch(v -> Values.equal(v, a.get(0))));
        t.put("hasKey", a -> Args.of("hasKey", a).count(2, 2).map(0).containsKey(Sprig.str(a.get(1))));
        t.put("get", a -> {
            Object v = Args.of("get", a).count(2, 2).map(0).get(Sprig.str(a.get(1)));
            return v == null ? "" : v;
        });
        t.put("keys", a -> {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                out.addAll(Args.of("keys", a).map(i).keySet());
            }
            return out;
        });
        t.put("values", a -> new ArrayList<>(new TreeMap<>(Args.of("values", a).count(1, 1).map(0)).values()));
        t.put("compact", a -> {
            List<Object> out = new ArrayList<>();
            Args.of("compact", a).count(1, 1).list(0).stream().filter(v -> !empty(v)).forEach(out::add);
            return out;
        });
        t.put("append", a -> {
            List<Object> out = new ArrayList<>(Args.of("append", a).count(2, 2).list(0));
            out.add(a.get(1));
            return out;
        });
        t.put("prepend", a -> {
            List<Object> out = new ArrayList<>(Args.of("prepend", a).count(2, 2).list(0));
            out.add(0, a.get(1));
            return out;
        });
        t.put("concat", a -> {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                out.addAll(Args.of("concat", a).list(i));
            }
            return out;
        });
    }

    /** Sprig's notion of empty: nil, "", 0, false, and empty lists and maps. */
    static boolean empty(Object v) {
        if (v == null) {
            return true;
        }
        if (v instanceof String s) {
            return s.isEmpty();
        }
        if (v instanceof Boolean b) {
            return !b;
        }
        if (Values.isNumber(v)) {
            return Values.toDouble(v) == 0;
        }
        if (v instanceof List<?> l) {
            return l.isEmpty();
        }
        return v instanceof Map<?, ?> m && m.isEmpty();
    }

    /** spf13/cast's ToInt64 as Sprig uses it: strings in base 10 or 0x/0 prefixed, anything unreadable is 0. */
    static long toInt64(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d.longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            try {
                String t = s.strip();
                boolean negative = t.startsWith("-");
                String digits = negative || t.startsWith("+") ? t.substring(1) : t;
                long value = digits.startsWith("0x") || digits.startsWith("0X") ? Long.parseLong(digits.substring(2), 16)
                        : digits.length() > 1 && digits.startsWith("0") ? Long.parseLong(digits.substring(1), 8)
                        : Long.parseLong(digits);
                return negative ? -value : value;
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return 0;
            }
        }
        return 0;
    }

    static double toFloat64(Object v) {
        if (Values.isNumber(v)) {
            return Values.toDouble(v);
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    private static List<Object> range(long start, long stop, long step) {
        List<Object> out = new ArrayList<>();
        if (step == 0) {
            return out;
        }
        for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
            out.add(i);
            if (out.size() > 1_000_000) {
                throw new IllegalArgumentException("the range is longer than 1000000 elements");
            }
        }
        return out;
    }
}
