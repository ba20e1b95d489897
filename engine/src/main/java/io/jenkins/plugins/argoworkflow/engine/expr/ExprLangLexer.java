package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.Set;

/** expr-lang's tokens: numbers, strings, names, operators; comments and whitespace are skipped. */
final class ExprLangLexer {

    /**
     * One token: {@code kind} is 'n' number, 's' string, 'i' name, 'o' operator or 'e' the end; {@code literal}
     * is the value of a number or string.
     */
    record Token(char kind, String text, Object literal, int start, int end) {
    }

    private static final Set<String> SYMBOLS = Set.of("??", "||", "&&", "==", "!=", "<=", ">=", "..", "**", "?.",
            "|", "<", ">", "+", "-", "*", "/", "%", "^", "!", "?", ":", ".", ",", "(", ")", "[", "]", "{", "}", "#",
            ";", "=");

    private final String text;
    private int pos;
    private int tokenStart;
    private char tokenKind;
    private Object literal;

    ExprLangLexer(String text) {
        this.text = text;
    }

    private ExpressionException error(String problem, int at) {
        return new ExpressionException(problem, text, at);
    }

    Token next() {
        skipSpaceAndComments();
        tokenStart = pos;
        literal = null;
        if (pos >= text.length()) {
            return new Token('e', "", null, pos, pos);
        }
        char c = text.charAt(pos);
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))
                && (pos == 0 || text.charAt(pos - 1) != '.'))) {
            number();
        } else if (c == '"' || c == '\'' || c == '`') {
            literal = ExprLangStrings.read(text, pos);
            pos = ExprLangStrings.end(text, pos);
            tokenKind = 's';
        } else if (Character.isLetter(c) || c == '_' || c == '$') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || text.charAt(pos) == '$')) {
                pos++;
            }
            tokenKind = 'i';
        } else {
            operator();
        }
        return new Token(tokenKind, text.substring(tokenStart, pos), literal, tokenStart, pos);
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            if (Character.isWhitespace(text.charAt(pos))) {
                pos++;
            } else if (text.startsWith("//", pos)) {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw error("unclosed comment; end it with */", pos);
                }
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private void number() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || (text.charAt(pos) == '.' && !text.startsWith("..", pos)))) {
            char c = text.charAt(pos);
            pos++;
            if ((c == 'e' || c == 'E') && pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')
                    && !text.startsWith("0x", start) && !text.startsWith("0X", start)) {
                pos++;
            }
        }
        tokenKind = 'n';
        String s = text.substring(start, pos).replace("_", "");
        try {
            literal = Values.parseNumberLiteral(s);
        } catch (NumberFormatException e) {
            throw error("'" + text.substring(start, pos) + "' is not a number", start);
        }
    }

    private void operator() {
        for (int len = 2; len >= 1; len--) {
            if (pos + len <= text.length() && SYMBOLS.contains(text.substring(pos, pos + len))) {
                pos += len;
                tokenKind = 'o';
                return;
            }
        }
        throw error("unexpected character '" + text.charAt(pos) + "'", pos);
    }
}
