package io.jenkins.plugins.argoworkflow.engine.expr;

import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.ArrayLiteral;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Binary;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Call;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Closure;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Conditional;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Ident;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Let;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Literal;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.MapLiteral;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Member;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Pointer;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Slice;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Unary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses expr-lang, the language of Argo's {@code {{= ...}}} tags, hook and retry expressions, into
 * {@link ExprNode}s: literals, identifiers, member ({@code a.b}, {@code a?.b}) and index access
 * ({@code a['b']}, slices), calls, array and map literals, closures with {@code #}, prefix
 * {@code ! not - +}, infix arithmetic, comparison, logic ({@code and or && ||}), {@code in}, {@code not in},
 * {@code matches contains startsWith endsWith}, {@code ..}, {@code ??}, the pipe {@code |}, ternary
 * {@code ? :} and {@code let}. Precedences are expr-lang's ({@code ??} binds tightest). Hand-written: no
 * Java library speaks expr-lang.
 */
final class ExprLangParser {

    private static final Map<String, Integer> BINARY = Map.ofEntries(
            Map.entry("||", 10), Map.entry("or", 10), Map.entry("&&", 15), Map.entry("and", 15), Map.entry("==", 20),
            Map.entry("!=", 20), Map.entry("<", 20), Map.entry(">", 20), Map.entry("<=", 20), Map.entry(">=", 20),
            Map.entry("in", 20), Map.entry("matches", 20), Map.entry("contains", 20), Map.entry("startsWith", 20),
            Map.entry("endsWith", 20), Map.entry("..", 25), Map.entry("+", 30), Map.entry("-", 30),
            Map.entry("*", 60), Map.entry("/", 60), Map.entry("%", 60), Map.entry("**", 100), Map.entry("^", 100),
            Map.entry("??", 500));
    private static final Map<String, String> CANONICAL = Map.of("or", "||", "and", "&&", "^", "**");
    private static final Set<String> ORDERING = Set.of("<", ">", "<=", ">=");
    private static final Set<String> NEGATABLE = Set.of("in", "matches", "contains", "startsWith", "endsWith");
    private static final int UNARY_NOT = 50;
    private static final int UNARY_SIGN = 90;

    private final String text;
    private final ExprLangLexer lexer;
    private int pos;
    private String token;
    private Object literal;
    private int tokenStart;
    private char tokenKind; // 'n' number, 's' string, 'i' identifier, 'o' operator, 'e' end

    private ExprLangParser(String text) {
        this.text = text;
        this.lexer = new ExprLangLexer(text);
    }

    /** The tree of {@code text}; throws when it is not an expr-lang expression. */
    static ExprNode parse(String text) {
        ExprLangParser p = new ExprLangParser(text);
        p.next();
        if (p.tokenKind == 'e') {
            throw p.error("the expression is empty; write a value such as inputs.parameters.x", 0);
        }
        ExprNode node = p.pipeline();
        if (p.tokenKind != 'e') {
            throw p.unexpected();
        }
        return node;
    }

    private ExpressionException error(String problem, int at) {
        return new ExpressionException(problem, text, at);
    }

    /** Pipes are the loosest binding: {@code a + b | f()} is {@code f(a + b)}. */
    private ExprNode pipeline() {
        ExprNode node = conditional();
        while (is("|")) {
            int at = tokenStart;
            next();
            ExprNode callee = postfixWithoutCall(primary());
            List<ExprNode> args = new ArrayList<>();
            args.add(node);
            if (is("(")) {
                next();
                args.addAll(list(")"));
            }
            node = postfix(new Call(callee, List.copyOf(args), at));
        }
        return node;
    }

    private ExprNode conditional() {
        ExprNode node = binary(0);
        if (is("?")) {
            int at = tokenStart;
            next();
            ExprNode then = conditional();
            expect(":");
            node = new Conditional(node, then, conditional(), at);
        }
        return node;
    }

    private ExprNode binary(int minPrecedence) {
        ExprNode left = unary();
        String previous = null;
        while (true) {
            int at = tokenStart;
            boolean negated = false;
            String op = binaryOperator();
            if (op == null && tokenKind == 'i' && token.equals("not")) {
                String after = peekWord();
                if (NEGATABLE.contains(after)) {
                    op = after;
                    negated = true;
                }
            }
            if (op == null || BINARY.get(op) < minPrecedence) {
                return left;
            }
            if ("??".equals(previous) && !op.equals("??")) {
                throw error("operator " + op + " and coalesce expressions (??) cannot be mixed; wrap either in "
                        + "parentheses, e.g. (a ?? 1) + 2", at);
            }
            previous = op;
            int precedence = BINARY.get(op);
            if (negated) {
                next();
            }
            next();
            if (ORDERING.contains(op)) {
                left = comparison(left, op, at, precedence);
                continue;
            }
            boolean rightAssociative = op.equals("**") || op.equals("^");
            ExprNode right = binary(rightAssociative ? precedence : precedence + 1);
            ExprNode node = new Binary(CANONICAL.getOrDefault(op, op), left, right, at);
            left = negated ? new Unary("!", node, at) : node;
        }
    }

    /** expr-lang chains orderings: {@code 1 < x < 10} is {@code 1 < x && x < 10}. */
    private ExprNode comparison(ExprNode left, String op, int at, int precedence) {
        ExprNode root = null;
        while (true) {
            ExprNode right = binary(precedence + 1);
            ExprNode node = new Binary(op, left, right, at);
            root = root == null ? node : new Binary("&&", root, node, at);
            if (tokenKind != 'o' || !ORDERING.contains(token)) {
                return root;
            }
            left = right;
            op = token;
            at = tokenStart;
            next();
        }
    }

    private String binaryOperator() {
        if ((tokenKind == 'o' || tokenKind == 'i') && BINARY.containsKey(token)) {
            return token;
        }
        return null;
    }

    private String peekWord() {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    private ExprNode unary() {
        int at = tokenStart;
        if (is("!") || (tokenKind == 'i' && token.equals("not"))) {
            next();
            return new Unary("!", binary(UNARY_NOT), at);
        }
        if (is("-") || is("+")) {
            String op = token;
            next();
            return new Unary(op, binary(UNARY_SIGN), at);
        }
        return postfix(primary());
    }

    private ExprNode primary() {
        int at = tokenStart;
        switch (tokenKind) {
            case 'n', 's' -> {
                Object value = literal;
                next();
                return new Literal(value, at);
            }
            case 'i' -> {
                return identifierPrimary(at);
            }
            case 'o' -> {
                return operatorPrimary(at);
            }
            default -> throw error("the expression ends where a value is expected", tokenStart);
        }
    }

    private ExprNode identifierPrimary(int at) {
        String name = token;
        next();
        switch (name) {
            case "true", "false" -> {
                return new Literal(Boolean.valueOf(name), at);
            }
            case "nil" -> {
                return new Literal(null, at);
            }
            case "let" -> {
                String variable = identifier();
                expect("=");
                ExprNode value = pipeline();
                expect(";");
                return new Let(variable, value, pipeline(), at);
            }
            default -> {
                return new Ident(name, at);
            }
        }
    }

    private ExprNode operatorPrimary(int at) {
        switch (token) {
            case "(" -> {
                next();
                ExprNode inner = pipeline();
                expect(")");
                return inner;
            }
            case "[" -> {
                next();
                return new ArrayLiteral(List.copyOf(list("]")), at);
            }
            case "{" -> {
                next();
                return braces(at);
            }
            case "#" -> {
                int afterHash = pos;
                next();
                if (tokenKind == 'i' && tokenStart == afterHash) {
                    String name = token;
                    next();
                    return new Pointer(name, at);
                }
                return new Pointer("", at);
            }
            case "." -> {
                next(); // the member shorthand of a closure's element: .Name is #.Name
                int keyAt = tokenStart;
                String name = identifier();
                return new Member(new Pointer("", at), new Literal(name, keyAt), false, at);
            }
            default -> throw unexpected();
        }
    }

    /** A map literal {@code {k: v}} or a closure {@code {# > 1}}. */
    private ExprNode braces(int at) {
        if (is("}")) {
            next();
            return new MapLiteral(List.of(), List.of(), at);
        }
        if ((tokenKind == 'i' || tokenKind == 's' || tokenKind == 'n') && nextIsColon()) {
            List<String> keys = new ArrayList<>();
            List<ExprNode> values = new ArrayList<>();
            while (true) {
                keys.add(tokenKind == 'i' ? token : Values.goString(literal));
                next();
                expect(":");
                values.add(pipeline());
                if (!is(",")) {
                    break;
                }
                next();
                if (is("}")) {
                    break;
                }
                if (tokenKind != 'i' && tokenKind != 's' && tokenKind != 'n') {
                    throw error("expected a map key, found " + describe(), tokenStart);
                }
            }
            expect("}");
            return new MapLiteral(List.copyOf(keys), List.copyOf(values), at);
        }
        ExprNode body = pipeline();
        expect("}");
        return new Closure(body, at);
    }

    private boolean nextIsColon() {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }

    private List<ExprNode> list(String close) {
        List<ExprNode> items = new ArrayList<>();
        if (is(close)) {
            next();
            return items;
        }
        items.add(pipeline());
        while (is(",")) {
            next();
            if (is(close)) {
                break;
            }
            items.add(pipeline());
        }
        expect(close);
        return items;
    }

    private ExprNode postfix(ExprNode node) {
        while (true) {
            int at = tokenStart;
            if (is("(")) {
                next();
                node = new Call(node, List.copyOf(list(")")), at);
            } else {
                ExprNode next = access(node);
                if (next == null) {
                    return node;
                }
                node = next;
            }
        }
    }

    private ExprNode postfixWithoutCall(ExprNode node) {
        ExprNode next;
        while ((next = access(node)) != null) {
            node = next;
        }
        return node;
    }

    /** One {@code .name}, {@code ?.name}, {@code [key]} or {@code [from:to]} after {@code node}, or null. */
    private ExprNode access(ExprNode node) {
        int at = tokenStart;
        if (is(".") || is("?.")) {
            boolean optional = is("?.");
            next();
            if (is("[")) {
                next();
                return index(node, optional, at);
            }
            int keyAt = tokenStart;
            return new Member(node, new Literal(identifier(), keyAt), optional, at);
        }
        if (is("[")) {
            next();
            return index(node, false, at);
        }
        return null;
    }

    private ExprNode index(ExprNode node, boolean optional, int at) {
        if (is(":")) {
            next();
            ExprNode to = is("]") ? null : pipeline();
            expect("]");
            return new Slice(node, null, to, at);
        }
        ExprNode key = pipeline();
        if (is(":")) {
            next();
            ExprNode to = is("]") ? null : pipeline();
            expect("]");
            return new Slice(node, key, to, at);
        }
        expect("]");
        return new Member(node, key, optional, at);
    }

    private String identifier() {
        if (tokenKind != 'i') {
            throw error("expected a name, found " + describe(), tokenStart);
        }
        String name = token;
        next();
        return name;
    }

    private void expect(String symbol) {
        if (!is(symbol)) {
            throw error("expected '" + symbol + "', found " + describe(), tokenStart);
        }
        next();
    }

    private boolean is(String symbol) {
        return tokenKind == 'o' && token.equals(symbol);
    }

    private ExpressionException unexpected() {
        return error("unexpected " + describe(), tokenStart);
    }

    private String describe() {
        return tokenKind == 'e' ? "the end of the expression" : "'" + token + "'";
    }

    private void next() {
        ExprLangLexer.Token t = lexer.next();
        token = t.text();
        tokenKind = t.kind();
        tokenStart = t.start();
        literal = t.literal();
        pos = t.end();
    }
}
