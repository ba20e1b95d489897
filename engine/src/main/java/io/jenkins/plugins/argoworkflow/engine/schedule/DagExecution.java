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
import java.util.LinkedHashMap;
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
final class DagExecution implements ChildListener {

    private final Scheduler scheduler;
    private final NodeStatus node;
    private final ResolvedTemplate resolved;
    private final DagTemplate dag;
    private final Map<String, DagTask> tasks = new LinkedHashMap<>();
    /** Each task's depends logic ({@code depends}, or {@code dependencies} as Argo expands them). */
    private final Map<String, DependsExpression> rules = new HashMap<>();
    /** Tasks whose {@code depends} does not parse (lint reports it; the task ends in Error). */
    private final Map<String, String> brokenRules = new HashMap<>();
    /** The template's scope plus the finished tasks ({@code tasks.X.*}). */
    private final Scope scope;
    private final Map<String, List<String>> dependents = new HashMap<>();
    private final Map<String, Integer> waitingFor = new HashMap<>();
    private final Map<String, NodeStatus> nodeOfTask = new HashMap<>();
    private final Map<String, String> taskOfNode = new HashMap<>();
    private final Map<String, LifecycleHooks> hooksOf = new HashMap<>();
    /** Each fulfilled task's branch phase: its own when it ran, else the failure it inherits from a dependency. */
    private final Map<String, NodePhase> branch = new HashMap<>();
    private final List<String> targets;
    private final Set<String> needed;
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
        for (DagTask task : dag.tasks()) {
            tasks.putIfAbsent(task.name(), task);
            try {
                rules.put(task.name(), task.depends() != null && !task.depends().isBlank()
                        ? DependsExpression.parse(task.depends()) : DependsExpression.ofDependencies(task.dependencies()));
            } catch (ExpressionException e) {
                brokenRules.put(task.name(), "unable to evaluate expression '" + task.depends() + "': " + e.getMessage());
                rules.put(task.name(), DependsExpression.ofDependencies(List.of()));
            }
        }
        this.targets = targets();
        this.needed = ancestorsAndSelf(targets);
        for (String name : needed) {
            int waiting = 0;
            for (String d : dependenciesOf(name)) {
                if (tasks.containsKey(d)) {
                    waiting++;
                    dependents.computeIfAbsent(d, k -> new ArrayList<>(2)).add(name);
                }
            }
            waitingFor.put(name, waiting);
        }
    }

    /** {@code target} split on spaces, else the tasks no other task depends on, sorted (Argo's findLeafTaskNames). */
    private List<String> targets() {
        if (dag.target() != null && !dag.target().isBlank()) {
            return Arrays.stream(dag.target().trim().split(" ")).filter(tasks::containsKey).toList();
        }
        Set<String> dependedOn = new java.util.HashSet<>();
        rules.values().forEach(r -> dependedOn.addAll(r.tasks()));
        return new ArrayList<>(new TreeSet<>(tasks.keySet().stream().filter(t -> !dependedOn.contains(t)).toList()));
    }

    private Set<String> ancestorsAndSelf(List<String> from) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (tasks.containsKey(t) && out.add(t)) {
                todo.addAll(dependenciesOf(t));
            }
        }
        return out;
    }

    void start() {
        if (needed.isEmpty()) {
            finish();
            return;
        }
        for (String name : tasks.keySet()) {
            if (needed.contains(name) && waitingFor.get(name) == 0) {
                schedule(name);
            }
        }
    }

    private void schedule(String name) {
        if (scheduler.shutdown() != null) {
            notRun(name);
            return;
        }
        DagTask task = tasks.get(name);
        String childName = NodeNames.task(node.name(), name);
        if (brokenRules.containsKey(name)) {
            slots.submit(() -> placed(name, scheduler.error(childName, node, task.template(), brokenRules.get(name), this)));
        } else if (!rules.get(name).evaluate(this::state)) {
            slots.submit(() -> placed(name, scheduler.skip(childName, node, task.template(), NodePhase.OMITTED,
                    "omitted: depends condition not met", this)));
        } else {
            slots.submit(() -> {
                if (failing) {
                    // the template's failFast: a task that had not started yet never will
                    slots.release();
                    notRun(name);
                } else {
                    placed(name, run(task, childName));
                }
            });
        }
    }

    /** Records the node of a task and hangs it under its dependencies' outbound nodes (or the DAG). */
    private void placed(String name, NodeStatus child) {
        nodeOfTask.put(name, child);
        DagTask task = tasks.get(name);
        if (!task.hooks().isEmpty()) {
            hooksOf.put(child.id(), new LifecycleHooks(scheduler, child, task.hooks(), "tasks." + name + ".status", scope,
                    node, resolved.lookup()).watch());
        }
        taskOfNode.put(child.id(), name);
        List<NodeStatus> after = new ArrayList<>(dependenciesOf(name).size());
        for (String d : dependenciesOf(name)) {
            NodeStatus n = nodeOfTask.get(d);
            if (n != null) {
                after.add(n);
            }
        }
        if (after.isEmpty()) {
            node.addChild(child.id());
        } else {
            scheduler.linkAfter(after, child);
        }
    }

    /** A task that will not start because the workflow is shutting down: it counts as done and gets no node. */
    private void notRun(String name) {
        Deque<String> todo = new ArrayDeque<>(List.of(name));
        while (!todo.isEmpty()) {
            String task = todo.pop();
            fulfilled++;
            for (String dependent : dependents.getOrDefault(task, List.of())) {
                if (waitingFor.merge(dependent, -1, Integer::sum) == 0) {
                    todo.push(dependent);
                }
            }
        }
        if (fulfilled == needed.size()) {
            finish();
        }
    }

    /** Runs a task whose dependencies allow it: one node, or a TaskGroup of loop children. */
    private NodeStatus run(DagTask task, String childName) {
        List<LoopItem> items;
        try {
            items = Loops.expand(task.withItems(), renderedParam(task.withParam()), Loops.render(task.withSequence(), scope));
        } catch (Loops.LoopException | ExpressionException e) {
            return scheduler.error(childName, node, task.template(), e.getMessage(), this);
        }
        if (items == null) {
            return Calls.start(scheduler, childName, node, resolved.lookup(), task.template(), task.templateRef(),
                    task.inline(), task.arguments(), task.when(), scope, this);
        }
        if (items.isEmpty()) {
            return scheduler.skip(childName, node, task.template(), NodePhase.SKIPPED, Loops.EMPTY, this);
        }
        String templateScope = resolved.lookup().resolve(task.template(), task.templateRef(), task.inline())
                .map(ResolvedTemplate::templateScope).orElse(null);
        NodeStatus group = scheduler.create(childName, NodeType.TASK_GROUP, node, task.template(), task.templateRef(),
                templateScope, NodePhase.RUNNING, null);
        scheduler.register(group, this);
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

    private List<String> dependenciesOf(String task) {
        return rules.get(task).tasks();
    }

    /** What depends sees of a fulfilled task: its phase, its loop children's phases, its continueOn. */
    private DependsExpression.TaskState state(String task) {
        NodeStatus n = nodeOfTask.get(task);
        DagTask t = tasks.get(task);
        List<DependsExpression.Phase> children = new ArrayList<>();
        if (n.type() == NodeType.TASK_GROUP) {
            n.children().forEach(id -> children.add(phase(scheduler.node(id))));
        }
        boolean failed = t != null && t.continueOn() != null && t.continueOn().failed();
        boolean error = t != null && t.continueOn() != null && t.continueOn().error();
        return new DependsExpression.TaskState(phase(n), n.daemoned(), children, failed, error);
    }

    private static DependsExpression.Phase phase(NodeStatus n) {
        return DependsExpression.Phase.valueOf(n.phase().name());
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

    @Override
    public void childFulfilled(NodeStatus child) {
        String name = taskOfNode.get(child.id());
        DagTask task = tasks.get(name);
        // Dependents wait for a task's hooks and exit handler, as Argo waits for a dependency's hooks.
        scheduler.afterNode(child, hooksOf.remove(child.id()), ExitHook.of(task.onExit(), task.hooks())
                .map(h -> h.seeing(scope, "tasks." + name, child)).orElse(null),
                resolved.lookup(), node, () -> taskDone(name, child));
    }

    private void taskDone(String name, NodeStatus child) {
        if (failFast && child.phase().failedOrError() && !continues(name, child.phase())) {
            failing = true;
        }
        slots.release();
        branch.put(name, branchPhase(name, child));
        DagTask task = tasks.get(name);
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
        for (String dependent : dependents.getOrDefault(name, List.of())) {
            int left = waitingFor.merge(dependent, -1, Integer::sum);
            if (left == 0) {
                schedule(dependent);
            }
        }
        if (fulfilled == needed.size()) {
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
            NodeStatus n = nodeOfTask.get(target);
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
            NodePhase p = branch.getOrDefault(target, NodePhase.SUCCEEDED);
            if (p.failedOrError() && !continues(target, p)) {
                return p;
            }
        }
        return NodePhase.SUCCEEDED;
    }

    /** Whether the task's {@code continueOn} lets {@code phase} pass. */
    private boolean continues(String task, NodePhase phase) {
        DagTask t = tasks.get(task);
        return t.continueOn() != null && ((phase == NodePhase.FAILED && t.continueOn().failed())
                || (phase == NodePhase.ERROR && t.continueOn().error()));
    }

    /**
     * A task's branch phase (Argo carries the phase of the last completed node along each path): its own
     * phase when it ran; for a skipped or omitted task the first failure among its dependencies' branches,
     * else Succeeded. Dependencies are always fulfilled first, so their branch phases are known.
     */
    private NodePhase branchPhase(String task, NodeStatus node) {
        if (node.phase().completed()) {
            return node.phase();
        }
        for (String dep : dependenciesOf(task)) {
            NodePhase p = branch.get(dep);
            if (p != null && p.failedOrError()) {
                return p;
            }
        }
        return NodePhase.SUCCEEDED;
    }
}
