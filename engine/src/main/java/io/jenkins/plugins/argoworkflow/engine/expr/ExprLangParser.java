package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.Map;
import java.util.Set;

/**
 * Checks the syntax of an expr-lang expression, the language of Argo's {@code {{= ...}}} tags, hook and
 * retry expressions: literals, identifiers, member ({@code a.b}, {@code a?.b}) and index access
 * ({@code a['b']}, slices), calls, array and map literals, closures with {@code #}, prefix
 * {@code ! not - +}, infix arithmetic, comparison, logic ({@code and or && ||}), {@code in}, {@code not in},
 * {@code matches contains startsWith endsWith}, {@code ..}, {@code ??}, the pipe {@code |}, ternary
 * {@code ? :} and {@code let}. Hand-written: no Java library speaks expr-lang.
 */
public final class ExprLangParser {

    private static final Map<String, Integer> BINARY = Map.ofEntries(
            Map.entry("|", 0), Map.entry("??", 1), Map.entry("||", 2), Map.entry("or", 2), Map.entry("&&", 3),
            Map.entry("and", 3), Map.entry("==", 4), Map.entry("!=", 4), Map.entry("<", 4), Map.entry(">", 4),
            Map.entry("<=", 4), Map.entry(">=", 4), Map.entry("in", 4), Map.entry("not in", 4),
            Map.entry("matches", 4), Map.entry("contains", 4), Map.entry("startsWith", 4), Map.entry("endsWith", 4),
            Map.entry("..", 5), Map.entry("+", 6), Map.entry("-", 6), Map.entry("*", 7), Map.entry("/", 7),
            Map.entry("%", 7), Map.entry("**", 8), Map.entry("^", 8));
    private static final Set<String> SYMBOLS = Set.of("??", "||", "&&", "==", "!=", "<=", ">=", "..", "**", "?.",
            "|", "<", ">", "+", "-", "*", "/", "%", "^", "!", "?", ":", ".", ",", "(", ")", "[", "]", "{", "}", "#",
            ";", "=");

    private final String text;
    private int pos;
    private String token;
    private int tokenStart;
    private char tokenKind; // 'n' number, 's' string, 'i' identifier, 'o' operator, 'e' end

    private ExprLangParser(String text) {
        this.text = text;
    }

    /** Throws when {@code text} is not an expr-lang expression. */
    public static void parse(String text) throws ExpressionException {
        ExprLangParser p = new ExprLangParser(text);
        p.next();
        if (p.tokenKind == 'e') {
            throw new ExpressionException("the expression is empty", text, 0);
        }
        p.expression(0);
        if (p.tokenKind != 'e') {
            throw p.unexpected();
        }
    }

    private void expression(int minPrecedence) throws ExpressionException {
        unary();
        while (true) {
            String op = binaryOperator();
            if (op != null && BINARY.get(op) >= minPrecedence) {
                int precedence = BINARY.get(op);
                if (op.equals("not in")) {
                    next();
                }
                next();
                expression(op.equals("**") || op.equals("^") ? precedence : precedence + 1);
            } else if (is("?") && minPrecedence == 0) {
                next();
                expression(0);
                expect(":");
                expression(0);
            } else {
                return;
            }
        }
    }

    private String binaryOperator() {
        if (tokenKind == 'o' && BINARY.containsKey(token)) {
            return token;
        }
        if (tokenKind == 'i') {
            if (token.equals("not") && text.substring(pos).stripLeading().startsWith("in")) {
                return "not in";
            }
            if (BINARY.containsKey(token)) {
                return token;
            }
        }
        return null;
    }

    private void unary() throws ExpressionException {
        if (is("!") || is("-") || is("+") || (tokenKind == 'i' && token.equals("not"))) {
            next();
            unary();
            return;
        }
        primary();
        postfix();
    }

    private void primary() throws ExpressionException {
        switch (tokenKind) {
            case 'n', 's' -> next();
            case 'i' -> {
                if (token.equals("let")) {
                    next();
                    identifier();
                    expect("=");
                    expression(0);
                    expect(";");
                    expression(0);
                    return;
                }
                next();
            }
            case 'o' -> operatorPrimary();
            default -> throw new ExpressionException("the expression ends where a value is expected", text, tokenStart);
        }
    }

    private void operatorPrimary() throws ExpressionException {
        switch (token) {
            case "(" -> {
                next();
                expression(0);
                expect(")");
            }
            case "[" -> {
                next();
                list("]");
            }
            case "{" -> {
                next();
                braces();
            }
            case "#" -> {
                int afterHash = pos;
                next();
                if (tokenKind == 'i' && tokenStart == afterHash) {
                    next(); // #index, #acc
                }
            }
            case "." -> {
                next(); // member shorthand of the closure's element: .Name
                identifier();
            }
            default -> throw unexpected();
        }
    }

    /** A map literal {@code {k: v}} or a closure {@code {# > 1}}. */
    private void braces() throws ExpressionException {
        if (is("}")) {
            next();
            return;
        }
        int save = pos;
        String saveToken = token;
        char saveKind = tokenKind;
        int saveStart = tokenStart;
        if (tokenKind == 'i' || tokenKind == 's' || tokenKind == 'n') {
            next();
            if (is(":")) {
                pos = save;
                token = saveToken;
                tokenKind = saveKind;
                tokenStart = saveStart;
                while (true) {
                    next(); // past the key
                    expect(":");
                    expression(0);
                    if (!is(",")) {
                        break;
                    }
                    next();
                    if (is("}")) {
                        break;
                    }
                }
                expect("}");
                return;
            }
            pos = save;
            token = saveToken;
            tokenKind = saveKind;
            tokenStart = saveStart;
        }
        expression(0);
        expect("}");
    }

    private void list(String close) throws ExpressionException {
        if (is(close)) {
            next();
            return;
        }
        expression(0);
        while (is(",")) {
            next();
            if (is(close)) {
                break;
            }
            expression(0);
        }
        expect(close);
    }

    private void postfix() throws ExpressionException {
        while (true) {
            if (is(".") || is("?.")) {
                next();
                if (is("[")) {
                    continue;
                }
                identifier();
            } else if (is("[")) {
                next();
                if (is(":")) {
                    next();
                    if (!is("]")) {
                        expression(0);
                    }
                } else {
                    expression(1);
                    if (is(":")) {
                        next();
                        if (!is("]")) {
                            expression(0);
                        }
                    }
                }
                expect("]");
            } else if (is("(")) {
                next();
                list(")");
            } else {
                return;
            }
        }
    }

    private void identifier() throws ExpressionException {
        if (tokenKind != 'i') {
            throw new ExpressionException("expected a name, found " + describe(), text, tokenStart);
        }
        next();
    }

    private void expect(String symbol) throws ExpressionException {
        if (!is(symbol)) {
            throw new ExpressionException("expected '" + symbol + "', found " + describe(), text, tokenStart);
        }
        next();
    }

    private boolean is(String symbol) {
        return tokenKind == 'o' && token.equals(symbol);
    }

    private ExpressionException unexpected() {
        return new ExpressionException("unexpected " + describe(), text, tokenStart);
    }

    private String describe() {
        return tokenKind == 'e' ? "the end of the expression" : "'" + token + "'";
    }

    private void next() throws ExpressionException {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        tokenStart = pos;
        if (pos >= text.length()) {
            tokenKind = 'e';
            token = "";
            return;
        }
        char c = text.charAt(pos);
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))
                && (pos == 0 || text.charAt(pos - 1) != '.'))) {
            number();
        } else if (c == '"' || c == '\'' || c == '`') {
            string(c);
        } else if (Character.isLetter(c) || c == '_' || c == '$') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || text.charAt(pos) == '$')) {
                pos++;
            }
            tokenKind = 'i';
        } else {
            operator();
        }
        token = text.substring(tokenStart, pos);
    }

    private void number() {
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || (text.charAt(pos) == '.' && !text.startsWith("..", pos)))) {
            char c = text.charAt(pos);
            pos++;
            if ((c == 'e' || c == 'E') && pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
        }
        tokenKind = 'n';
    }

    private void string(char quote) throws ExpressionException {
        int start = pos++;
        while (pos < text.length() && text.charAt(pos) != quote) {
            pos += text.charAt(pos) == '\\' && quote != '`' ? 2 : 1;
        }
        if (pos >= text.length()) {
            throw new ExpressionException("unclosed string", text, start);
        }
        pos++;
        tokenKind = 's';
    }

    private void operator() throws ExpressionException {
        for (int len = 2; len >= 1; len--) {
            if (pos + len <= text.length() && SYMBOLS.contains(text.substring(pos, pos + len))) {
                pos += len;
                tokenKind = 'o';
                return;
            }
        }
        throw new ExpressionException("unexpected character '" + text.charAt(pos) + "'", text, pos);
    }
}
