package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.List;

/** A node of a parsed govaluate expression ({@code when}); {@code pos} is the 0-based offset in the text. */
sealed interface GovaluateNode {

    int pos();

    /**
     * A number (Double), string, boolean or date (as Unix seconds, a Double, as govaluate does). Bare words are
     * strings here: Argo turns every variable token into a string before evaluating.
     */
    record Literal(Object value, int pos) implements GovaluateNode {
    }

    /** A word with a dot ({@code v1.Two}): govaluate's accessor of a parameter, which Argo never provides. */
    record Accessor(String word, int pos) implements GovaluateNode {
    }

    /** {@code - ! ~}. */
    record Prefix(String op, GovaluateNode operand, int pos) implements GovaluateNode {
    }

    /** Every infix operator, including {@code ?} and {@code :} which govaluate evaluates as two stages. */
    record Infix(String op, GovaluateNode left, GovaluateNode right, int pos) implements GovaluateNode {
    }

    /** {@code (a, b, c)}: a list, the right side of {@code in}. */
    record Group(List<GovaluateNode> items, int pos) implements GovaluateNode {
    }
}
