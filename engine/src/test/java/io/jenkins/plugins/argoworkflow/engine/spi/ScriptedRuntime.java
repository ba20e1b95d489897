package io.jenkins.plugins.argoworkflow.engine.spi;

import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A {@link NodeRuntime} whose outcomes the test scripts: per template name (or per node name, which wins),
 * an exit code, stdout, output parameters and a delay. With no delay a node finishes during
 * {@link #launch}: the instant runtime for scheduling tests and benchmarks. Records every launch, so a
 * test can assert what ran and in which order.
 */
public final class ScriptedRuntime implements NodeRuntime {

    /**
     * One scripted outcome; {@code stdout} becomes the node's result. A {@code runsAsDaemon} outcome reports the
     * node ready at once and runs until it is stopped (or for its delay, when one is given).
     */
    public record Outcome(int exitCode, String stdout, Map<String, String> outputParameters, Duration delay,
            String errorMessage, boolean runsAsDaemon) {

        public Outcome(int exitCode, String stdout, Map<String, String> outputParameters, Duration delay,
                String errorMessage) {
            this(exitCode, stdout, outputParameters, delay, errorMessage, false);
        }

        /** A server: ready at once, running until stopped. */
        public static Outcome daemon() {
            return new Outcome(0, null, Map.of(), Duration.ZERO, null, true);
        }

        public static Outcome succeed() {
            return new Outcome(0, null, Map.of(), Duration.ZERO, null);
        }

        public static Outcome exit(int code) {
            return new Outcome(code, null, Map.of(), Duration.ZERO, null);
        }

        public static Outcome print(String stdout) {
            return new Outcome(0, stdout, Map.of(), Duration.ZERO, null);
        }

        /** The runtime fails to run the node at all (Argo: phase Error). */
        public static Outcome error(String message) {
            return new Outcome(0, null, Map.of(), Duration.ZERO, message);
        }

        public Outcome withOutput(String name, String value) {
            Map<String, String> params = new LinkedHashMap<>(outputParameters);
            params.put(name, value);
            return new Outcome(exitCode, stdout, params, delay, errorMessage, runsAsDaemon);
        }

        public Outcome after(Duration wait) {
            return new Outcome(exitCode, stdout, outputParameters, wait, errorMessage, runsAsDaemon);
        }
    }

    private final Map<String, Function<LeafRequest, Outcome>> byTemplate = new ConcurrentHashMap<>();
    private final Map<String, Function<LeafRequest, Outcome>> byNode = new ConcurrentHashMap<>();
    private final List<LeafRequest> launched = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final Map<String, NodeListener> listeners = new ConcurrentHashMap<>();
    private volatile Function<LeafRequest, Outcome> otherwise = r -> Outcome.succeed();
    private final List<String> stops = Collections.synchronizedList(new ArrayList<>());
    private final List<LeafRequest> adopted = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean adopting;
    private ScheduledExecutorService timer;

    /** Scripts every node of template {@code template}. */
    public ScriptedRuntime onTemplate(String template, Outcome outcome) {
        return onTemplate(template, r -> outcome);
    }

    /** Scripts every node of template {@code template} from its request (e.g. echo an input). */
    public ScriptedRuntime onTemplate(String template, Function<LeafRequest, Outcome> outcome) {
        byTemplate.put(template, outcome);
        return this;
    }

    /** Scripts every node that no template or node script names (by default they succeed at once). */
    public ScriptedRuntime otherwise(Function<LeafRequest, Outcome> outcome) {
        otherwise = outcome;
        return this;
    }

    /** Scripts the node named {@code nodeName}; wins over the template's script. */
    public ScriptedRuntime onNode(String nodeName, Outcome outcome) {
        byNode.put(nodeName, r -> outcome);
        return this;
    }

    /**
     * Finds leaves of a recovered run again, as the Kubernetes runtime finds their pods: an adopted leaf
     * goes on to its scripted outcome (without this, adopted leaves are lost and end in Error).
     */
    public ScriptedRuntime adoptingRunningLeaves() {
        adopting = true;
        return this;
    }

    /** Every adoption so far. */
    public List<LeafRequest> adopted() {
        synchronized (adopted) {
            return List.copyOf(adopted);
        }
    }

    @Override
    public void adopt(LeafRequest request, NodeListener listener) {
        if (!adopting) {
            NodeRuntime.super.adopt(request, listener);
            return;
        }
        adopted.add(request);
        run(request, listener);
    }

    /** Every launch so far, in launch order. */
    public List<LeafRequest> launched() {
        synchronized (launched) {
            return List.copyOf(launched);
        }
    }

    @Override
    public void launch(LeafRequest request, NodeListener listener) {
        launched.add(request);
        run(request, listener);
    }

    private void run(LeafRequest request, NodeListener listener) {
        Function<LeafRequest, Outcome> script = byNode.getOrDefault(request.nodeName(),
                byTemplate.getOrDefault(String.valueOf(request.template().name()), otherwise));
        Outcome outcome = script.apply(request);
        listener.running(request.nodeId(), null);
        if (outcome.runsAsDaemon()) {
            listener.ready(request.nodeId(), "10.0.0." + launched.size());
            listeners.put(request.nodeId(), listener);
            if (outcome.delay().isZero()) {
                return; // until stopped
            }
        } else if (outcome.delay().isZero()) {
            finish(request, outcome, listener);
            return;
        }
        listeners.put(request.nodeId(), listener);
        pending.put(request.nodeId(), timer().schedule(() -> {
            pending.remove(request.nodeId());
            listeners.remove(request.nodeId());
            finish(request, outcome, listener);
        }, outcome.delay().toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * A containerSet's containers: all Succeeded with a zero exit code; otherwise the first one Failed with
     * Argo's message and the others not reported (the scheduler decides their phase).
     */
    private static void reportContainers(LeafRequest request, Outcome outcome, NodeListener listener) {
        var set = request.template().containerSet();
        if (set == null) {
            return;
        }
        for (var c : set.containers()) {
            String name = c.container().name();
            if (outcome.exitCode() == 0) {
                listener.containerChanged(request.nodeId(), name, NodePhase.SUCCEEDED, null);
            } else {
                listener.containerChanged(request.nodeId(), name, NodePhase.FAILED,
                        name + ": Error (exit code " + outcome.exitCode() + ")");
                return;
            }
        }
    }

    /**
     * Every declared output artifact, as a runtime would store it: under its key-only location's key, else
     * under Argo's default key in the run's store (kind {@code s3} when the run names no store).
     */
    static List<NodeIo.Artifact> outputArtifacts(LeafRequest request) {
        List<NodeIo.Artifact> artifacts = new ArrayList<>();
        for (Artifact a : request.template().outputs().artifacts()) {
            ArchiveStrategy.Kind archive = a.archive() == null ? ArchiveStrategy.Kind.TAR : a.archive().kind();
            if (a.storage() != null && a.storage().keyOnly()) {
                artifacts.add(new NodeIo.Artifact(a.name(), a.path(), a.storage().kind(), a.storage().value(), archive));
            } else {
                ArtifactStore store = request.artifactStore();
                String kind = store == null ? "s3" : store.kind();
                String key = store == null ? ArtifactStore.defaultKey(request.workflowName(), request.podName(), a)
                        : store.outputKey(request.workflowName(), request.podName(), a);
                artifacts.add(new NodeIo.Artifact(a.name(), a.path(), kind, key, archive));
            }
        }
        return artifacts;
    }

    private static void finish(LeafRequest request, Outcome outcome, NodeListener listener) {
        reportContainers(request, outcome, listener);
        if (outcome.errorMessage() != null) {
            listener.finished(request.nodeId(), LeafResult.error(outcome.errorMessage()));
            return;
        }
        if (outcome.stdout() != null) {
            outcome.stdout().lines().forEach(line -> listener.log(request.nodeId(), line));
        }
        List<NodeIo.Parameter> params = new ArrayList<>();
        outcome.outputParameters().forEach((k, v) -> params.add(new NodeIo.Parameter(k, v)));
        String result = outcome.stdout() == null ? null : trimOneNewline(outcome.stdout());
        NodeIo outputs = new NodeIo(params, outputArtifacts(request), result, Integer.toString(outcome.exitCode()));
        listener.finished(request.nodeId(), LeafResult.exited(outcome.exitCode(), outputs));
    }

    private static String trimOneNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** Every stop so far, as {@code nodeId:REASON}, in order. */
    public List<String> stops() {
        synchronized (stops) {
            return List.copyOf(stops);
        }
    }

    @Override
    public void stop(String nodeId, StopReason reason) {
        stops.add(nodeId + ":" + reason);
        ScheduledFuture<?> f = pending.remove(nodeId);
        NodeListener listener = listeners.remove(nodeId);
        if (listener == null || (f != null && !f.cancel(false))) {
            return;
        }
        if (reason == StopReason.DAEMON_DONE) {
            listener.finished(nodeId, LeafResult.exited(143, NodeIo.EMPTY));
        } else {
            String message = reason == StopReason.DEADLINE ? "Step exceeded its deadline" : "Stopped with strategy '"
                    + (reason == StopReason.STOP ? "Stop" : "Terminate") + "'";
            listener.finished(nodeId, new LeafResult(io.jenkins.plugins.argoworkflow.engine.run.NodePhase.FAILED,
                    message, NodeIo.EMPTY));
        }
    }

    private synchronized ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "scripted-runtime");
                t.setDaemon(true);
                return t;
            });
        }
        return timer;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
