package io.jenkins.plugins.argoworkflow.engine.expr;

/**
 * An expression or template text that does not parse or cannot be evaluated: what is wrong ({@link #problem()}),
 * the text it is about ({@link #expression()}) and where in it ({@link #position()}, 0-based, -1 when the problem
 * is not at one place). The one exception of the {@code expr} package.
 */
public final class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String expression;
    private final int position;
    private final String missingVariable;

    public ExpressionException(String problem, String expression, int position) {
        this(problem, expression, position, null);
    }

    private ExpressionException(String problem, String expression, int position, String missingVariable) {
        super(message(problem, expression, position));
        this.problem = problem;
        this.expression = expression;
        this.position = position;
        this.missingVariable = missingVariable;
    }

    /**
     * An expression that names a variable the environment does not hold. Substitution keeps such a tag as
     * written when unresolved tags are allowed, so that a later pass (loop items, retries) can resolve it.
     */
    static ExpressionException missing(String name, String expression, int position) {
        return missing("unknown name '" + name + "'; check the variable's name, or index names with '-' as "
                + "steps['my-step']", name, expression, position);
    }

    /** A missing variable, with the message the caller chose. */
    static ExpressionException missing(String problem, String name, String expression, int position) {
        return new ExpressionException(problem, expression, position, name);
    }

    /** The same problem, about an enclosing text with the position shifted by {@code offset}. */
    ExpressionException within(String text, int offset) {
        return new ExpressionException(problem, text, position < 0 ? -1 : position + offset, missingVariable);
    }

    /** What is wrong and what to do, without the position. */
    public String problem() {
        return problem;
    }

    public String expression() {
        return expression;
    }

    /** The 0-based offset in {@link #expression()} where the problem is, or -1. */
    public int position() {
        return position;
    }

    /** The variable that was missing, or null when the problem is another one. */
    public String missingVariable() {
        return missingVariable;
    }

    private static String message(String problem, String expression, int position) {
        if (expression == null) {
            return problem;
        }
        return position < 0 ? problem + " in '" + expression + "'"
                : problem + " (at character " + (position + 1) + " of '" + expression + "')";
    }
}
