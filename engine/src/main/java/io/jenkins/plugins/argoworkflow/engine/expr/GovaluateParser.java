package io.jenkins.plugins.argoworkflow.engine.expr;

import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateLexer.Kind;
import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateLexer.Token;
import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateNode.Accessor;
import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateNode.Group;
import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateNode.Infix;
import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateNode.Literal;
import io.jenkins.plugins.argoworkflow.engine.expr.GovaluateNode.Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses govaluate, the language of Argo's {@code when}, into {@link GovaluateNode}s with govaluate's precedences,
 * loosest first: {@code ,}, {@code ? : ??}, {@code ||}, {@code &&}, comparators (with {@code =~ !~ in}),
 * {@code & | ^}, {@code << >>}, {@code + -}, {@code * / %}, {@code **}, prefix {@code - ! ~}. Operators of one
 * level associate to the left. Hand-written: no Java library speaks govaluate.
 */
final class GovaluateParser {

    private static final List<Set<String>> LEVELS = List.of(Set.of("?", ":", "??"), Set.of("||"), Set.of("&&"),
            Set.of("==", "!=", ">", ">=", "<", "<=", "=~", "!~", "in"), Set.of("&", "|", "^"), Set.of("<<", ">>"),
            Set.of("+", "-"), Set.of("*", "/", "%"), Set.of("**"));

    private final String text;
    private final List<Token> tokens;
    private int next;

    private GovaluateParser(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** The tree of {@code text}; throws {@link ExpressionException} when govaluate would refuse it. */
    static GovaluateNode parse(String text) {
        List<Token> tokens = GovaluateLexer.tokens(text);
        checkBalance(text, tokens);
        GovaluateParser p = new GovaluateParser(text, tokens);
        GovaluateNode node = p.separated();
        if (p.next < tokens.size()) {
            Token t = tokens.get(p.next);
            throw new ExpressionException("unexpected '" + t.text() + "'", text, t.pos());
        }
        return node;
    }

    private static void checkBalance(String text, List<Token> tokens) {
        int depth = 0;
        int lastOpen = -1;
        for (Token t : tokens) {
            if (t.kind() == Kind.CLAUSE) {
                depth++;
                lastOpen = t.pos();
            } else if (t.kind() == Kind.CLAUSE_CLOSE && --depth < 0) {
                throw new ExpressionException("Unbalanced parenthesis: this ')' closes nothing", text, t.pos());
            }
        }
        if (depth > 0) {
            throw new ExpressionException("Unbalanced parenthesis: a '(' is not closed", text, lastOpen);
        }
    }

    private GovaluateNode separated() {
        int at = peekPos();
        GovaluateNode first = level(0);
        if (!peek(Kind.SEPARATOR)) {
            return first;
        }
        List<GovaluateNode> items = new ArrayList<>();
        items.add(first);
        while (peek(Kind.SEPARATOR)) {
            next++;
            items.add(level(0));
        }
        return new Group(List.copyOf(items), at);
    }

    private GovaluateNode level(int i) {
        if (i == LEVELS.size()) {
            return prefix();
        }
        GovaluateNode left = level(i + 1);
        while (next < tokens.size() && isOperator(tokens.get(next)) && LEVELS.get(i).contains(value(tokens.get(next)))) {
            Token op = tokens.get(next++);
            left = new Infix(value(op), left, level(i + 1), op.pos());
        }
        return left;
    }

    private static boolean isOperator(Token t) {
        return t.kind() == Kind.MODIFIER || t.kind() == Kind.COMPARATOR || t.kind() == Kind.LOGICALOP
                || t.kind() == Kind.TERNARY;
    }

    private static String value(Token t) {
        return String.valueOf(t.value());
    }

    private GovaluateNode prefix() {
        if (peek(Kind.PREFIX)) {
            Token op = tokens.get(next++);
            return new Prefix(op.text(), prefix(), op.pos());
        }
        return operand();
    }

    private GovaluateNode operand() {
        if (next >= tokens.size()) {
            throw new ExpressionException("the expression ends where a value is expected", text, text.length());
        }
        Token t = tokens.get(next++);
        switch (t.kind()) {
            case NUMERIC, BOOLEAN, STRING, TIME, VARIABLE -> {
                return new Literal(t.value(), t.pos());
            }
            case ACCESSOR -> {
                return new Accessor(t.text(), t.pos());
            }
            case CLAUSE -> {
                if (peek(Kind.CLAUSE_CLOSE)) {
                    next++;
                    return new Group(List.of(), t.pos());
                }
                GovaluateNode inner = separated();
                if (!peek(Kind.CLAUSE_CLOSE)) {
                    throw new ExpressionException("expected ')' to close the '(' at character " + (t.pos() + 1), text,
                            peekPos());
                }
                next++;
                return inner;
            }
            default -> throw new ExpressionException("unexpected '" + t.text() + "' where a value is expected", text,
                    t.pos());
        }
    }

    private boolean peek(Kind kind) {
        return next < tokens.size() && tokens.get(next).kind() == kind;
    }

    private int peekPos() {
        return next < tokens.size() ? tokens.get(next).pos() : text.length();
    }
}
