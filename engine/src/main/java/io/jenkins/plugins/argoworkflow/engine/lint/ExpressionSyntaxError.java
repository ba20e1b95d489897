package io.jenkins.plugins.argoworkflow.engine.lint;

/** An expression that does not parse, with the 0-based offset where parsing stopped. */
final class ExpressionSyntaxError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;

    ExpressionSyntaxError(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    int offset() {
        return offset;
    }
}
