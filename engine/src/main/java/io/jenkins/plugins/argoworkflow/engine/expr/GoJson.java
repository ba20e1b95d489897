package io.jenkins.plugins.argoworkflow.engine.expr;

/**
 * JSON strings as Go's {@code encoding/json} writes them (Go 1.22 and later, as Argo v4 is built): {@code \n \r
 * \t \b \f} by name, other control characters and U+2028/U+2029 as {@code \\u00XX}; with {@code escapeHtml}
 * also {@code < > &} as Marshal does by default. Argo sometimes undoes that last step ({@code jsonutil.Fix}).
 */
public final class GoJson {

    private GoJson() {
    }

    public static void quote(String s, boolean escapeHtml, StringBuilder out) {
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
                default -> {
                    boolean html = escapeHtml && (c == '<' || c == '>' || c == '&');
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || html) {
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
