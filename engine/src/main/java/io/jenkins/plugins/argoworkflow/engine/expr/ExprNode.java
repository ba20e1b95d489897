package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.List;

/** A node of a parsed expr-lang expression; {@code pos} is the 0-based offset of the node in the text. */
sealed interface ExprNode {

    int pos();

    /** A number (Long or Double), string, boolean or nil. */
    record Literal(Object value, int pos) implements ExprNode {
    }

    /** A variable or function name. */
    record Ident(String name, int pos) implements ExprNode {
    }

    /** {@code #} (the element of a closure), {@code #index} or {@code #acc}: {@code name} is "", "index" or "acc". */
    record Pointer(String name, int pos) implements ExprNode {
    }

    /** {@code target.name}, {@code target?.name} or {@code target[key]}. */
    record Member(ExprNode target, ExprNode key, boolean optional, int pos) implements ExprNode {
    }

    /** {@code target[from:to]}; either bound may be null. */
    record Slice(ExprNode target, ExprNode from, ExprNode to, int pos) implements ExprNode {
    }

    /** {@code callee(args)}; a pipe {@code a | f(b)} is parsed as {@code f(a, b)}. */
    record Call(ExprNode callee, List<ExprNode> args, int pos) implements ExprNode {
    }

    /** {@code ! not - +}; {@code not} is stored as {@code !}. */
    record Unary(String op, ExprNode operand, int pos) implements ExprNode {
    }

    /** An infix operator; {@code and}/{@code or} are stored as {@code &&}/{@code ||}, {@code ^} as {@code **}. */
    record Binary(String op, ExprNode left, ExprNode right, int pos) implements ExprNode {
    }

    /** {@code cond ? then : otherwise}. */
    record Conditional(ExprNode cond, ExprNode then, ExprNode otherwise, int pos) implements ExprNode {
    }

    record ArrayLiteral(List<ExprNode> items, int pos) implements ExprNode {
    }

    /** A map literal; keys are names, strings or numbers, kept as strings. */
    record MapLiteral(List<String> keys, List<ExprNode> values, int pos) implements ExprNode {
    }

    /** {@code {body}}, the predicate of filter, map, all...; evaluated once per element. */
    record Closure(ExprNode body, int pos) implements ExprNode {
    }

    /** {@code let name = value; body}. */
    record Let(String name, ExprNode value, ExprNode body, int pos) implements ExprNode {
    }
}
