package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.List;

/**
 * Checks the syntax of a govaluate expression, the language of Argo's {@code when}: numbers, quoted
 * strings, bare words (variables), {@code true}/{@code false}, prefix {@code ! - ~}, infix comparison,
 * logic, arithmetic, bitwise, regex ({@code =~ !~}), {@code ??}, {@code ? :}, {@code in}, and
 * parenthesised (comma-separated) groups. Hand-written: no Java library speaks govaluate.
 */
public final class GovaluateParser {

    /** Longest first, so that "<=" wins over "<". */
    private static final List<String> INFIX = List.of("**", "==", "!=", ">=", "<=", "=~", "!~", "&&", "||", "??",
            "<<", ">>", ">", "<", "+", "-", "*", "/", "%", "&", "|", "^", "?", ":");

    private final String text;
    private int pos;

    private GovaluateParser(String text) {
        this.text = text;
    }

    /** Throws when {@code text} is not a govaluate expression. */
    public static void parse(String text) throws ExpressionException {
        GovaluateParser p = new GovaluateParser(text);
        p.expression();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new ExpressionException("unexpected '" + text.charAt(p.pos) + "'", text, p.pos);
        }
    }

    private void expression() throws ExpressionException {
        operand();
        while (true) {
            skipSpace();
            String op = infix();
            if (op == null) {
                return;
            }
            pos += op.length();
            operand();
        }
    }

    private String infix() {
        if (text.startsWith("in", pos) && !wordChar(pos + 2) && (pos == 0 || !wordChar(pos - 1))) {
            return "in";
        }
        for (String op : INFIX) {
            if (text.startsWith(op, pos)) {
                return op;
            }
        }
        return null;
    }

    private void operand() throws ExpressionException {
        skipSpace();
        if (pos >= text.length()) {
            throw new ExpressionException("the expression ends where a value is expected", text, pos);
        }
        char c = text.charAt(pos);
        if (c == '!' || c == '-' || c == '~') {
            pos++;
            operand();
        } else if (c == '(') {
            int open = pos++;
            expression();
            skipSpace();
            while (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                expression();
                skipSpace();
            }
            if (pos >= text.length() || text.charAt(pos) != ')') {
                throw new ExpressionException("the '(' at character " + (open + 1) + " is not closed", text, pos);
            }
            pos++;
        } else if (c == '\'' || c == '"') {
            int end = text.indexOf(c, pos + 1);
            if (end < 0) {
                throw new ExpressionException("unclosed string", text, pos);
            }
            pos = end + 1;
        } else if (c == '[') {
            int end = text.indexOf(']', pos);
            if (end < 0) {
                throw new ExpressionException("unclosed '['", text, pos);
            }
            pos = end + 1;
        } else if (Character.isDigit(c) || c == '.' || Character.isLetter(c) || c == '_' || c == '$') {
            while (pos < text.length() && (wordChar(pos) || text.charAt(pos) == '.')) {
                pos++;
            }
        } else {
            throw new ExpressionException("unexpected '" + c + "' where a value is expected", text, pos);
        }
    }

    private boolean wordChar(int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
