package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.expr.DependsExpression;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.DagTemplate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * The dependency graph of one DAG template: each task's direct dependencies, from depends or dependencies.
 * Tasks are held by position (the first task of each name, in listing order) and their dependencies as
 * positions, so that checking a DAG of 10,000 tasks looks each name up in a map once, not once per rule.
 */
final class DagGraph {

    /** Each task name's position. */
    private final Map<String, Integer> index;
    private final List<String> names;
    private final List<DagTask> taskAt;
    /** The position in this graph of each task as {@code dag.tasks()} lists them; -1 for a task without a name. */
    private final int[] positionOfListed;
    private final List<List<DependsExpression.Operand>> dependencies;
    /** The position of each dependency's task, as {@link #dependencies} lists them; -1 for no such task. */
    private final int[][] dependencyAt;
    private final ExpressionException[] errors;
    /** Each task's ancestors by position, built when first asked. */
    private BitSet[] ancestors;
    private List<String> cycle;
    private boolean cycleSearched;

    DagGraph(DagTemplate dag) {
        int listed = dag.tasks().size();
        index = new HashMap<>(Math.max(16, listed * 4 / 3 + 1));
        names = new ArrayList<>(listed);
        taskAt = new ArrayList<>(listed);
        positionOfListed = new int[listed];
        for (int k = 0; k < listed; k++) {
            DagTask t = dag.tasks().get(k);
            if (t.name() == null) {
                positionOfListed[k] = -1;
                continue;
            }
            Integer at = index.putIfAbsent(t.name(), names.size());
            if (at == null) {
                at = names.size();
                names.add(t.name());
                taskAt.add(t);
            }
            positionOfListed[k] = at;
        }
        int n = names.size();
        dependencies = new ArrayList<>(n);
        dependencyAt = new int[n][];
        errors = new ExpressionException[n];
        for (int i = 0; i < n; i++) {
            DagTask t = taskAt.get(i);
            List<DependsExpression.Operand> deps = new ArrayList<>(t.dependencies().size());
            if (t.depends() != null && !t.depends().isBlank()) {
                try {
                    deps.addAll(DependsExpression.parse(t.depends()).operands());
                } catch (ExpressionException e) {
                    errors[i] = e;
                }
            }
            for (String d : t.dependencies()) {
                deps.add(new DependsExpression.Operand(d, null, -1));
            }
            dependencies.add(deps);
            int[] at = new int[deps.size()];
            for (int k = 0; k < at.length; k++) {
                Integer d = index.get(deps.get(k).task());
                at[k] = d == null ? -1 : d;
            }
            dependencyAt[i] = at;
        }
    }

    /** The task names, each once, in listing order. */
    List<String> names() {
        return names;
    }

    /** The (first) task of that name, or null. */
    DagTask task(String name) {
        Integer i = name == null ? null : index.get(name);
        return i == null ? null : taskAt.get(i);
    }

    /** The position of the {@code k}th task that {@code dag.tasks()} lists; -1 when it has no name. */
    int positionOfListed(int k) {
        return positionOfListed[k];
    }

    DagTask taskAt(int position) {
        return taskAt.get(position);
    }

    /** The dependencies of the task at {@code position}, as its depends and dependencies name them. */
    List<DependsExpression.Operand> dependenciesAt(int position) {
        return dependencies.get(position);
    }

    /** The position of the task the {@code k}th dependency of the task at {@code position} names; -1 if none. */
    int dependencyPosition(int position, int k) {
        return dependencyAt[position][k];
    }

    List<DependsExpression.Operand> dependencies(String task) {
        Integer i = task == null ? null : index.get(task);
        return i == null ? List.of() : dependencies.get(i);
    }

    /** Why the depends of the task at {@code position} does not parse, else null. */
    ExpressionException syntaxErrorAt(int position) {
        return errors[position];
    }

    /**
     * Whether {@code candidate} is a direct or transitive dependency of {@code task}. Direct dependencies
     * (what most references name) answer at once; otherwise the task's ancestors are a bit set, computed once
     * per task from its dependencies' sets, so checking every task of a DAG costs at most n^2/64 words of work and
     * n^2/8 bytes (6 MB for a chain of 10,000 tasks) instead of a walk of each task's ancestors per task.
     */
    boolean isAncestor(String candidate, String task) {
        if (candidate == null || candidate.equals(task)) {
            return false;
        }
        for (DependsExpression.Operand d : dependencies(task)) {
            if (candidate.equals(d.task())) {
                return true;
            }
        }
        Integer c = index.get(candidate);
        Integer t = task == null ? null : index.get(task);
        return c != null && t != null && ancestors(t).get(c);
    }

    /** The tasks (by position) task {@code t} depends on, directly or not. */
    private BitSet ancestors(int t) {
        if (ancestors == null) {
            ancestors = new BitSet[names.size()];
        }
        if (ancestors[t] != null) {
            return ancestors[t];
        }
        if (cycle() != null) {
            return ancestors[t] = reachable(t);
        }
        // Without a cycle a task's set is the union of its dependencies' sets and themselves: build the sets
        // missing below t, dependencies first, with an explicit stack (a chain may be thousands deep).
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(t);
        while (!todo.isEmpty()) {
            int u = todo.peek();
            if (ancestors[u] != null) {
                todo.pop();
                continue;
            }
            BitSet set = new BitSet();
            boolean ready = true;
            for (int v : dependencyAt[u]) {
                if (v < 0) {
                    continue;
                }
                if (ancestors[v] == null) {
                    ready = false;
                    todo.push(v);
                } else if (ready) {
                    set.or(ancestors[v]);
                    set.set(v);
                }
            }
            if (ready) {
                ancestors[u] = set;
                todo.pop();
            }
        }
        return ancestors[t];
    }

    /** Every task reachable from {@code t} through dependencies, cycles included (what lint needs then). */
    private BitSet reachable(int t) {
        BitSet out = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(t);
        while (!todo.isEmpty()) {
            for (int v : dependencyAt[todo.pop()]) {
                if (v >= 0 && !out.get(v)) {
                    out.set(v);
                    todo.push(v);
                }
            }
        }
        out.clear(t);
        return out;
    }

    /**
     * A dependency cycle as a path {@code a -> b -> a}, or null when there is none: the first one a depth-first
     * search finds from the tasks in order, following dependencies in order. The search keeps its own stack,
     * so a chain of any length is checked in linear time.
     */
    List<String> cycle() {
        if (!cycleSearched) {
            cycle = findCycle();
            cycleSearched = true;
        }
        return cycle;
    }

    private List<String> findCycle() {
        int n = names.size();
        boolean[] done = new boolean[n];
        int[] onPath = new int[n];
        java.util.Arrays.fill(onPath, -1);
        int[] path = new int[n];
        int[] next = new int[n];
        int depth = 0;
        for (int start = 0; start < n; start++) {
            if (done[start]) {
                continue;
            }
            onPath[start] = 0;
            path[0] = start;
            next[0] = 0;
            depth = 1;
            while (depth > 0) {
                int u = path[depth - 1];
                if (next[depth - 1] == dependencyAt[u].length) {
                    onPath[u] = -1;
                    done[u] = true;
                    depth--;
                    continue;
                }
                int k = next[depth - 1]++;
                int dep = dependencyAt[u][k];
                if (dep < 0) {
                    continue;
                }
                if (onPath[dep] >= 0) {
                    List<String> found = new ArrayList<>();
                    for (int p = onPath[dep]; p < depth; p++) {
                        found.add(names.get(path[p]));
                    }
                    found.add(names.get(dep));
                    return found;
                }
                if (!done[dep]) {
                    onPath[dep] = depth;
                    path[depth] = dep;
                    next[depth] = 0;
                    depth++;
                }
            }
        }
        return null;
    }
}
