package io.jenkins.plugins.argoworkflow.engine.expr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The values expressions work on, as Go sees them: nil (null), bool (Boolean), int (Long), float64 (Double),
 * string, list (List) and map (Map with string keys); with Go's printing ({@code %v}) and {@code json.Marshal}.
 */
final class Values {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Values() {
    }

    static Object parseNumberLiteral(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("0x")) {
            return Long.parseLong(s.substring(2), 16);
        }
        if (lower.startsWith("0o")) {
            return Long.parseLong(s.substring(2), 8);
        }
        if (lower.startsWith("0b")) {
            return Long.parseLong(s.substring(2), 2);
        }
        if (lower.contains(".") || lower.contains("e")) {
            return Double.parseDouble(s);
        }
        return Long.parseLong(s);
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double;
    }

    static double toDouble(Object v) {
        return ((Number) v).doubleValue();
    }

    /** Go's name of the value's type, for messages. */
    static String typeName(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof List) {
            return "array";
        }
        if (v instanceof Map) {
            return "map";
        }
        return "func";
    }

    /** expr-lang's {@code ==}: numbers by value whatever their type; everything else deeply. */
    static boolean equal(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Long x && b instanceof Long y) {
                return x.longValue() == y.longValue();
            }
            return toDouble(a) == toDouble(b);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!equal(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** Go's {@code fmt.Sprint}: {@code 3} for 3.0, {@code [a b]} for a list, {@code map[k:v]} for a map. */
    static String goString(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Double d) {
            return formatFloat(d, false);
        }
        if (v instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : " ").append(goString(list.get(i)));
            }
            return out.append(']').toString();
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("map[");
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted(map).entrySet()) {
                out.append(first ? "" : " ").append(e.getKey()).append(':').append(goString(e.getValue()));
                first = false;
            }
            return out.append(']').toString();
        }
        return String.valueOf(v);
    }

    /**
     * Go's shortest formatting of a float64: {@code strconv.FormatFloat(f, 'g', -1, 64)} for {@code %v}
     * (exponent below -4 or from 6 up, so {@code 1e+06}), and {@code json.Marshal}'s variant (exponent below -6 or from 21 up,
     * with {@code e-7} rather than {@code e-07}).
     */
    static String formatFloat(double d, boolean json) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1;
        boolean plain = json ? Math.abs(d) >= 1e-6 && Math.abs(d) < 1e21 : exponent >= -4 && exponent < 6;
        if (plain) {
            return exact.toPlainString();
        }
        String digits = exact.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.valueOf(Math.abs(exponent));
        if (!json && exp.length() < 2) {
            exp = "0" + exp;
        }
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    /** Go's {@code json.Marshal}: compact, map keys sorted, {@code < > &} escaped as Go does. */
    static String toJson(Object v) {
        StringBuilder out = new StringBuilder();
        writeJson(v, out, null, "");
        return out.toString();
    }

    /** Go's {@code json.MarshalIndent(v, "", indent)}. */
    static String toJson(Object v, String indent) {
        StringBuilder out = new StringBuilder();
        writeJson(v, out, indent, "");
        return out.toString();
    }

    private static void writeJson(Object v, StringBuilder out, String indent, String prefix) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new IllegalArgumentException("json: unsupported value: " + formatFloat(d, false));
            }
            out.append(formatFloat(d, true));
        } else if (v instanceof Long || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof String s) {
            GoJson.quote(s, true, out);
        } else if (v instanceof List<?> list) {
            writeJsonItems(list.isEmpty(), out, "[", "]", indent, prefix, list.iterator(), null);
        } else if (v instanceof Map<?, ?> map) {
            Map<String, Object> m = sorted(map);
            writeJsonItems(m.isEmpty(), out, "{", "}", indent, prefix, m.values().iterator(), m.keySet().iterator());
        } else {
            throw new IllegalArgumentException("json: unsupported type: " + typeName(v));
        }
    }

    private static void writeJsonItems(boolean empty, StringBuilder out, String open, String close, String indent,
            String prefix, Iterator<?> values, Iterator<String> keys) {
        out.append(open);
        if (empty) {
            out.append(close);
            return;
        }
        String inner = indent == null ? prefix : prefix + indent;
        boolean first = true;
        while (values.hasNext()) {
            out.append(first ? "" : ",");
            first = false;
            if (indent != null) {
                out.append('\n').append(inner);
            }
            if (keys != null) {
                GoJson.quote(keys.next(), true, out);
                out.append(indent == null ? ":" : ": ");
            }
            writeJson(values.next(), out, indent, inner);
        }
        if (indent != null) {
            out.append('\n').append(prefix);
        }
        out.append(close);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sorted(Map<?, ?> map) {
        return new TreeMap<>((Map<String, Object>) map);
    }

    /** Go's {@code json.Unmarshal} into {@code any}: numbers become float64. */
    static Object fromJson(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("unexpected end of JSON input");
            }
            return fromNode(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
        }
    }

    private static Object fromNode(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(n -> out.add(fromNode(n)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), fromNode(e.getValue())));
        return out;
    }
}
