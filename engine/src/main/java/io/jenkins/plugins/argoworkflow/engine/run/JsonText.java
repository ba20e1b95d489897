package io.jenkins.plugins.argoworkflow.engine.run;

import io.jenkins.plugins.argoworkflow.engine.expr.GoJson;
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

    /** A JSON string as Go's encoder writes it, with {@code <>&} left as they are (Argo's jsonutil.Fix). */
    static void quote(String s, StringBuilder out) {
        GoJson.quote(s, false, out);
    }
}
