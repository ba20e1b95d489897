package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSONPath subset of Argo's {@code jsonpath(json, path)}: {@code $}, {@code .name}, {@code ['name']},
 * {@code [n]} (negative from the end), {@code [*]} and {@code .*}. A path with a wildcard gives a list, as
 * evilmonkeyinc/jsonpath (Argo's library) does. Written by hand: the Java JSONPath libraries differ from
 * Argo's in what a wildcard returns, and this subset is what workflows use.
 */
final class JsonPath {

    private JsonPath() {
    }

    static Object query(Object document, String path) {
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("jsonpath(): the path '" + path + "' must start with $");
        }
        List<Object> current = new ArrayList<>();
        current.add(document);
        boolean multiple = false;
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.' && i + 1 < path.length() && path.charAt(i + 1) == '*') {
                current = wildcard(current);
                multiple = true;
                i += 2;
            } else if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                if (end == i + 1) {
                    throw unsupported(path, i);
                }
                current = key(current, path.substring(i + 1, end), multiple);
                i = end;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    throw new IllegalArgumentException("jsonpath(): '[' at character " + (i + 1) + " of '" + path
                            + "' is not closed");
                }
                String inside = path.substring(i + 1, end).strip();
                if (inside.equals("*")) {
                    current = wildcard(current);
                    multiple = true;
                } else if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
                        || inside.startsWith("\"") && inside.endsWith("\""))) {
                    current = key(current, inside.substring(1, inside.length() - 1), multiple);
                } else if (inside.matches("-?\\d+")) {
                    current = index(current, Integer.parseInt(inside), multiple);
                } else {
                    throw unsupported(path, i);
                }
                i = end + 1;
            } else {
                throw unsupported(path, i);
            }
        }
        return multiple ? current : current.get(0);
    }

    private static List<Object> wildcard(List<Object> current) {
        List<Object> out = new ArrayList<>();
        for (Object v : current) {
            if (v instanceof List<?> l) {
                out.addAll(l);
            } else if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> sorted = new TreeMap<>((Map<String, Object>) m);
                out.addAll(sorted.values());
            }
        }
        return out;
    }

    private static List<Object> key(List<Object> current, String key, boolean multiple) {
        List<Object> out = new ArrayList<>();
        for (Object v : current) {
            if (v instanceof Map<?, ?> m && m.containsKey(key)) {
                out.add(m.get(key));
            } else if (!multiple) {
                throw new IllegalArgumentException("jsonpath(): key '" + key + "' not found in "
                        + Values.typeName(v));
            }
        }
        return out;
    }

    private static List<Object> index(List<Object> current, int index, boolean multiple) {
        List<Object> out = new ArrayList<>();
        for (Object v : current) {
            if (v instanceof List<?> l && (index < 0 ? l.size() + index : index) >= 0
                    && (index < 0 ? l.size() + index : index) < l.size()) {
                out.add(l.get(index < 0 ? l.size() + index : index));
            } else if (!multiple) {
                throw new IllegalArgumentException("jsonpath(): index [" + index + "] is out of range or not on an "
                        + "array (" + Values.typeName(v) + ")");
            }
        }
        return out;
    }

    private static IllegalArgumentException unsupported(String path, int at) {
        return new IllegalArgumentException("jsonpath(): '" + path + "' is not supported at character " + (at + 1)
                + "; argowf supports $, .name, ['name'], [n], [*] and .*");
    }
}
