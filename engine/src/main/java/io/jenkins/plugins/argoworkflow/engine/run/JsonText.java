package io.jenkins.plugins.argoworkflow.engine.run;

import java.util.Map;

/** Writes {@link JsonValue}s as compact JSON with Go's string escaping. */
final class JsonText {

    private JsonText() {
    }

    static void write(JsonValue value, StringBuilder out) {
        if (value instanceof JsonValue.JString s) {
            quote(s.value(), out);
        } else if (value instanceof JsonValue.JNumber n) {
            out.append(n.text());
        } else if (value instanceof JsonValue.JBool b) {
            out.append(b.value());
        } else if (value instanceof JsonValue.JNull) {
            out.append("null");
        } else if (value instanceof JsonValue.JArray a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(a.items().get(i), out);
            }
            out.append(']');
        } else {
            JsonValue.JObject o = (JsonValue.JObject) value;
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : o.fields().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        }
    }

    /** A JSON string as Go's encoder writes it (\n \r \t \b \f, \\u00XX for other controls, \\u2028/9). */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
