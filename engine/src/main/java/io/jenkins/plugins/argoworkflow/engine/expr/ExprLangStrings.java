package io.jenkins.plugins.argoworkflow.engine.expr;

/** String literals of expr-lang: Go escapes in {@code '...'} and {@code "..."}, none in raw {@code `...`}. */
final class ExprLangStrings {

    private ExprLangStrings() {
    }

    /** The offset just past the literal that starts at {@code start}. */
    static int end(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' && quote != '`' ? 2 : 1;
        }
        if (i >= text.length()) {
            throw new ExpressionException("unclosed string; end it with " + quote, text, start);
        }
        return i + 1;
    }

    /** The value of the literal that starts at {@code start}. */
    static String read(String text, int start) {
        int end = end(text, start);
        char quote = text.charAt(start);
        String body = text.substring(start + 1, end - 1);
        if (quote == '`') {
            return body;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            int at = start + 1 + i - 1;
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case '\\', '\'', '"' -> out.append(e);
                case 'x' -> {
                    out.append((char) hex(text, body, i + 1, 2, at));
                    i += 2;
                }
                case 'u' -> {
                    out.appendCodePoint(hex(text, body, i + 1, 4, at));
                    i += 4;
                }
                case 'U' -> {
                    out.appendCodePoint(hex(text, body, i + 1, 8, at));
                    i += 8;
                }
                default -> throw new ExpressionException("unknown escape '\\" + e + "' in a string; write \\\\ for a "
                        + "backslash", text, at);
            }
        }
        return out.toString();
    }

    private static int hex(String text, String body, int from, int digits, int at) {
        if (from + digits > body.length()) {
            throw new ExpressionException("an escape needs " + digits + " hex digits", text, at);
        }
        try {
            return Integer.parseInt(body.substring(from, from + digits), 16);
        } catch (NumberFormatException e) {
            throw new ExpressionException("an escape needs " + digits + " hex digits", text, at);
        }
    }
}
