package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.lint.Linter;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.StatusJson;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One run of a Workflow: the engine's controller for it. The run's state changes only on its own event
 * loop; {@link #completion()} completes with the final status, and {@link #statusJson()} reads a consistent
 * snapshot in Argo's status shape at any time.
 */
public final class WorkflowRun implements AutoCloseable {

    private static final String NAME_CHARS = "bcdfghjklmnpqrstvwxz2456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Workflow workflow;
    /** What runs: the workflow's spec, or the spec of the template its workflowTemplateRef names. */
    private final WorkflowSpec spec;
    /** The workflowTemplateRef names a template the store does not hold. */
    private final boolean templateMissing;
    private final TemplateStore store;
    private final NodeRuntime runtime;
    private final RunOptions options;
    private final WorkflowStatus status;
    private final EventLoop loop;
    private final Scheduler scheduler;
    private final CompletableFuture<WorkflowStatus> completion = new CompletableFuture<>();
    /** The workflow's globals ({@code workflow.*}); exit handlers also see status and failures. */
    private final Scope globals;
    private LifecycleHooks rootHooks;
    /** The run's clock: the journal's times while it replays, the options' clock after. */
    private final RunClock clock;
    /** When the run began (kept from the journal when it is recovered). */
    private final Instant startedAt;
    /** Callers of {@link #resume} waiting for their count, in the order of their events. */
    private final java.util.Queue<CompletableFuture<Integer>> resumes = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Held by {@code spec.suspend} until resumed; only touched on the loop. */
    private boolean held;

    private WorkflowRun(Workflow workflow, TemplateStore store, NodeRuntime runtime, RunOptions options,
            List<JournalEntry> journal) {
        this.workflow = workflow;
        this.store = store;
        this.runtime = runtime;
        java.util.Optional<WorkflowSpec> effective = EffectiveSpec.of(workflow, store);
        this.templateMissing = effective.isEmpty();
        this.spec = effective.orElse(workflow.spec());
        this.options = options;
        JournalEntry begun = journal.stream().filter(e -> e.kind() == JournalEntry.Kind.BEGIN).findFirst()
                .orElse(null);
        String name = begun != null ? begun.workflowName()
                : options.workflowName() != null ? options.workflowName() : nameOf(workflow);
        this.status = new WorkflowStatus(name);
        this.loop = new EventLoop("argowf-run-" + name, this::internalError);
        this.clock = new RunClock(options.clock(), loop);
        Instant created = begun != null ? begun.time() : clock.instant();
        String uid = begun != null ? begun.uid() : java.util.UUID.randomUUID().toString();
        if (begun == null) {
            options.journal().append(JournalEntry.begin(name, uid, created));
        }
        this.startedAt = created;
        this.globals = globals(workflow, spec, name, uid, created);
        this.scheduler = new Scheduler(status, runtime, loop, clock, options,
                spec.retryStrategy(), spec.parallelism(), globals, spec,
                PodVolumes.of(spec, name, new TemplateRenderer(globals)), new Recovery(options.journal(), journal));
        loop.journal(options.journal(), this::apply, clock);
        if (begun != null) {
            loop.replay(journal.stream().filter(e -> e.kind().replayed()).toList(), created);
        }
    }

    /** Starts running {@code workflow}; {@code store} resolves its templateRefs. */
    public static WorkflowRun start(Workflow workflow, TemplateStore store, NodeRuntime runtime, RunOptions options) {
        WorkflowRun run = new WorkflowRun(workflow, store, runtime, options, List.of());
        run.loop.post(run::begin);
        return run;
    }

    /**
     * Recovers a run of {@code workflow} that was interrupted (its process killed, the machine restarted) from
     * its {@code journal}: the run goes through the same events again without asking the runtime to run a
     * leaf that ended, the runtime adopts the leaves that were running, and the run carries on from there,
     * appending to {@code options.journal()}. The run keeps its name, uid and times.
     */
    public static WorkflowRun recover(Workflow workflow, TemplateStore store, NodeRuntime runtime, RunOptions options,
            List<JournalEntry> journal) {
        if (journal.stream().noneMatch(e -> e.kind() == JournalEntry.Kind.BEGIN)) {
            throw new IllegalArgumentException("the journal does not begin a run: nothing to recover");
        }
        WorkflowRun run = new WorkflowRun(workflow, store, runtime, options, journal);
        run.loop.post(run::begin);
        return run;
    }

    /** Applies an external event, live or replayed from the journal, on the loop. */
    private void apply(JournalEntry event) {
        switch (event.kind()) {
            case PENDING, RUNNING, READY, CONTAINER, FINISHED -> scheduler.leaves().apply(event);
            case RESUME -> {
                int count = resumeNow(event.node());
                CompletableFuture<Integer> waiting = loop.replayingNow() ? null : resumes.poll();
                if (waiting != null) {
                    waiting.complete(count);
                }
            }
            case STOP -> shutdown(Shutdown.STOP);
            case TERMINATE -> shutdown(Shutdown.TERMINATE);
            case TIMER -> {
                Runnable timer = loop.timerEvent(event.timer());
                if (timer != null) {
                    timer.run();
                }
            }
            default -> throw new IllegalArgumentException("not an event: " + event.kind());
        }
    }

    public CompletableFuture<WorkflowStatus> completion() {
        return completion;
    }

    /** The run's status now, as Argo's status JSON (read on the run's loop, so it is consistent). */
    public String statusJson() {
        CompletableFuture<String> json = new CompletableFuture<>();
        loop.postQuiet(() -> json.complete(StatusJson.toJson(status, true)));
        try {
            // Once the run has ended its loop takes no more events, and its state no longer changes.
            CompletableFuture.anyOf(json, completion).get();
            return json.isDone() ? json.get() : StatusJson.toJson(status, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the run's status", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public String workflowName() {
        return status.workflowName();
    }

    /**
     * Resumes the run, as {@code argo resume} does: a workflow held by {@code spec.suspend} starts, and every
     * waiting suspend node ends Succeeded (only those whose name or display name is {@code node}, when given).
     * Completes with the number of nodes resumed.
     */
    public CompletableFuture<Integer> resume(String node) {
        CompletableFuture<Integer> resumed = new CompletableFuture<>();
        resumes.add(resumed);
        loop.external(JournalEntry.of(JournalEntry.Kind.RESUME, node));
        completion.thenRun(() -> resumed.complete(0));
        return resumed;
    }

    private int resumeNow(String node) {
        if (held) {
            held = false;
            startRoot();
        }
        int count = 0;
        for (NodeStatus n : scheduler.suspendedNodes()) {
            if (node == null || node.equals(n.name()) || node.equals(n.displayName())) {
                count += scheduler.resumeNode(n, null) ? 1 : 0;
            }
        }
        return count;
    }

    /** Stops the run as {@code argo stop} does: running nodes end, nothing new starts, exit handlers run. */
    public void stop() {
        loop.external(JournalEntry.of(JournalEntry.Kind.STOP, null));
    }

    /** Terminates the run as {@code argo terminate} does: like stop, and exit handlers do not run. */
    public void terminate() {
        loop.external(JournalEntry.of(JournalEntry.Kind.TERMINATE, null));
    }

    private void shutdown(Shutdown strategy) {
        if (held) {
            end(WorkflowPhase.FAILED, strategy.stoppedMessage());
            return;
        }
        scheduler.shutdown(strategy);
    }

    private void begin() {
        status.start(startedAt);
        Long deadline = spec.activeDeadlineSeconds();
        if (deadline != null) {
            scheduler.later(java.time.Duration.ofSeconds(deadline), scheduler::workflowDeadlinePassed);
        }
        Optional<Diagnostic> invalid = options.alreadyLinted() ? Optional.empty()
                : new Linter(store).lint(workflow).stream().filter(Diagnostic::isError).findFirst();
        if (invalid.isPresent()) {
            // Argo's controller marks a workflow that fails validation Failed without running anything.
            end(WorkflowPhase.FAILED, "invalid spec: " + invalid.get().message());
            return;
        }
        if (templateMissing) {
            end(WorkflowPhase.ERROR, "workflow template '" + workflow.spec().workflowTemplateRef().name()
                    + "' not found; pass its file with --templates");
            return;
        }
        if (Boolean.TRUE.equals(spec.suspend())) {
            // spec.suspend holds the whole workflow until it is resumed, as in Argo.
            held = true;
            return;
        }
        startRoot();
    }

    private void startRoot() {
        TemplateScope scope = new TemplateScope(spec, "local/" + status.workflowName(), store);
        String entrypoint = spec.entrypoint();
        scope.resolve(entrypoint, null, null).ifPresentOrElse(
                entry -> {
                    NodeStatus root = scheduler.execute(status.workflowName(), entry, entrypoint, null, null,
                            spec.arguments(), this::rootFulfilled);
                    // The workflow's own hooks watch the root node; their expressions read workflow.status.
                    rootHooks = new LifecycleHooks(scheduler, root, spec.hooks(), "workflow.status", globals, null, scope)
                            .watch();
                },
                () -> end(WorkflowPhase.FAILED, "invalid spec: " + scope.describe(entrypoint, null)));
    }

    /** Waits for the workflow's started hooks, then runs its exit handler, when it has one. */
    private void rootFulfilled(NodeStatus root) {
        if (rootHooks != null) {
            rootHooks.whenDone(() -> afterRootHooks(root));
        } else {
            afterRootHooks(root);
        }
    }

    private void afterRootHooks(NodeStatus root) {
        ExitHook hook = ExitHook.of(spec.onExit(), spec.hooks()).orElse(null);
        TemplateScope scope = new TemplateScope(spec, "local/" + status.workflowName(), store);
        if (hook == null || scheduler.shutdown() == Shutdown.TERMINATE) {
            rootDone(root, null);
            return;
        }
        globals.put("workflow.status", switch (root.phase()) {
            case FAILED -> "Failed";
            case ERROR -> "Error";
            default -> "Succeeded";
        });
        globals.put("workflow.failures", WorkflowFailures.json(status));
        String name = io.jenkins.plugins.argoworkflow.engine.run.NodeNames.onExit(status.workflowName());
        // The workflow's exit handler has no boundary and hangs under no node, as in Argo.
        NodeStatus exit = scope.resolve(hook.template(), hook.templateRef(), null)
                .map(t -> scheduler.execute(name, t, hook.template(), hook.templateRef(), null, hook.arguments(),
                        done -> rootDone(root, done)))
                .orElseGet(() -> scheduler.error(name, null, hook.template(),
                        scope.describe(hook.template(), hook.templateRef()), done -> rootDone(root, done)));
        exit.setFlags(true, exit.retried());
    }

    /**
     * Argo's mapping of the root node (and the exit handler) to the workflow: Skipped and Omitted count as
     * Succeeded; a failed or errored exit handler fails a workflow that had succeeded, with its message.
     */
    private void rootDone(NodeStatus root, NodeStatus exit) {
        if (root.phase() != NodePhase.FAILED && root.phase() != NodePhase.ERROR && exit != null
                && exit.phase().failedOrError() && scheduler.shutdown() == null) {
            end(exit.phase() == NodePhase.ERROR ? WorkflowPhase.ERROR : WorkflowPhase.FAILED, exit.message());
            return;
        }
        Shutdown shutdown = scheduler.shutdown();
        if (shutdown != null && root.phase().failedOrError()) {
            end(root.phase() == NodePhase.ERROR ? WorkflowPhase.ERROR : WorkflowPhase.FAILED, shutdown.stoppedMessage());
            return;
        }
        switch (root.phase()) {
            case FAILED -> end(WorkflowPhase.FAILED, root.message());
            case ERROR -> end(WorkflowPhase.ERROR, root.message());
            default -> end(WorkflowPhase.SUCCEEDED, null);
        }
    }

    private void end(WorkflowPhase phase, String message) {
        scheduler.endAllDaemons();
        runtime.runEnded(status.workflowName(), spec, phase);
        status.finish(phase, message, clock.instant());
        options.listener().finished(status);
        completion.complete(status);
        loop.close();
    }

    /** A bug while handling an event ends the run in Error rather than leaving it hanging. */
    private void internalError(Throwable e) {
        if (!completion.isDone()) {
            try {
                runtime.runEnded(status.workflowName(), spec, WorkflowPhase.ERROR);
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            status.finish(WorkflowPhase.ERROR, "error in entry template execution: " + e, clock.instant());
            completion.complete(status);
        }
        loop.close();
    }

    /**
     * Argo's global variables: workflow name, namespace, uid, creation time, labels, annotations, the
     * entrypoint, and the workflow's parameters, one by one and all together as JSON.
     */
    private static Scope globals(Workflow workflow, WorkflowSpec spec, String name, String uid, Instant created) {
        Scope g = new Scope(null);
        String namespace = workflow.metadata().namespace();
        g.put("workflow.name", name);
        g.put("workflow.namespace", namespace == null || namespace.isEmpty() ? "default" : namespace);
        g.put("workflow.uid", uid);
        g.put("workflow.creationTimestamp", created.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        g.put("workflow.mainEntrypoint", spec.entrypoint());
        workflow.metadata().labels().forEach((k, v) -> g.put("workflow.labels." + k, v));
        workflow.metadata().annotations().forEach((k, v) -> g.put("workflow.annotations." + k, v));
        java.util.List<java.util.Map<String, String>> all = new java.util.ArrayList<>();
        for (io.jenkins.plugins.argoworkflow.engine.model.Parameter p : spec.arguments().parameters()) {
            String value = p.value() != null ? p.value() : p.defaultValue();
            g.put("workflow.parameters." + p.name(), value);
            java.util.Map<String, String> one = new java.util.LinkedHashMap<>();
            one.put("name", p.name());
            one.put("value", value);
            all.add(one);
        }
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            String parameters = json.writeValueAsString(all);
            g.put("workflow.parameters", parameters);
            g.put("workflow.parameters.json", parameters);
            g.put("workflow.labels.json", json.writeValueAsString(workflow.metadata().labels()));
            g.put("workflow.annotations.json", json.writeValueAsString(workflow.metadata().annotations()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return g;
    }

    /** The name a run of {@code workflow} gets: its name, else its generateName plus five random characters. */
    public static String nameOf(Workflow workflow) {
        String name = workflow.metadata().name();
        if (name != null && !name.isEmpty()) {
            return name;
        }
        String prefix = workflow.metadata().generateName();
        StringBuilder out = new StringBuilder(prefix == null || prefix.isEmpty() ? "workflow-" : prefix);
        for (int i = 0; i < 5; i++) {
            out.append(NAME_CHARS.charAt(RANDOM.nextInt(NAME_CHARS.length())));
        }
        return out.toString();
    }

    @Override
    public void close() {
        loop.close();
    }
}
