package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.expr.DependsExpression;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.DagTemplate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The dependency graph of one DAG template: each task's direct dependencies, from depends or dependencies. */
final class DagGraph {

    private final Map<String, DagTask> tasks = new LinkedHashMap<>();
    private final Map<String, List<DependsExpression.Operand>> dependencies = new LinkedHashMap<>();
    private final Map<String, ExpressionException> errors = new LinkedHashMap<>();
    private final Map<String, Set<String>> ancestorCache = new java.util.HashMap<>();

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

    /** Every task {@code task} depends on, directly or not. */
    /**
     * Whether {@code candidate} is a direct or transitive dependency of {@code task}. Direct dependencies
     * (what most references name) answer at once; the full ancestor set is computed once per task.
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
        return ancestorCache.computeIfAbsent(task, this::ancestors).contains(candidate);
    }

    Set<String> ancestors(String task) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(task);
        while (!todo.isEmpty()) {
            for (DependsExpression.Operand d : dependencies(todo.pop())) {
                if (tasks.containsKey(d.task()) && out.add(d.task())) {
                    todo.push(d.task());
                }
            }
        }
        out.remove(task);
        return out;
    }

    /** A dependency cycle as a path {@code a -> b -> a}, or null when there is none. */
    List<String> cycle() {
        Set<String> done = new LinkedHashSet<>();
        for (String start : tasks.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> found = visit(start, path, done);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private List<String> visit(String task, List<String> path, Set<String> done) {
        int at = path.indexOf(task);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(task);
            return cycle;
        }
        if (done.contains(task) || !tasks.containsKey(task)) {
            return null;
        }
        path.add(task);
        for (DependsExpression.Operand d : dependencies(task)) {
            List<String> found = visit(d.task(), path, done);
            if (found != null) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(task);
        return null;
    }
}
