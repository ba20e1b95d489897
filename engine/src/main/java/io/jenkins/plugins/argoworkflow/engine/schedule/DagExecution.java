package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.DependsExpression;
import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.expr.TemplateText;
import io.jenkins.plugins.argoworkflow.engine.expr.Unresolved;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.DagTemplate;
import io.jenkins.plugins.argoworkflow.engine.run.LoopItem;
import io.jenkins.plugins.argoworkflow.engine.run.NodeNames;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A DAG template at work (Argo's {@code dag.go}). Only the target tasks and what they depend on run. Each
 * task keeps a count of unfulfilled dependencies; a fulfilled task decrements its dependents' counts, and a
 * task whose count reaches zero is run or omitted at once: work per event is proportional to the finished
 * task's dependents. The DAG ends when every needed task is fulfilled, with the phase Argo's branch rule
 * gives its targets.
 */
final class DagExecution {

    private final Scheduler scheduler;
    private final NodeStatus node;
    private final ResolvedTemplate resolved;
    private final DagTemplate dag;
    // The tasks by position (the first task of each name, in listing order), so that an event looks a task up
    // once by name and then reads arrays: with 10,000 tasks, each map lookup per event was a cache miss.
    // No map is read per event: each task's node hears back through a listener that knows the task's position
    // (a map by node ID was a cache miss per event), and depends reads the positions of the tasks it names.
    /** Each task name's position. */
    private final Map<String, Integer> index;
    private final List<String> names;
    private final List<DagTask> taskAt;
    /** Each task's depends logic ({@code depends}, or {@code dependencies} as Argo expands them). */
    private final List<DependsExpression> rule;
    /** Why a task's {@code depends} does not parse (lint reports it; the task ends in Error), else null. */
    private final List<String> brokenRule;
    /** The template's scope plus the finished tasks ({@code tasks.X.*}). */
    private final Scope scope;
    /** The positions of the tasks each task depends on that exist, in the order its depends names them. */
    private final int[][] dependencies;
    /** The position of each task its depends names, as {@code rule.tasks()} lists them; -1 for no such task. */
    private final int[][] named;
    /** The needed tasks that depend on each task, in the order the needed tasks were found. */
    private final int[][] dependents;
    private final int[] waitingFor;
    private final NodeStatus[] nodeAt;
    /** Each task's node's lifecycle hooks while they watch it, else null. */
    private final LifecycleHooks[] hooksOf;
    /** Each fulfilled task's branch phase: its own when it ran, else the failure it inherits from a dependency. */
    private final NodePhase[] branch;
    private final List<String> targets;
    private final boolean[] needed;
    private final int neededCount;
    private int fulfilled;
    /** The template's {@code failFast} (not {@code dag.failFast}): after a failed task, nothing new starts. */
    private final boolean failFast;
    private boolean failing;
    /** The template's {@code parallelism}: how many tasks run at once. */
    private final Slots slots;

    DagExecution(Scheduler scheduler, NodeStatus node, ResolvedTemplate resolved, Scope templateScope) {
        this.scheduler = scheduler;
        this.scope = templateScope.child();
        this.node = node;
        this.resolved = resolved;
        this.dag = resolved.template().dag();
        this.slots = new Slots(resolved.template().parallelism());
        this.failFast = Boolean.TRUE.equals(resolved.template().failFast());
        int listed = dag.tasks().size();
        this.index = new HashMap<>(Math.max(16, listed * 4 / 3 + 1));
        this.names = new ArrayList<>(listed);
        this.taskAt = new ArrayList<>(listed);
        this.rule = new ArrayList<>(listed);
        this.brokenRule = new ArrayList<>(listed);
        for (DagTask task : dag.tasks()) {
            Integer at = index.get(task.name());
            int i = at != null ? at : add(task);
            // A later task of the same name (lint reports it) replaces the depends of the first, as before.
            try {
                rule.set(i, task.depends() != null && !task.depends().isBlank()
                        ? DependsExpression.parse(task.depends()) : DependsExpression.ofDependencies(task.dependencies()));
            } catch (ExpressionException e) {
                brokenRule.set(i, "unable to evaluate expression '" + task.depends() + "': " + e.getMessage());
                rule.set(i, DependsExpression.ofDependencies(List.of()));
            }
        }
        int n = names.size();
        this.dependencies = new int[n][];
        this.named = new int[n][];
        for (int i = 0; i < n; i++) {
            List<String> tasks = rule.get(i).tasks();
            int[] at = new int[tasks.size()];
            int found = 0;
            for (int k = 0; k < at.length; k++) {
                Integer d = index.get(tasks.get(k));
                at[k] = d == null ? -1 : d;
                found += d == null ? 0 : 1;
            }
            named[i] = at;
            dependencies[i] = found == at.length ? at : Arrays.stream(at).filter(d -> d >= 0).toArray();
        }
        this.nodeAt = new NodeStatus[n];
        this.hooksOf = new LifecycleHooks[n];
        this.branch = new NodePhase[n];
        this.waitingFor = new int[n];
        this.targets = targets();
        List<Integer> order = ancestorsAndSelf(targets);
        this.needed = new boolean[n];
        this.neededCount = order.size();
        int[] dependentCount = new int[n];
        for (int i : order) {
            needed[i] = true;
            waitingFor[i] = dependencies[i].length;
            for (int d : dependencies[i]) {
                dependentCount[d]++;
            }
        }
        this.dependents = new int[n][];
        for (int i = 0; i < n; i++) {
            dependents[i] = new int[dependentCount[i]];
            dependentCount[i] = 0;
        }
        for (int i : order) {
            for (int d : dependencies[i]) {
                dependents[d][dependentCount[d]++] = i;
            }
        }
    }

    private int add(DagTask task) {
        int i = names.size();
        index.put(task.name(), i);
        names.add(task.name());
        taskAt.add(task);
        rule.add(null);
        brokenRule.add(null);
        return i;
    }

    /** {@code target} split on spaces, else the tasks no other task depends on, sorted (Argo's findLeafTaskNames). */
    private List<String> targets() {
        if (dag.target() != null && !dag.target().isBlank()) {
            return Arrays.stream(dag.target().trim().split(" ")).filter(index::containsKey).toList();
        }
        boolean[] dependedOn = new boolean[names.size()];
        for (int[] on : dependencies) {
            for (int d : on) {
                dependedOn[d] = true;
            }
        }
        Set<String> leaves = new TreeSet<>();
        for (int i = 0; i < dependedOn.length; i++) {
            if (!dependedOn[i]) {
                leaves.add(names.get(i));
            }
        }
        return new ArrayList<>(leaves);
    }

    /** The positions of {@code from} and every task they depend on, directly or not, in breadth-first order. */
    private List<Integer> ancestorsAndSelf(List<String> from) {
        List<Integer> out = new ArrayList<>();
        boolean[] seen = new boolean[names.size()];
        Deque<Integer> todo = new ArrayDeque<>();
        from.forEach(t -> todo.add(index.get(t)));
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (!seen[t]) {
                seen[t] = true;
                out.add(t);
                for (int d : dependencies[t]) {
                    todo.add(d);
                }
            }
        }
        return out;
    }

    void start() {
        if (neededCount == 0) {
            finish();
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            if (needed[i] && waitingFor[i] == 0) {
                schedule(i);
            }
        }
    }

    private void schedule(int i) {
        String name = names.get(i);
        if (scheduler.shutdown() != null) {
            notRun(i);
            return;
        }
        DagTask task = taskAt.get(i);
        String childName = NodeNames.task(node.name(), name);
        ChildListener owner = child -> childFulfilled(i, child);
        if (brokenRule.get(i) != null) {
            slots.submit(() -> placed(i, scheduler.error(childName, node, task.template(), brokenRule.get(i), owner)));
        } else if (!rule.get(i).evaluate(named -> state(i, named))) {
            slots.submit(() -> placed(i, scheduler.skip(childName, node, task.template(), NodePhase.OMITTED,
                    "omitted: depends condition not met", owner)));
        } else {
            slots.submit(() -> {
                if (failing) {
                    // the template's failFast: a task that had not started yet never will
                    slots.release();
                    notRun(i);
                } else {
                    placed(i, run(task, childName, owner));
                }
            });
        }
    }

    /** Records the node of a task and hangs it under its dependencies' outbound nodes (or the DAG). */
    private void placed(int i, NodeStatus child) {
        nodeAt[i] = child;
        DagTask task = taskAt.get(i);
        if (!task.hooks().isEmpty()) {
            hooksOf[i] = new LifecycleHooks(scheduler, child, task.hooks(), "tasks." + names.get(i) + ".status",
                    scope, node, resolved.lookup()).watch();
        }
        List<NodeStatus> after = new ArrayList<>(dependencies[i].length);
        for (int d : dependencies[i]) {
            if (nodeAt[d] != null) {
                after.add(nodeAt[d]);
            }
        }
        if (after.isEmpty()) {
            node.addChild(child.id());
        } else {
            scheduler.linkAfter(after, child);
        }
    }

    /** A task that will not start because the workflow is shutting down: it counts as done and gets no node. */
    private void notRun(int first) {
        Deque<Integer> todo = new ArrayDeque<>(List.of(first));
        while (!todo.isEmpty()) {
            int task = todo.pop();
            fulfilled++;
            for (int dependent : dependents[task]) {
                if (--waitingFor[dependent] == 0) {
                    todo.push(dependent);
                }
            }
        }
        if (fulfilled == neededCount) {
            finish();
        }
    }

    /** Runs a task whose dependencies allow it: one node, or a TaskGroup of loop children. */
    private NodeStatus run(DagTask task, String childName, ChildListener owner) {
        List<LoopItem> items;
        try {
            items = Loops.expand(task.withItems(), renderedParam(task.withParam()), Loops.render(task.withSequence(), scope));
        } catch (Loops.LoopException | ExpressionException e) {
            return scheduler.error(childName, node, task.template(), e.getMessage(), owner);
        }
        if (items == null) {
            return Calls.start(scheduler, childName, node, resolved.lookup(), task.template(), task.templateRef(),
                    task.inline(), task.arguments(), task.when(), scope, owner);
        }
        if (items.isEmpty()) {
            return scheduler.skip(childName, node, task.template(), NodePhase.SKIPPED, Loops.EMPTY, owner);
        }
        String templateScope = resolved.lookup().resolve(task.template(), task.templateRef(), task.inline())
                .map(ResolvedTemplate::templateScope).orElse(null);
        NodeStatus group = scheduler.create(childName, NodeType.TASK_GROUP, node, task.template(), task.templateRef(),
                templateScope, NodePhase.RUNNING, null);
        scheduler.register(group, owner);
        TaskGroup members = new TaskGroup(group, items.size());
        for (int k = 0; k < items.size(); k++) {
            NodeStatus member = Calls.start(scheduler, NodeNames.loopChild(childName, k, items.get(k)), node,
                    resolved.lookup(), task.template(), task.templateRef(), task.inline(), task.arguments(), task.when(),
                    Calls.withItem(scope, items.get(k)), members);
            group.addChild(member.id());
        }
        return group;
    }

    /** {@code withParam} with its tags replaced (it usually names an earlier task's output). */
    private String renderedParam(String withParam) {
        return withParam == null ? null
                : TemplateText.parse(withParam).render(scope, Unresolved.keepExcept("steps.", "tasks."));
    }

    /** The state of {@code task}, one that the depends of the task at {@code of} names. */
    private DependsExpression.TaskState state(int of, String task) {
        List<String> tasks = rule.get(of).tasks();
        // Depends names few tasks: a scan of them finds the position without a lookup in a map of every task.
        if (tasks.size() <= 8) {
            for (int k = 0; k < tasks.size(); k++) {
                if (tasks.get(k).equals(task)) {
                    return state(named[of][k] < 0 ? null : named[of][k]);
                }
            }
        }
        return state(index.get(task));
    }

    /** What depends sees of a fulfilled task: its phase, its loop children's phases, its continueOn. */
    private DependsExpression.TaskState state(Integer i) {
        NodeStatus n = i == null ? null : nodeAt[i];
        DagTask t = i == null ? null : taskAt.get(i);
        List<DependsExpression.Phase> children = new ArrayList<>();
        if (n.type() == NodeType.TASK_GROUP) {
            n.children().forEach(id -> children.add(phase(scheduler.node(id))));
        }
        boolean failed = t != null && t.continueOn() != null && t.continueOn().failed();
        boolean error = t != null && t.continueOn() != null && t.continueOn().error();
        return new DependsExpression.TaskState(phase(n), n.daemoned(), children, failed, error);
    }

    /** Depends' phase of each node phase, by ordinal: the same names, mapped once instead of per lookup. */
    private static final DependsExpression.Phase[] DEPENDS_PHASE = java.util.Arrays.stream(NodePhase.values())
            .map(p -> DependsExpression.Phase.valueOf(p.name())).toArray(DependsExpression.Phase[]::new);

    private static DependsExpression.Phase phase(NodeStatus n) {
        return DEPENDS_PHASE[n.phase().ordinal()];
    }

    /**
     * The loop children of one task. Argo completes the group when all are fulfilled, with the phase of the
     * last failed or errored child in expansion order ({@code continueOn} is not considered here).
     */
    private final class TaskGroup implements ChildListener {
        private final NodeStatus group;
        private int pending;

        TaskGroup(NodeStatus group, int size) {
            this.group = group;
            this.pending = size;
        }

        @Override
        public void childFulfilled(NodeStatus child) {
            if (--pending > 0) {
                return;
            }
            NodePhase phase = NodePhase.SUCCEEDED;
            for (String id : group.children()) {
                NodePhase p = scheduler.node(id).phase();
                if (p.failedOrError()) {
                    phase = p;
                }
            }
            scheduler.markPhase(group, phase, null);
            scheduler.fulfilled(group);
        }
    }

    /** The node of the task at {@code i} is fulfilled. */
    private void childFulfilled(int i, NodeStatus child) {
        String name = names.get(i);
        DagTask task = taskAt.get(i);
        LifecycleHooks hooks = hooksOf[i];
        hooksOf[i] = null;
        // Dependents wait for a task's hooks and exit handler, as Argo waits for a dependency's hooks.
        scheduler.afterNode(child, hooks, ExitHook.of(task.onExit(), task.hooks())
                .map(h -> h.seeing(scope, "tasks." + name, child)).orElse(null),
                resolved.lookup(), node, () -> taskDone(i, child));
    }

    private void taskDone(int i, NodeStatus child) {
        String name = names.get(i);
        DagTask task = taskAt.get(i);
        if (failFast && child.phase().failedOrError() && !continues(task, child.phase())) {
            failing = true;
        }
        slots.release();
        branch[i] = branchPhase(i, child);
        if (child.type() == NodeType.TASK_GROUP) {
            NodeVariables.putAggregate(scope, "tasks." + name, child,
                    child.children().stream().map(scheduler::node).toList());
        } else if (child.phase() == NodePhase.SKIPPED || child.phase() == NodePhase.OMITTED) {
            NodeVariables.putSkipped(scope, "tasks." + name, child, resolved.lookup()
                    .resolve(task.template(), task.templateRef(), task.inline()).map(ResolvedTemplate::template)
                    .orElse(null));
        } else {
            NodeVariables.put(scope, "tasks." + name, child);
        }
        fulfilled++;
        for (int dependent : dependents[i]) {
            if (--waitingFor[dependent] == 0) {
                schedule(dependent);
            }
        }
        if (fulfilled == neededCount) {
            finish();
        }
    }

    private void finish() {
        if (failing) {
            finished(NodePhase.FAILED, StepsExecution.FAIL_FAST);
            return;
        }
        finished(scheduler.shutdown() != null ? NodePhase.FAILED : phase(), null);
    }

    private void finished(NodePhase phase, String message) {
        Set<String> outbound = new LinkedHashSet<>();
        for (String target : targets) {
            NodeStatus n = nodeAt[index.get(target)];
            if (n != null) {
                outbound.addAll(scheduler.outboundNodes(n));
            }
        }
        node.setOutboundNodes(new ArrayList<>(outbound));
        if (phase == NodePhase.SUCCEEDED && !TemplateOutputs.resolve(scheduler, node, resolved.template(), scope)) {
            return;
        }
        // Argo gives a failed DAG node no message (but for failFast's).
        scheduler.markPhase(node, phase, message);
        scheduler.fulfilled(node);
    }

    /**
     * Argo's assessDAGPhase once everything is fulfilled: the first target whose branch phase failed and is
     * not covered by its {@code continueOn} decides; Succeeded otherwise.
     */
    private NodePhase phase() {
        for (String target : targets) {
            NodePhase p = branch[index.get(target)];
            if (p == null) {
                p = NodePhase.SUCCEEDED;
            }
            if (p.failedOrError() && !continues(taskAt.get(index.get(target)), p)) {
                return p;
            }
        }
        return NodePhase.SUCCEEDED;
    }

    /** Whether the task's {@code continueOn} lets {@code phase} pass. */
    private static boolean continues(DagTask t, NodePhase phase) {
        return t.continueOn() != null && ((phase == NodePhase.FAILED && t.continueOn().failed())
                || (phase == NodePhase.ERROR && t.continueOn().error()));
    }

    /**
     * A task's branch phase (Argo carries the phase of the last completed node along each path): its own
     * phase when it ran; for a skipped or omitted task the first failure among its dependencies' branches,
     * else Succeeded. Dependencies are always fulfilled first, so their branch phases are known.
     */
    private NodePhase branchPhase(int task, NodeStatus node) {
        if (node.phase().completed()) {
            return node.phase();
        }
        for (int dep : dependencies[task]) {
            NodePhase p = branch[dep];
            if (p != null && p.failedOrError()) {
                return p;
            }
        }
        return NodePhase.SUCCEEDED;
    }
}
