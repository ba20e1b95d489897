package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.List;

/**
 * A function an expr-lang expression can call. It throws {@link IllegalArgumentException} (or
 * {@link ArithmeticException}) for bad arguments; the evaluator turns that into an
 * {@link ExpressionException} at the call.
 */
@FunctionalInterface
interface ExprFunction {

    Object apply(List<Object> args);
}
