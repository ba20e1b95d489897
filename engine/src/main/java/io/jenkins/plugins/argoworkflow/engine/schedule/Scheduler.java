package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.model.ArgoDuration;
import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.RetryStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateRef;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateType;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.run.JsonValue;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodeNames;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs templates as nodes, Argo's {@code executeTemplate}: a leaf becomes a Pod node handed to the runtime,
 * a steps or DAG template a node whose execution starts its children. Every method runs on the run's
 * event loop; a node's fulfilment reaches its owner through the loop's queue, never by a nested call, so an
 * owner is never re-entered while it is still starting children.
 */
final class Scheduler {

    /** Argo's message for a node ended by the workflow's deadline. */
    static final String STEP_DEADLINE = "Step exceeded its deadline";
    /** The message Kubernetes gives a pod killed for its activeDeadlineSeconds, which Argo shows. */
    static final String POD_DEADLINE = "Pod was active on the node longer than the specified deadline";
    /** Argo's maxAllowedStackDepth: nested template calls within one pass (here: within one event). */
    static final int MAX_DEPTH = 100;
    static final String MAX_DEPTH_MESSAGE = "Maximum recursion depth exceeded. See "
            + "https://argo-workflows.readthedocs.io/en/latest/scaling/#maximum-recursion-depth";

    private final WorkflowStatus status;
    private final NodeRuntime runtime;
    private final EventLoop loop;
    private final Clock clock;
    private final RunListener listener;
    private final Map<String, ChildListener> owners = new HashMap<>();
    private final Map<String, List<Runnable>> watchers = new HashMap<>();
    /** Whether a template has tags to render ({@link #render}), by identity: templates are shared by their nodes. */
    private final Map<Template, Boolean> tagged = new java.util.IdentityHashMap<>();
    private final RetryStrategy defaultRetry;
    /** {@code spec.templateDefaults}, merged under every template before it runs; null when there are none. */
    private final Template templateDefaults;
    /** Daemoned nodes by the ID of their boundary ("" at the root), as Argo's killDaemonedChildren finds them. */
    private final Map<String, List<NodeStatus>> daemons = new HashMap<>();
    /** Suspend nodes waiting for a resume or their duration. */
    private final Map<String, NodeStatus> suspended = new java.util.LinkedHashMap<>();
    private Shutdown shutdown;
    private Instant deadlinePassed;
    /** The leaves handed to the runtime: starting, stopping and hearing back from them. */
    private final Leaves leaves;
    /** Template calls nested in the event being handled: Argo's recursion depth, and a guard for the stack. */
    private int depth;
    /** The workflow's globals ({@code workflow.*}): the root of every template's scope. */
    private final Scope globals;
    /** The run's artifact repository, or null for the runtime's default. */
    private final ArtifactStore artifactStore;
    private final GlobalOutputs globalOutputs;

    /**
     * The scheduler of one run of {@code spec}; {@code clock} is the run's (the journal's times while it
     * replays), the other settings come from {@code options}.
     */
    Scheduler(WorkflowStatus status, NodeRuntime runtime, EventLoop loop, Clock clock, RunOptions options,
            RetryStrategy defaultRetry, Long parallelism, Scope globals, WorkflowSpec spec,
            List<YNode> podVolumes, Recovery recovery) {
        this.status = status;
        this.artifactStore = options.artifactStore();
        this.templateDefaults = spec.templateDefaults();
        this.globals = globals;
        this.globalOutputs = new GlobalOutputs(status, globals);
        this.defaultRetry = defaultRetry;
        this.leaves = new Leaves(this, runtime, loop, new Slots(parallelism), spec, podVolumes, recovery);
        this.runtime = runtime;
        this.loop = loop;
        this.clock = clock;
        this.listener = options.listener();
    }

    /** The run's artifact repository for its leaves, or null for the runtime's default. */
    ArtifactStore artifactStore() {
        return artifactStore;
    }

    WorkflowStatus status() {
        return status;
    }

    Leaves leaves() {
        return leaves;
    }

    Instant now() {
        return clock.instant();
    }

    /** Runs {@code event} on the loop after {@code delay}. */
    void later(java.time.Duration delay, Runnable event) {
        loop.postLater(event, Math.max(0, delay.toMillis()));
    }

    String workflowName() {
        return status.workflowName();
    }

    NodeStatus node(String id) {
        return status.node(id).orElseThrow(() -> new IllegalStateException("no node " + id));
    }

    /**
     * Runs {@code resolved} as the node {@code nodeName} inside the boundary node {@code boundary} (null at the
     * root), called with {@code arguments}; {@code owner} hears when the node is fulfilled.
     */
    NodeStatus execute(String nodeName, ResolvedTemplate resolved, String templateName, TemplateRef templateRef,
            NodeStatus boundary, Arguments arguments, ChildListener owner) {
        if (templateDefaults != null) {
            resolved = new ResolvedTemplate(TemplateDefaults.apply(resolved.template(), templateDefaults),
                    resolved.templateScope(), resolved.lookup());
        }
        RetryStrategy retry = resolved.template().retryStrategy() != null ? resolved.template().retryStrategy()
                : defaultRetry;
        if (retry == null) {
            return executeOnce(nodeName, resolved, templateName, templateRef, boundary, arguments, owner, Map.of());
        }
        NodeStatus node = create(nodeName, NodeType.RETRY, boundary, templateName, templateRef, resolved.templateScope(),
                NodePhase.RUNNING, null);
        try {
            node.setInputs(NodeInputs.of(resolved.template(), arguments));
        } catch (ExpressionException e) {
            // Each attempt reports the problem itself, as its node's error.
            node.setInputs(NodeIo.EMPTY);
        }
        owners.put(node.id(), owner);
        new RetryExecution(this, node, resolved, templateName, templateRef, boundary, arguments, retry).start();
        return node;
    }

    /** Runs the template once as the node {@code nodeName} (an attempt of a retry, or a node without one). */
    NodeStatus executeOnce(String nodeName, ResolvedTemplate resolved, String templateName, TemplateRef templateRef,
            NodeStatus boundary, Arguments arguments, ChildListener owner, Map<String, String> extraVariables) {
        if (depth >= MAX_DEPTH) {
            return error(nodeName, boundary, templateName, MAX_DEPTH_MESSAGE, owner);
        }
        depth++;
        try {
            return createAndStart(nodeName, resolved, templateName, templateRef, boundary, arguments, owner,
                    extraVariables);
        } finally {
            depth--;
        }
    }

    private NodeStatus createAndStart(String nodeName, ResolvedTemplate resolved, String templateName,
            TemplateRef templateRef, NodeStatus boundary, Arguments arguments, ChildListener owner,
            Map<String, String> extraVariables) {
        Template template = resolved.template();
        TemplateType type = template.type();
        NodeIo inputs;
        try {
            inputs = NodeInputs.render(NodeInputs.of(template, arguments), globals);
        } catch (ExpressionException e) {
            return error(nodeName, boundary, templateName, "inputs: " + e.getMessage(), owner);
        }
        // The pod name is derived once: the scope offers it and the runtime gets it (a template keeps its name
        // when rendered).
        String podName = type != null && type.isLeaf() ? NodeNames.podName(workflowName(), nodeName, template.name())
                : null;
        Scope scope = templateScope(inputs, nodeName, template, podName);
        try {
            inputs = NodeInputs.renderLocations(inputs, scope);
        } catch (ExpressionException e) {
            return error(nodeName, boundary, templateName, "inputs: " + e.getMessage(), owner);
        }
        for (NodeIo.Artifact a : inputs.artifacts()) {
            scope.put("inputs.artifacts." + a.name(), a);
        }
        extraVariables.forEach(scope::put);
        NodeStatus node;
        if (type == null) {
            return error(nodeName, boundary, templateName, "template '" + template.name() + "' has no type", owner);
        }
        NodeType nodeType = switch (type) {
            case CONTAINER, SCRIPT, CONTAINER_SET -> NodeType.POD;
            // Argo runs a resource template in a pod of its own (argoexec resource): a Pod node here too.
            case RESOURCE -> runtime.runsResourceTemplates() ? NodeType.POD : null;
            case STEPS -> NodeType.STEPS;
            case DAG -> NodeType.DAG;
            case SUSPEND -> NodeType.SUSPEND;
            default -> null;
        };
        if (nodeType == null) {
            return error(nodeName, boundary, templateName, type.field() + " templates are not run by argowf yet", owner);
        }
        // A pod waits for the runtime; steps, DAG and suspend nodes are at work from the start, as in Argo.
        node = create(nodeName, nodeType, boundary, templateName, templateRef, resolved.templateScope(),
                nodeType == NodeType.POD ? NodePhase.PENDING : NodePhase.RUNNING, null);
        node.setInputs(inputs);
        owners.put(node.id(), owner);
        if (template.containerSet() != null) {
            ContainerSets.createNodes(this, node, template.containerSet());
        }
        Template rendered;
        try {
            rendered = nodeType == NodeType.STEPS || nodeType == NodeType.DAG ? template : render(template, scope);
        } catch (ExpressionException e) {
            markPhase(node, NodePhase.ERROR, e.getMessage());
            fulfilled(node);
            return node;
        }
        switch (nodeType) {
            case POD -> leaves.launch(node, rendered, inputs, podName);
            case STEPS -> new StepsExecution(this, node, resolved, scope).start();
            case DAG -> new DagExecution(this, node, resolved, scope).start();
            default -> suspend(node, rendered.suspend().duration());
        }
        return node;
    }

    /**
     * The template with its tags replaced for one node; a template without tags is handed out as it is (found
     * out once per template, since rendering thousands of nodes of one template rebuilt it for each).
     */
    private Template render(Template template, Scope scope) {
        // Templates merged with templateDefaults are new objects for every node: not worth remembering.
        if (templateDefaults == null && !tagged.computeIfAbsent(template, TemplateRenderer::hasTags)) {
            return template;
        }
        return new TemplateRenderer(scope).render(template);
    }

    /** A node that could not run at all: Argo records it as a Skipped-type node in phase Error. */
    NodeStatus error(String nodeName, NodeStatus boundary, String templateName, String message, ChildListener owner) {
        NodeStatus node = create(nodeName, NodeType.SKIPPED, boundary, templateName, null, null, NodePhase.ERROR, message);
        owners.put(node.id(), owner);
        fulfilled(node);
        return node;
    }

    /** A node that will not run: Skipped ({@code when} false) or Omitted ({@code depends} false). */
    NodeStatus skip(String nodeName, NodeStatus boundary, String templateName, NodePhase phase, String message,
            ChildListener owner) {
        NodeStatus node = create(nodeName, NodeType.SKIPPED, boundary, templateName, null, null, phase, message);
        owners.put(node.id(), owner);
        fulfilled(node);
        return node;
    }

    NodeStatus create(String nodeName, NodeType type, NodeStatus boundary, String templateName, TemplateRef templateRef,
            String templateScope, NodePhase phase, String message) {
        String boundaryName = boundary == null ? null : boundary.name();
        NodeStatus node = new NodeStatus(NodeNames.nodeId(workflowName(), nodeName), nodeName,
                NodeNames.displayName(nodeName, boundaryName), type, boundary == null ? null : boundary.id(),
                templateName, templateRef, templateScope, phase, message, clock.instant());
        status.add(node);
        listener.nodeChanged(node);
        return node;
    }

    void markPhase(NodeStatus node, NodePhase phase, String message) {
        NodePhase before = node.phase();
        node.markPhase(phase, message, clock.instant());
        listener.nodeChanged(node);
        List<Runnable> watching = watchers.get(node.id());
        if (watching != null && before != phase) {
            List.copyOf(watching).forEach(Runnable::run);
        }
    }

    /** Calls {@code onChange} each time {@code node} changes phase (lifecycle hooks watch their node). */
    void watch(NodeStatus node, Runnable onChange) {
        watchers.computeIfAbsent(node.id(), k -> new ArrayList<>(1)).add(onChange);
    }

    private void suspend(NodeStatus node, String duration) {
        suspended.put(node.id(), node);
        java.util.Optional<java.time.Duration> wait = ArgoDuration.parse(duration);
        if (duration != null && wait.isEmpty()) {
            suspended.remove(node.id());
            markPhase(node, NodePhase.ERROR, "suspend duration '" + duration + "' is not a duration; use seconds or "
                    + "Go's form, such as 90 or 1m30s");
            fulfilled(node);
            return;
        }
        wait.ifPresent(d -> later(d, () -> resumeNode(node, null)));
    }

    /** Ends the suspend node {@code node} as Succeeded, if it is still waiting; returns whether it was. */
    boolean resumeNode(NodeStatus node, String message) {
        if (suspended.remove(node.id()) == null) {
            return false;
        }
        markPhase(node, NodePhase.SUCCEEDED, message);
        fulfilled(node);
        return true;
    }

    /** The suspend nodes now waiting, oldest first. */
    List<NodeStatus> suspendedNodes() {
        return List.copyOf(suspended.values());
    }

    Shutdown shutdown() {
        return shutdown;
    }

    /**
     * Begins a shutdown: running leaves are stopped (they end Failed with Argo's shutdown message) and waiting
     * suspend nodes end Failed; steps, DAGs and retries start nothing new from now on.
     */
    void shutdown(Shutdown strategy) {
        if (shutdown != null) {
            return;
        }
        shutdown = strategy;
        for (NodeStatus node : List.copyOf(suspended.values())) {
            suspended.remove(node.id());
            markPhase(node, NodePhase.FAILED, strategy.stoppedMessage());
            fulfilled(node);
        }
        NodeRuntime.StopReason reason = strategy == Shutdown.TERMINATE ? NodeRuntime.StopReason.TERMINATE
                : NodeRuntime.StopReason.STOP;
        // Daemons are left to their boundary, which ends soon and makes them Succeed, as in Argo.
        leaves.stopRunning(node -> !node.daemoned() && (strategy == Shutdown.TERMINATE || !inExitHandler(node)),
                strategy.podMessage(), reason);
    }

    /**
     * The workflow's {@code activeDeadlineSeconds} has passed: running leaves and waiting suspend nodes end
     * Failed with {@code Step exceeded its deadline}, and no new leaf starts; exit handlers are exempt.
     */
    void workflowDeadlinePassed() {
        deadlinePassed = clock.instant();
        for (NodeStatus node : List.copyOf(suspended.values())) {
            if (!inExitHandler(node)) {
                suspended.remove(node.id());
                markPhase(node, NodePhase.FAILED, STEP_DEADLINE);
                fulfilled(node);
            }
        }
        leaves.stopRunning(node -> !node.daemoned() && !inExitHandler(node), STEP_DEADLINE,
                NodeRuntime.StopReason.DEADLINE);
    }

    /** When the workflow's deadline passed, or null while it has not. */
    Instant deadlinePassed() {
        return deadlinePassed;
    }

    /** Why a leaf may not start now (a shutdown, the workflow's deadline), or null when it may. */
    String refusal(NodeStatus node) {
        if (shutdown == Shutdown.TERMINATE || (shutdown == Shutdown.STOP && !inExitHandler(node))) {
            return shutdown.podMessage();
        }
        if (deadlinePassed != null && !inExitHandler(node)) {
            return STEP_DEADLINE;
        }
        return null;
    }

    /** Argo's IsPartOfExitHandler: the node is, or lies inside, an exit handler ({@code .onExit} in its path). */
    boolean inExitHandler(NodeStatus node) {
        return node.name().substring(Math.min(node.name().length(), workflowName().length())).contains(".onExit");
    }

    /**
     * What follows a step's or task's node being fulfilled, in Argo's order: its started lifecycle hooks
     * end, then its exit handler runs; then {@code done}.
     */
    void afterNode(NodeStatus node, LifecycleHooks hooks, ExitHook exit, TemplateScope lookup, NodeStatus boundary,
            Runnable done) {
        Runnable exitThenDone = () -> {
            if (exit == null || !runExitHandler(node, exit, lookup, boundary, handler -> done.run())) {
                done.run();
            }
        };
        if (hooks != null) {
            hooks.whenDone(exitThenDone);
        } else {
            exitThenDone.run();
        }
    }

    /**
     * Runs the exit handler of {@code node} as {@code <node>.onExit} in {@code boundary}, hung under the node,
     * and calls {@code then} with it when it is fulfilled. Runs nothing (and returns false) when the node
     * did not complete (skipped, omitted) or the workflow is being terminated.
     */
    boolean runExitHandler(NodeStatus node, ExitHook hook, TemplateScope lookup, NodeStatus boundary,
            ChildListener then) {
        if (!node.phase().completed() || shutdown == Shutdown.TERMINATE) {
            return false;
        }
        String name = NodeNames.onExit(node.name());
        NodeStatus exit = lookup.resolve(hook.template(), hook.templateRef(), null)
                .map(t -> startExitHandler(name, t, hook, boundary, then))
                .orElseGet(() -> error(name, boundary, hook.template(), lookup.describe(hook.template(), hook.templateRef()),
                        then));
        exit.setFlags(true, exit.retried());
        node.addChild(exit.id());
        return true;
    }

    private NodeStatus startExitHandler(String name, ResolvedTemplate target, ExitHook hook, NodeStatus boundary,
            ChildListener then) {
        Arguments arguments = hook.arguments();
        if (hook.scope() != null) {
            try {
                arguments = NodeInputs.render(arguments, hook.scope(), target.template());
            } catch (ExpressionException e) {
                return error(name, boundary, hook.template(), e.getMessage(), then);
            }
        }
        return execute(name, target, hook.template(), hook.templateRef(), boundary, arguments, then);
    }

    /** Hands a leaf's output line to the run's listener. */
    void log(NodeStatus node, String line) {
        listener.log(node, line);
    }

    /** The workflow's outputs ({@code globalName}), which nodes' outputs set. */
    GlobalOutputs globalOutputs() {
        return globalOutputs;
    }

    /** Makes {@code owner} hear when {@code node} (created by the owner itself) is fulfilled. */
    void register(NodeStatus node, ChildListener owner) {
        owners.put(node.id(), owner);
    }

    /**
     * Tells the node's owner, through the queue, that the node is fulfilled. A steps or DAG node that is
     * fulfilled ends the daemons started inside it.
     */
    void fulfilled(NodeStatus node) {
        if (!daemons.isEmpty() && (node.type() == NodeType.STEPS || node.type() == NodeType.DAG)) {
            endDaemons(node.id());
        }
        ChildListener owner = owners.remove(node.id());
        if (owner != null) {
            loop.post(() -> owner.childFulfilled(node));
        }
    }

    /**
     * A daemon (a leaf, or a retry node whose attempt is one) became Daemoned: it is fulfilled for its owner
     * and runs on until its boundary is fulfilled.
     */
    void daemonStarted(NodeStatus node) {
        daemons.computeIfAbsent(boundaryKey(node), k -> new ArrayList<>(1)).add(node);
        listener.nodeChanged(node);
        fulfilled(node);
    }

    /** Ends every daemon still running, as Argo does before it marks the workflow completed. */
    void endAllDaemons() {
        List.copyOf(daemons.keySet()).forEach(this::endDaemons);
    }

    /** Argo's killDaemonedChildren: the daemons of a boundary Succeed and their leaves are stopped. */
    private void endDaemons(String boundaryId) {
        List<NodeStatus> ended = daemons.remove(boundaryId);
        if (ended == null) {
            return;
        }
        for (NodeStatus daemon : ended) {
            if (!daemon.daemoned()) {
                continue; // it ended on its own meanwhile
            }
            daemon.setDaemoned(false, daemon.podIp());
            markPhase(daemon, NodePhase.SUCCEEDED, null);
            if (daemon.type() == NodeType.POD) {
                leaves.stopDaemon(daemon);
            }
        }
    }

    private static String boundaryKey(NodeStatus node) {
        return node.boundaryId() == null ? "" : node.boundaryId();
    }

    /**
     * Argo's outbound nodes of a node: what a following step group or dependent task hangs under. Leaves
     * are their own outbound node; steps and DAG nodes store theirs when they end.
     */
    List<String> outboundNodes(NodeStatus node) {
        return switch (node.type()) {
            case STEPS, DAG -> node.outboundNodes().isEmpty() ? List.of(node.id()) : node.outboundNodes();
            case RETRY -> node.children().isEmpty() ? List.of(node.id())
                    : List.of(node.children().get(node.children().size() - 1));
            case POD -> ContainerSets.holdsContainers(this, node) ? ContainerSets.outboundNodes(this, node)
                    : List.of(node.id());
            case CONTAINER -> ContainerSets.outboundNodes(this, node);
            case TASK_GROUP -> {
                if (node.children().isEmpty()) {
                    yield List.of(node.id());
                }
                Set<String> out = new LinkedHashSet<>();
                node.children().forEach(c -> out.addAll(outboundNodes(node(c))));
                yield List.copyOf(out);
            }
            default -> List.of(node.id());
        };
    }

    /** Hangs {@code child} under every outbound node of each of {@code parents}. */
    void linkAfter(List<NodeStatus> parents, NodeStatus child) {
        for (NodeStatus parent : parents) {
            for (String id : outboundNodes(parent)) {
                node(id).addChild(child.id());
            }
        }
    }

    /**
     * The scope a template's fields see: the workflow's globals, its inputs ({@code inputs.parameters.X} and
     * the list of all as JSON), {@code node.name}, and {@code pod.name} for templates that become pods.
     */
    private Scope templateScope(NodeIo inputs, String nodeName, Template template, String podName) {
        Scope scope = globals.child();
        StringBuilder all = new StringBuilder("[");
        for (NodeIo.Parameter p : inputs.parameters()) {
            scope.put("inputs.parameters." + p.name(), p.value());
            if (all.length() > 1) {
                all.append(',');
            }
            all.append("{\"name\":").append(quote(p.name())).append(",\"value\":").append(quote(p.value())).append('}');
        }
        if (!inputs.parameters().isEmpty()) {
            scope.put("inputs.parameters", all.append(']').toString());
        }
        for (Artifact a : template.inputs().artifacts()) {
            if (a.path() != null) {
                scope.put("inputs.artifacts." + a.name() + ".path", a.path());
            }
        }
        for (Artifact a : template.outputs().artifacts()) {
            if (a.path() != null) {
                scope.put("outputs.artifacts." + a.name() + ".path", a.path());
            }
        }
        for (Parameter p : template.outputs().parameters()) {
            if (p.valueFrom() != null && p.valueFrom().path() != null) {
                scope.put("outputs.parameters." + p.name() + ".path", p.valueFrom().path());
            }
        }
        scope.put("node.name", nodeName);
        if (podName != null) {
            scope.put("pod.name", podName);
        }
        return scope;
    }

    private static String quote(String s) {
        return s == null ? "null" : new JsonValue.JString(s).toJson();
    }
}
