package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A DAG task's {@code depends} (or its {@code dependencies} list): task names, optionally with a result
 * ({@code A.Succeeded}), joined by {@code && || !} and parentheses. Parsed once, evaluated with Argo's rules
 * (dag.go {@code evaluateDependsLogic}); immutable. Parsed by hand because it is Argo's own small language.
 *
 * <p>A bare name {@code A} means {@code (A.Succeeded || A.Skipped || A.Daemoned)}, plus {@code || A.Failed} and
 * {@code || A.Errored} when A's {@code continueOn} says so. Argo evaluates only once every task named is fulfilled
 * ({@link #decide}); {@link #decideEarly} gives the answer as soon as the known results fix it.
 */
public final class DependsExpression {

    public static final Set<String> RESULTS = Set.of("Succeeded", "Failed", "Errored", "Skipped", "Omitted",
            "Daemoned");
    public static final Set<String> ITEM_RESULTS = Set.of("AnySucceeded", "AllFailed");

    /** Argo's node phases, as far as depends looks at them. */
    public enum Phase {
        PENDING, RUNNING, SUCCEEDED, SKIPPED, FAILED, ERROR, OMITTED;

        /** Whether a node in this phase is done (Argo's {@code Fulfilled()} for a non-daemoned node). */
        public boolean fulfilled() {
            return this != PENDING && this != RUNNING;
        }
    }

    /**
     * What depends knows of one task: its phase; whether it is daemoned; for a task with items (withItems,
     * withParam, withSequence), the phases of its children (empty otherwise); its {@code continueOn}.
     */
    public record TaskState(Phase phase, boolean daemoned, List<Phase> children, boolean continueOnFailed,
            boolean continueOnError) {

        public TaskState {
            children = List.copyOf(children);
        }

        public static TaskState of(Phase phase) {
            return new TaskState(phase, false, List.of(), false, false);
        }

        /** Argo's {@code Fulfilled()}: done, or a daemon that has started. */
        public boolean fulfilled() {
            return phase.fulfilled() || (daemoned && phase != Phase.PENDING);
        }
    }

    /** One operand: a task and the result it is tested for (null: a bare name), at {@code column} (0-based). */
    public record Operand(String task, String result, int column) {
        public boolean itemsBased() {
            return result != null && ITEM_RESULTS.contains(result);
        }
    }

    private sealed interface Node permits Test, Not, And, Or {
    }

    private record Test(Operand operand) implements Node {
    }

    private record Not(Node operand) implements Node {
    }

    private record And(Node left, Node right) implements Node {
    }

    private record Or(Node left, Node right) implements Node {
    }

    /**
     * The text; for {@code dependencies}, null until first asked, then the operands joined by {@code &&} (a DAG
     * of 10,000 tasks has as many, whose text is read only for an error). Computed again if two threads race.
     */
    private String text;
    private final Node root;
    private final List<Operand> operands;
    /** The tasks named, each once, in order: computed once, as the scheduler asks for them per event. */
    private final List<String> tasks;

    private DependsExpression(String text, Node root, List<Operand> operands) {
        this.text = text;
        this.root = root;
        this.operands = List.copyOf(operands);
        List<String> names = new ArrayList<>(this.operands.size());
        for (Operand o : this.operands) {
            // few names are scanned; many go through a set
            if (this.operands.size() > 8 || !names.contains(o.task())) {
                names.add(o.task());
            }
        }
        this.tasks = java.util.Collections.unmodifiableList(names.size() <= 8 ? names
                : new ArrayList<>(new java.util.LinkedHashSet<>(names)));
    }

    /** Parses a {@code depends}; a blank one depends on nothing and is always true. */
    public static DependsExpression parse(String text) {
        DependsParser p = new DependsParser(text);
        Node root = p.parse();
        return new DependsExpression(text, root, p.operands());
    }

    /** {@code dependencies: [a, b]} as the equivalent {@code depends: "a && b"}. */
    public static DependsExpression ofDependencies(List<String> tasks) {
        Node root = null;
        List<Operand> operands = new ArrayList<>();
        for (String task : tasks) {
            Operand o = new Operand(task, null, -1);
            operands.add(o);
            root = root == null ? new Test(o) : new And(root, new Test(o));
        }
        return new DependsExpression(null, root, operands);
    }

    public String text() {
        String t = text;
        if (t == null) {
            StringBuilder joined = new StringBuilder();
            for (Operand o : operands) {
                joined.append(joined.isEmpty() ? "" : " && ").append(o.task());
            }
            text = t = joined.toString();
        }
        return t;
    }

    /** The operands, in the order they are written. */
    public List<Operand> operands() {
        return operands;
    }

    /** The tasks named, in order, each once (unmodifiable). */
    public List<String> tasks() {
        return tasks;
    }

    /** The value once every task named has a state; throws when one has none. */
    public boolean evaluate(Function<String, TaskState> states) {
        return eval(root, task -> {
            TaskState s = states.apply(task.task());
            if (s == null) {
                throw new ExpressionException("task '" + task.task() + "' has no state yet; evaluate depends once "
                        + "every task it names is fulfilled", text(), Math.max(task.column(), 0));
            }
            return Optional.of(result(task, s));
        }).orElseThrow();
    }

    /**
     * Argo's rule: empty while a task named is missing or not fulfilled, then the value. {@code known} gives the
     * state of the tasks that have a node. (Argo also waits for the dependencies' hooks; that is the caller's.)
     */
    public Optional<Boolean> decide(Function<String, Optional<TaskState>> known) {
        for (Operand o : operands) {
            Optional<TaskState> s = known.apply(o.task());
            if (s.isEmpty() || !s.get().fulfilled()) {
                return Optional.empty();
            }
        }
        return Optional.of(evaluate(task -> known.apply(task).orElseThrow()));
    }

    /**
     * The value as soon as the fulfilled tasks fix it, with three-valued logic: {@code A.Failed || B} is true once
     * A has failed, whatever B does. Empty while it still depends on an unfinished task.
     */
    public Optional<Boolean> decideEarly(Function<String, Optional<TaskState>> known) {
        return eval(root, o -> known.apply(o.task()).filter(TaskState::fulfilled).map(s -> result(o, s)));
    }

    private static Optional<Boolean> eval(Node node, Function<Operand, Optional<Boolean>> test) {
        if (node == null) {
            return Optional.of(true);
        }
        if (node instanceof Test t) {
            return test.apply(t.operand());
        }
        if (node instanceof Not n) {
            return eval(n.operand(), test).map(b -> !b);
        }
        boolean isAnd = node instanceof And;
        Node leftNode = isAnd ? ((And) node).left() : ((Or) node).left();
        Node rightNode = isAnd ? ((And) node).right() : ((Or) node).right();
        Optional<Boolean> left = eval(leftNode, test);
        if (left.isPresent() && left.get() != isAnd) {
            return left; // false && x, true || x
        }
        Optional<Boolean> right = eval(rightNode, test);
        if (right.isPresent() && right.get() != isAnd) {
            return right;
        }
        return left.isPresent() && right.isPresent() ? Optional.of(isAnd) : Optional.empty();
    }

    private static boolean result(Operand o, TaskState s) {
        if (o.result() == null) {
            return s.phase() == Phase.SUCCEEDED || s.phase() == Phase.SKIPPED || daemoned(s)
                    || (s.continueOnFailed() && s.phase() == Phase.FAILED)
                    || (s.continueOnError() && s.phase() == Phase.ERROR);
        }
        return switch (o.result()) {
            case "Succeeded" -> s.phase() == Phase.SUCCEEDED;
            case "Failed" -> s.phase() == Phase.FAILED;
            case "Errored" -> s.phase() == Phase.ERROR;
            case "Skipped" -> s.phase() == Phase.SKIPPED;
            case "Omitted" -> s.phase() == Phase.OMITTED;
            case "Daemoned" -> daemoned(s);
            case "AnySucceeded" -> s.children().contains(Phase.SUCCEEDED);
            default -> !s.children().isEmpty() && s.children().stream().allMatch(p -> p == Phase.FAILED);
        };
    }

    private static boolean daemoned(TaskState s) {
        return s.daemoned() && s.phase() != Phase.PENDING;
    }

    @Override
    public String toString() {
        return text();
    }

    /** The recursive-descent parser of {@code ||}, {@code &&}, {@code !}, parentheses and operands. */
    private static final class DependsParser {

        private final String text;
        private final List<Operand> operands = new ArrayList<>();
        private int pos;

        DependsParser(String text) {
            this.text = text;
        }

        List<Operand> operands() {
            return operands;
        }

        Node parse() {
            skipSpace();
            if (pos == text.length()) {
                return null;
            }
            Node root = or();
            skipSpace();
            if (pos < text.length()) {
                throw error("unexpected '" + text.charAt(pos) + "'", pos);
            }
            return root;
        }

        private ExpressionException error(String problem, int at) {
            return new ExpressionException(problem, text, at);
        }

        private Node or() {
            Node left = and();
            while (accept("||")) {
                left = new Or(left, and());
            }
            return left;
        }

        private Node and() {
            Node left = unary();
            while (accept("&&")) {
                left = new And(left, unary());
            }
            return left;
        }

        private Node unary() {
            if (accept("!")) {
                return new Not(unary());
            }
            if (accept("(")) {
                Node inner = or();
                if (!accept(")")) {
                    throw error("missing ')'", pos);
                }
                return inner;
            }
            return operand();
        }

        private Node operand() {
            skipSpace();
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '-')) {
                pos++;
            }
            if (start == pos) {
                throw error(pos < text.length() ? "expected a task name, found '" + text.charAt(pos) + "'"
                        : "expected a task name at the end", pos);
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
                    throw error("'" + task + "." + result + "': the result must be one of Succeeded, Failed, "
                            + "Errored, Skipped, Omitted, Daemoned, AnySucceeded, AllFailed", rs);
                }
            }
            Operand o = new Operand(task, result, start);
            operands.add(o);
            return new Test(o);
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
}
