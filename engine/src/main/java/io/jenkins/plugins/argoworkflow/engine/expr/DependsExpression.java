package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A DAG task's {@code depends}: task names, optionally with a result ({@code a.Succeeded}), joined by
 * {@code && || !} and parentheses. Parsed by hand because it is Argo's own small language.
 */
public final class DependsExpression {

    public static final Set<String> RESULTS = Set.of("Succeeded", "Failed", "Errored", "Skipped", "Omitted", "Daemoned");
    public static final Set<String> ITEM_RESULTS = Set.of("AnySucceeded", "AllFailed");

    /** One operand: a task and the result it is tested for (null means Argo's default, "completed"). */
    public record Operand(String task, String result, int column) {
        public boolean itemsBased() {
            return result != null && ITEM_RESULTS.contains(result);
        }
    }

    private final String text;
    private int pos;
    private final List<Operand> operands = new ArrayList<>();

    private DependsExpression(String text) {
        this.text = text;
    }

    /** The operands of {@code text}, in order. */
    public static List<Operand> parse(String text) throws ExpressionException {
        DependsExpression p = new DependsExpression(text);
        p.skipSpace();
        if (p.pos == text.length()) {
            return List.of();
        }
        p.or();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new ExpressionException("unexpected '" + text.charAt(p.pos) + "'", text, p.pos);
        }
        return p.operands;
    }

    private void or() throws ExpressionException {
        and();
        while (accept("||")) {
            and();
        }
    }

    private void and() throws ExpressionException {
        unary();
        while (accept("&&")) {
            unary();
        }
    }

    private void unary() throws ExpressionException {
        if (accept("!")) {
            unary();
            return;
        }
        if (accept("(")) {
            or();
            if (!accept(")")) {
                throw new ExpressionException("missing ')'", text, pos);
            }
            return;
        }
        operand();
    }

    private void operand() throws ExpressionException {
        skipSpace();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '-')) {
            pos++;
        }
        if (start == pos) {
            throw new ExpressionException(pos < text.length() ? "expected a task name, found '" + text.charAt(pos) + "'"
                    : "expected a task name at the end", text, pos);
        }
        String task = text.substring(start, pos);
        String result = null;
        if (pos < text.length() && text.charAt(pos) == '.') {
            int rs = ++pos;
            while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                pos++;
            }
            result = text.substring(rs, pos);
            if (!RESULTS.contains(result) && !ITEM_RESULTS.contains(result)) {
                throw new ExpressionException("'" + task + "." + result + "': the result must be one of Succeeded, Failed, "
                        + "Errored, Skipped, Omitted, Daemoned, AnySucceeded, AllFailed", text, rs);
            }
        }
        operands.add(new Operand(task, result, start));
    }

    private boolean accept(String token) {
        skipSpace();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
