package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.expr.DependsExpression;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.DagTemplate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The dependency graph of one DAG template: each task's direct dependencies, from depends or dependencies. */
final class DagGraph {

    private final Map<String, DagTask> tasks = new LinkedHashMap<>();
    private final Map<String, List<DependsExpression.Operand>> dependencies = new LinkedHashMap<>();
    private final Map<String, ExpressionException> errors = new LinkedHashMap<>();
    /** Each task's position in {@link #tasks}, and its ancestors by position, built when first asked. */
    private Map<String, Integer> index;
    private List<String> names;
    private BitSet[] ancestors;
    private List<String> cycle;
    private boolean cycleSearched;

    DagGraph(DagTemplate dag) {
        for (DagTask t : dag.tasks()) {
            if (t.name() != null) {
                tasks.putIfAbsent(t.name(), t);
            }
        }
        for (DagTask t : tasks.values()) {
            List<DependsExpression.Operand> deps = new ArrayList<>();
            if (t.depends() != null && !t.depends().isBlank()) {
                try {
                    deps.addAll(DependsExpression.parse(t.depends()).operands());
                } catch (ExpressionException e) {
                    errors.put(t.name(), e);
                }
            }
            for (String d : t.dependencies()) {
                deps.add(new DependsExpression.Operand(d, null, -1));
            }
            dependencies.put(t.name(), deps);
        }
    }

    Map<String, DagTask> tasks() {
        return tasks;
    }

    List<DependsExpression.Operand> dependencies(String task) {
        return dependencies.getOrDefault(task, List.of());
    }

    ExpressionException syntaxError(String task) {
        return errors.get(task);
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
        Integer c = index().get(candidate);
        Integer t = index().get(task);
        return c != null && t != null && ancestors(t).get(c);
    }

    private Map<String, Integer> index() {
        if (index == null) {
            index = new java.util.HashMap<>();
            names = new ArrayList<>(tasks.keySet());
            for (String name : names) {
                index.put(name, index.size());
            }
            ancestors = new BitSet[index.size()];
        }
        return index;
    }

    /** The tasks (by index) task {@code t} depends on, directly or not. */
    private BitSet ancestors(int t) {
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
            for (DependsExpression.Operand d : dependencies(names.get(u))) {
                Integer v = index.get(d.task());
                if (v == null) {
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
            for (DependsExpression.Operand d : dependencies(names.get(todo.pop()))) {
                Integer v = index.get(d.task());
                if (v != null && !out.get(v)) {
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
        Set<String> done = new java.util.HashSet<>();
        Map<String, Integer> onPath = new java.util.HashMap<>();
        List<String> path = new ArrayList<>();
        Deque<Iterator<DependsExpression.Operand>> next = new ArrayDeque<>();
        for (String start : tasks.keySet()) {
            if (done.contains(start)) {
                continue;
            }
            onPath.put(start, 0);
            path.add(start);
            next.push(dependencies(start).iterator());
            while (!next.isEmpty()) {
                Iterator<DependsExpression.Operand> it = next.peek();
                if (!it.hasNext()) {
                    String finished = path.remove(path.size() - 1);
                    onPath.remove(finished);
                    done.add(finished);
                    next.pop();
                    continue;
                }
                String dep = it.next().task();
                Integer at = onPath.get(dep);
                if (at != null) {
                    List<String> found = new ArrayList<>(path.subList(at, path.size()));
                    found.add(dep);
                    return found;
                }
                if (!done.contains(dep) && tasks.containsKey(dep)) {
                    onPath.put(dep, path.size());
                    path.add(dep);
                    next.push(dependencies(dep).iterator());
                }
            }
        }
        return null;
    }
}
