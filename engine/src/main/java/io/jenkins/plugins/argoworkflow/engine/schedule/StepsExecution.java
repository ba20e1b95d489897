package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.expr.TemplateText;
import io.jenkins.plugins.argoworkflow.engine.expr.Unresolved;
import io.jenkins.plugins.argoworkflow.engine.model.ContinueOn;
import io.jenkins.plugins.argoworkflow.engine.model.ParallelSteps;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowStep;
import io.jenkins.plugins.argoworkflow.engine.run.LoopItem;
import io.jenkins.plugins.argoworkflow.engine.run.NodeNames;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A steps template at work (Argo's {@code steps.go}): its groups run one after another, the steps of a group
 * in parallel. A group ends when all its children are fulfilled; the first failed or errored child whose step
 * has no matching {@code continueOn} fails the group and the steps node with {@code child '<id>' failed}.
 * Work per event is one counter and, at the end of a group, that group's children.
 */
final class StepsExecution implements ChildListener {

    /** Argo's message for a template whose failFast stopped it after a failed child. */
    static final String FAIL_FAST = "template has failed or errored children and failFast enabled";

    private final Scheduler scheduler;
    private final NodeStatus node;
    private final ResolvedTemplate resolved;
    private final List<ParallelSteps> groups;
    private final Map<String, WorkflowStep> stepOfChild = new HashMap<>();
    private final Map<String, LifecycleHooks> hooksOf = new HashMap<>();
    /** The template's scope plus the steps of finished groups ({@code steps.X.*}). */
    private final Scope scope;
    private int groupIndex = -1;
    private NodeStatus group;
    private int pending;
    /** The template's {@code failFast}: after a failed child, nothing new starts. */
    private final boolean failFast;
    private boolean failing;
    /** The template's {@code parallelism}: how many children run at once. */
    private final Slots slots;

    StepsExecution(Scheduler scheduler, NodeStatus node, ResolvedTemplate resolved, Scope templateScope) {
        this.scheduler = scheduler;
        this.scope = templateScope.child();
        this.node = node;
        this.resolved = resolved;
        this.groups = resolved.template().steps();
        this.slots = new Slots(resolved.template().parallelism());
        this.failFast = Boolean.TRUE.equals(resolved.template().failFast());
    }

    void start() {
        startGroup(0);
    }

    private void startGroup(int index) {
        NodeStatus previous = group;
        groupIndex = index;
        group = scheduler.create(NodeNames.stepGroup(node.name(), index), NodeType.STEP_GROUP, node, null, null, null,
                NodePhase.RUNNING, null);
        if (previous == null) {
            node.addChild(group.id());
        } else if (previous.children().isEmpty()) {
            previous.addChild(group.id());
        } else {
            scheduler.linkAfter(previous.children().stream().map(scheduler::node).toList(), group);
        }
        List<WorkflowStep> steps = groups.get(index).steps();
        // Argo expands every loop of the group before it starts any step: a bad withParam errors the group.
        List<List<LoopItem>> loops = new ArrayList<>(steps.size());
        for (WorkflowStep step : steps) {
            try {
                String param = step.withParam() == null ? null : TemplateText.parse(step.withParam())
                        .render(scope, Unresolved.keepExcept("steps.", "tasks."));
                loops.add(Loops.expand(step.withItems(), param, Loops.render(step.withSequence(), scope)));
            } catch (Loops.LoopException | ExpressionException e) {
                scheduler.markPhase(group, NodePhase.ERROR, e.getMessage());
                finish(NodePhase.FAILED, e.getMessage());
                return;
            }
        }
        List<Runnable> starts = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            WorkflowStep step = steps.get(s);
            String stepName = NodeNames.step(group.name(), step.name());
            List<LoopItem> items = loops.get(s);
            if (items == null) {
                starts.add(() -> startChild(step, stepName, null));
            } else if (items.isEmpty()) {
                starts.add(() -> track(step, scheduler.skip(stepName, node, step.template(), NodePhase.SKIPPED,
                        Loops.EMPTY, this)));
            } else {
                for (int k = 0; k < items.size(); k++) {
                    LoopItem item = items.get(k);
                    String childName = NodeNames.loopChild(stepName, k, item);
                    starts.add(() -> startChild(step, childName, item));
                }
            }
        }
        // Every planned child counts, also those the template's parallelism holds back for now.
        pending = starts.size();
        if (pending == 0) {
            completeGroup();
            return;
        }
        for (Runnable start : starts) {
            slots.submit(() -> {
                if (failing) {
                    // failFast: a child that had not started yet never will
                    slots.release();
                    countDone();
                } else {
                    start.run();
                }
            });
        }
    }

    private void startChild(WorkflowStep step, String childName, LoopItem item) {
        track(step, Calls.start(scheduler, childName, node, resolved.lookup(), step.template(), step.templateRef(),
                step.inline(), step.arguments(), step.when(), Calls.withItem(scope, item), this));
    }

    private void track(WorkflowStep step, NodeStatus child) {
        stepOfChild.put(child.id(), step);
        group.addChild(child.id());
        if (!step.hooks().isEmpty()) {
            hooksOf.put(child.id(), new LifecycleHooks(scheduler, child, step.hooks(), "steps." + step.name() + ".status",
                    scope, node, resolved.lookup()).watch());
        }
    }

    @Override
    public void childFulfilled(NodeStatus child) {
        WorkflowStep step = stepOfChild.get(child.id());
        ExitHook exit = step == null ? null : ExitHook.of(step.onExit(), step.hooks())
                .map(h -> h.seeing(scope, "steps." + step.name(), child)).orElse(null);
        // A step counts as done once its hooks and its exit handler are fulfilled too.
        scheduler.afterNode(child, hooksOf.remove(child.id()), exit, resolved.lookup(), node, () -> childDone(child));
    }

    private void childDone(NodeStatus child) {
        if (failFast && child.phase().failedOrError() && !continues(stepOfChild.get(child.id()), child.phase())) {
            failing = true;
        }
        slots.release();
        countDone();
    }

    private void countDone() {
        if (--pending == 0) {
            completeGroup();
        }
    }

    private void completeGroup() {
        if (failing) {
            scheduler.markPhase(group, NodePhase.FAILED, FAIL_FAST);
            finish(NodePhase.FAILED, FAIL_FAST);
            return;
        }
        for (String childId : group.children()) {
            NodeStatus child = scheduler.node(childId);
            if (child.phase().failedOrError() && !continues(stepOfChild.get(childId), child.phase())) {
                String message = "child '" + childId + "' failed";
                scheduler.markPhase(group, NodePhase.FAILED, message);
                finish(NodePhase.FAILED, message);
                return;
            }
        }
        scheduler.markPhase(group, NodePhase.SUCCEEDED, null);
        publish();
        if (scheduler.shutdown() != null && groupIndex + 1 < groups.size()) {
            finish(NodePhase.FAILED, scheduler.shutdown().stoppedMessage());
            return;
        }
        if (groupIndex + 1 < groups.size()) {
            startGroup(groupIndex + 1);
        } else {
            finish(NodePhase.SUCCEEDED, null);
        }
    }

    /** Makes the finished group's steps visible to later groups as {@code steps.X.*}; loops aggregate. */
    private void publish() {
        Map<String, List<NodeStatus>> byStep = new LinkedHashMap<>();
        for (String childId : group.children()) {
            WorkflowStep step = stepOfChild.get(childId);
            if (step != null) {
                byStep.computeIfAbsent(step.name(), k -> new ArrayList<>()).add(scheduler.node(childId));
            }
        }
        for (WorkflowStep step : groups.get(groupIndex).steps()) {
            List<NodeStatus> children = byStep.getOrDefault(step.name(), List.of());
            boolean loop = !step.withItems().isEmpty() || step.withParam() != null || step.withSequence() != null;
            if (loop) {
                NodeVariables.putAggregate(scope, "steps." + step.name(), group, children);
            } else if (!children.isEmpty()) {
                NodeStatus child = children.get(0);
                if (child.phase() == NodePhase.SKIPPED || child.phase() == NodePhase.OMITTED) {
                    NodeVariables.putSkipped(scope, "steps." + step.name(), child, resolved.lookup()
                            .resolve(step.template(), step.templateRef(), step.inline()).map(ResolvedTemplate::template)
                            .orElse(null));
                } else {
                    NodeVariables.put(scope, "steps." + step.name(), child);
                }
            }
        }
    }

    private static boolean continues(WorkflowStep step, NodePhase phase) {
        ContinueOn on = step == null ? null : step.continueOn();
        if (on == null) {
            return false;
        }
        return (phase == NodePhase.FAILED && on.failed()) || (phase == NodePhase.ERROR && on.error());
    }

    /** Ends the steps node; its outbound nodes are those of the last group's children. */
    private void finish(NodePhase phase, String message) {
        Set<String> outbound = new LinkedHashSet<>();
        for (String childId : group.children()) {
            outbound.addAll(scheduler.outboundNodes(scheduler.node(childId)));
        }
        node.setOutboundNodes(new ArrayList<>(outbound));
        if (phase == NodePhase.SUCCEEDED && !TemplateOutputs.resolve(scheduler, node, resolved.template(), scope)) {
            return;
        }
        scheduler.markPhase(node, phase, message);
        scheduler.fulfilled(node);
    }
}
