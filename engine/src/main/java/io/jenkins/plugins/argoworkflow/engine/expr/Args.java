package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.List;
import java.util.Map;

/** The arguments of one function call, read with the type checks and messages every function needs. */
record Args(String function, List<Object> values) {

    static Args of(String function, List<Object> values) {
        return new Args(function, values);
    }

    Args count(int min, int max) {
        if (values.size() < min || values.size() > max) {
            String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min
                    : min + " to " + max;
            throw new IllegalArgumentException(function + "() takes " + expected + " argument"
                    + (expected.equals("1") ? "" : "s") + ", got " + values.size());
        }
        return this;
    }

    int size() {
        return values.size();
    }

    Object get(int i) {
        return values.get(i);
    }

    String string(int i) {
        if (values.get(i) instanceof String s) {
            return s;
        }
        throw wrongType(i, "a string");
    }

    double number(int i) {
        if (Values.isNumber(values.get(i))) {
            return Values.toDouble(values.get(i));
        }
        throw wrongType(i, "a number");
    }

    /** An integer argument; a float64 with no fraction is accepted, as expr-lang's runtime.ToInt does. */
    long integer(int i) {
        Object v = values.get(i);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d.longValue();
        }
        throw wrongType(i, "an integer");
    }

    @SuppressWarnings("unchecked")
    List<Object> list(int i) {
        if (values.get(i) instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw wrongType(i, "an array");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(int i) {
        if (values.get(i) instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw wrongType(i, "a map");
    }

    IllegalArgumentException wrongType(int i, String expected) {
        return new IllegalArgumentException(function + "(): argument " + (i + 1) + " must be " + expected + ", got "
                + Values.typeName(values.get(i)) + (values.get(i) instanceof String s ? " '" + s + "'" : ""));
    }
}
