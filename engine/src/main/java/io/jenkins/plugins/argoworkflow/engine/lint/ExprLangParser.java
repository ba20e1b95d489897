package io.jenkins.plugins.argoworkflow.engine.lint;

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
final class ExprLangParser {

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
    static void parse(String text) throws ExpressionSyntaxError {
        ExprLangParser p = new ExprLangParser(text);
        p.next();
        if (p.tokenKind == 'e') {
            throw new ExpressionSyntaxError("the expression is empty", 0);
        }
        p.expression(0);
        if (p.tokenKind != 'e') {
            throw p.unexpected();
        }
    }

    private void expression(int minPrecedence) throws ExpressionSyntaxError {
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

    private void unary() throws ExpressionSyntaxError {
        if (is("!") || is("-") || is("+") || (tokenKind == 'i' && token.equals("not"))) {
            next();
            unary();
            return;
        }
        primary();
        postfix();
    }

    private void primary() throws ExpressionSyntaxError {
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
            default -> throw new ExpressionSyntaxError("the expression ends where a value is expected", tokenStart);
        }
    }

    private void operatorPrimary() throws ExpressionSyntaxError {
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
    private void braces() throws ExpressionSyntaxError {
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

    private void list(String close) throws ExpressionSyntaxError {
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

    private void postfix() throws ExpressionSyntaxError {
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

    private void identifier() throws ExpressionSyntaxError {
        if (tokenKind != 'i') {
            throw new ExpressionSyntaxError("expected a name, found " + describe(), tokenStart);
        }
        next();
    }

    private void expect(String symbol) throws ExpressionSyntaxError {
        if (!is(symbol)) {
            throw new ExpressionSyntaxError("expected '" + symbol + "', found " + describe(), tokenStart);
        }
        next();
    }

    private boolean is(String symbol) {
        return tokenKind == 'o' && token.equals(symbol);
    }

    private ExpressionSyntaxError unexpected() {
        return new ExpressionSyntaxError("unexpected " + describe(), tokenStart);
    }

    private String describe() {
        return tokenKind == 'e' ? "the end of the expression" : "'" + token + "'";
    }

    private void next() throws ExpressionSyntaxError {
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

    private void string(char quote) throws ExpressionSyntaxError {
        int start = pos++;
        while (pos < text.length() && text.charAt(pos) != quote) {
            pos += text.charAt(pos) == '\\' && quote != '`' ? 2 : 1;
        }
        if (pos >= text.length()) {
            throw new ExpressionSyntaxError("unclosed string", start);
        }
        pos++;
        tokenKind = 's';
    }

    private void operator() throws ExpressionSyntaxError {
        for (int len = 2; len >= 1; len--) {
            if (pos + len <= text.length() && SYMBOLS.contains(text.substring(pos, pos + len))) {
                pos += len;
                tokenKind = 'o';
                return;
            }
        }
        throw new ExpressionSyntaxError("unexpected character '" + text.charAt(pos) + "'", pos);
    }
}
