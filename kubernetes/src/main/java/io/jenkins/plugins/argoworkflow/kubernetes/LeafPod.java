package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One leaf node's pod as the informer shows it, event by event: Pending reasons reported, main's log
 * streamed once main starts, outputs taken from main's termination message (or by exec into wait), and the
 * node's end when the pod ends or disappears.
 */
final class LeafPod {

    /**
     * What the controller runs in wait to read outputs too big for a termination message and packed artifacts:
     * a tar of the outputs directory on stdout (OutputArtifacts reads it).
     */
    static final List<String> COLLECT = List.of("sh", "-c", "cd " + PodManifest.VAR_RUN_ARGO + "/outputs && tar -cf -"
            + " outputs artifacts && touch " + PodManifest.VAR_RUN_ARGO + "/collected");
    /** Where init takes the controller's tar of input artifacts (see init.sh). */
    private static final String INPUTS = PodManifest.VAR_RUN_ARGO + "/inputs";
    private static final long DRAIN_SECONDS = 30;
    /** How long a log stream that ended waits for the pod's status to say main ended, before it reads on. */
    private static final long LOG_END_WAIT_MILLIS = 5_000;
    private static final long LOG_RETRY_FIRST_MILLIS = 500;
    private static final long LOG_RETRY_MAX_MILLIS = 8_000;
    private static final int EXEC_ATTEMPTS = 3;
    /** How much of an exec's stderr an error message quotes; the rest is dropped as it comes. */
    private static final int STDERR_BYTES = 4096;

    private final KubernetesRuntime runtime;
    private final LeafRequest request;
    private final NodeListener listener;
    private final String podName;
    /** Whether the pod's create returned (or the pod was found): only then can its absence mean deleted. */
    private volatile boolean created;
    private volatile Long stopGrace;
    private boolean running;
    private boolean ready;
    private boolean done;
    /** Whether main's container has ended, as the pod's status last said (guarded by this). */
    private boolean mainEnded;
    private String pending;
    private Future<?> log;
    private Future<?> exec;
    private OutputsMessage outputs;
    /** Why the outputs an exec was to read could not be read, or null. */
    private String collectFailure;
    /** The artifacts main packed, as read from wait, by name. */
    private Map<String, Path> packed = Map.of();
    /** The node's own directory on the controller for artifacts in transit, or null until one is needed. */
    private Path scratch;
    /** The tar of input artifacts to stream into init, or null when the node has none. */
    private Path inputs;
    private Future<?> streamIn;
    /** The pod's labels as last seen, for podGC's labelSelector. */
    private Map<String, String> podLabels = Map.of();

    LeafPod(KubernetesRuntime runtime, LeafRequest request, NodeListener listener, String podName) {
        this.runtime = runtime;
        this.request = request;
        this.listener = listener;
        this.podName = podName;
    }

    String podName() {
        return podName;
    }

    String nodeId() {
        return request.nodeId();
    }

    LeafRequest request() {
        return request;
    }

    void markCreated() {
        created = true;
    }

    /** The node was stopped: its pod is deleted with {@code graceSeconds}, also one made after the stop. */
    void markStopped(long graceSeconds) {
        stopGrace = graceSeconds;
    }

    /** The grace the node's stop asked for, or null when it was not stopped. */
    Long stopGrace() {
        return stopGrace;
    }

    boolean created() {
        return created;
    }

    /**
     * Fetches the input artifacts into the tar init is to receive, before the pod exists.
     *
     * @return why they could not be fetched (the node errs without a pod), or null
     */
    String prepareInputs() {
        if (request.inputs().artifacts().isEmpty()) {
            return null;
        }
        try {
            Path tar = InputArtifacts.tar(request, request.artifactStore(), scratch());
            synchronized (this) {
                inputs = tar;
            }
            return null;
        } catch (ArtifactException e) {
            return e.getMessage();
        } catch (IOException e) {
            return "input artifacts could not be prepared: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while fetching input artifacts";
        }
    }

    synchronized Map<String, String> podLabels() {
        return podLabels;
    }

    synchronized void observe(Pod pod) {
        Map<String, String> labels = pod.getMetadata().getLabels();
        if (labels != null) {
            podLabels = Map.copyOf(labels);
        }
        if (done) {
            return;
        }
        if (labels != null && labels.entrySet().containsAll(request.labels().entrySet())) {
            created = true; // seen before its create returned (an answer lost, then AlreadyExists)
        }
        if (inputs != null && streamIn == null && PodOutcome.initRunning(pod, PodManifest.INIT)) {
            streamIn = runtime.io().submit(this::streamInputs);
        }
        if ("Pending".equals(PodOutcome.phase(pod))) {
            String reason = PodOutcome.pendingReason(pod);
            if (reason != null && !reason.equals(pending)) {
                pending = reason;
                listener.pending(nodeId(), reason);
            }
        }
        if (!running && PodOutcome.started(pod, PodManifest.MAIN)) {
            running = true;
            listener.running(nodeId(), pod.getStatus().getPodIP());
            log = runtime.io().submit(this::streamLog);
        }
        if (running && !ready && PodOutcome.ready(pod)) {
            ready = true;
            listener.ready(nodeId(), pod.getStatus().getPodIP());
        }
        Optional<ContainerStateTerminated> main = PodOutcome.terminated(pod, PodManifest.MAIN);
        if (main.isPresent() && !mainEnded) {
            mainEnded = true;
            notifyAll(); // a log stream waiting to know whether main ended
        }
        if (main.isPresent() && outputs == null && exec == null && collectFailure == null) {
            String message = main.get().getMessage();
            if (OutputsMessage.isExec(message)) {
                exec = runtime.io().submit(this::collectByExec);
            } else if (OutputsMessage.isOutputs(message)) {
                try {
                    OutputsMessage parsed = OutputsMessage.parse(message, request.template(), podName);
                    if (parsed.hasArtifacts()) {
                        exec = runtime.io().submit(this::collectByExec);
                    } else {
                        outputs = parsed;
                    }
                } catch (OutputsMessage.OutputsException e) {
                    collectFailure = e.getMessage();
                }
            }
        }
        if (PodOutcome.completed(pod)) {
            done = true;
            runtime.io().execute(() -> end(pod));
        }
    }

    /** The pod went away before it ended: Argo's {@code pod deleted}, an Error. */
    void deleted() {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
        }
        if (log != null) {
            log.cancel(true);
        }
        report(LeafResult.error("pod deleted"), null);
    }

    /** The node cannot start: it ends in Error before its pod was created. */
    void failBeforePod(String message) {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
        }
        report(LeafResult.error(message), null);
    }

    /** The node cannot go on (the pod could not be created, the runtime closes). */
    void fail(String message) {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
        }
        report(LeafResult.error(message), NodePhase.ERROR);
    }

    private void end(Pod pod) {
        drain(log);
        drain(exec);
        drain(streamIn);
        PodOutcome.Ended ended = PodOutcome.ended(pod);
        Integer exitCode = PodOutcome.terminated(pod, PodManifest.MAIN).map(ContainerStateTerminated::getExitCode)
                .orElse(null);
        NodePhase phase = ended.phase();
        String message = ended.message();
        NodeIo io = NodeIo.EMPTY;
        OutputsMessage collected;
        String notCollected;
        Map<String, Path> archives;
        synchronized (this) {
            collected = outputs;
            notCollected = collectFailure;
            archives = packed;
        }
        if (notCollected != null && phase == NodePhase.SUCCEEDED) {
            phase = NodePhase.ERROR;
            message = notCollected;
        }
        if (collected != null && exitCode != null) {
            try {
                // Parameters first, so that a node whose artifacts cannot be saved keeps its result and parameters.
                io = collected.toNodeIo(request.template(), exitCode, List.of());
                io = collected.toNodeIo(request.template(), exitCode, saveArtifacts(archives));
            } catch (OutputsMessage.OutputsException | ArtifactException e) {
                if (phase == NodePhase.SUCCEEDED) {
                    phase = NodePhase.ERROR;
                    message = e.getMessage();
                }
            }
        } else if (exitCode != null) {
            io = new NodeIo(List.of(), List.of(), null, exitCode.toString());
        }
        report(new LeafResult(phase, message, io), phase);
    }

    /**
     * Reports the node's end after its pod is cleaned up, so that a run never ends with its pods still
     * there (argowf exits right after).
     *
     * @param podPhase the phase podGC decides by, or null when the pod is gone already
     */
    private void report(LeafResult result, NodePhase podPhase) {
        deleteScratch();
        runtime.ended(this, podPhase);
        listener.finished(nodeId(), result);
    }

    /**
     * Follows main's log. fabric8 first looks the pod up (it would wait for it to be ready; main has already
     * started, so no wait is asked for), then streams until main ends. A stream that breaks off, or ends while
     * main has not (as far as the pod's status says within {@link #LOG_END_WAIT_MILLIS}), is requested again from
     * where it was ({@link LogResume}), with a growing pause, until main has ended and its log was read to the
     * end, the pod is gone, or the node's end stops waiting for it.
     */
    private void streamLog() {
        LogResume resume = new LogResume();
        long pause = LOG_RETRY_FIRST_MILLIS;
        for (int attempt = 1; ; attempt++) {
            String broke;
            boolean[] shown = {false};
            try (LogWatch watch = logRequest(resume).watchLog(); InputStream log = watch.getOutput()) {
                LogLines.split(log, (piece, end) -> {
                    // A last piece without a newline is whole only if main ended; else it is read again later.
                    String text = resume.accept(piece, end,
                            end == LogLines.End.STREAM && mainEnded(LOG_END_WAIT_MILLIS));
                    if (text != null) {
                        shown[0] = true;
                        listener.log(nodeId(), text);
                    }
                });
                if (mainEnded(LOG_END_WAIT_MILLIS)) {
                    return;
                }
                broke = "the stream ended while main still ran";
            } catch (IOException | KubernetesClientException e) {
                if (e instanceof KubernetesClientException k && k.getCode() == 404) {
                    listener.log(nodeId(), "argowf: the log of pod " + podName + " broke off: the pod is gone");
                    return;
                }
                broke = e.getMessage();
            }
            if (Thread.currentThread().isInterrupted()) {
                listener.log(nodeId(), "argowf: the log of pod " + podName + " broke off: " + broke);
                return;
            }
            pause = shown[0] ? LOG_RETRY_FIRST_MILLIS : Math.min(pause * 2, LOG_RETRY_MAX_MILLIS);
            System.getLogger(LeafPod.class.getName()).log(System.Logger.Level.INFO, "the log of pod " + podName
                    + " broke off (" + broke + "); reading on from " + resume.sinceTime() + " in " + pause + " ms"
                    + " (attempt " + attempt + ")");
            synchronized (this) {
                try {
                    if (!mainEnded) {
                        wait(pause); // woken early when main ends: its last lines are read at once
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    listener.log(nodeId(), "argowf: the log of pod " + podName + " broke off: " + broke);
                    return;
                }
            }
            resume.reconnecting();
        }
    }

    /** A request for main's log with timestamps, from where {@code resume} was read to. */
    private io.fabric8.kubernetes.client.dsl.Loggable logRequest(LogResume resume) {
        var timed = runtime.pod(podName).inContainer(PodManifest.MAIN).withReadyWaitTimeout(0).usingTimestamps();
        String since = resume.sinceTime();
        return since == null ? timed : timed.sinceTime(since);
    }

    /** Whether main has ended, waiting up to {@code millis} for the pod's status to say so. */
    private synchronized boolean mainEnded(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            for (long left = millis; !mainEnded && left > 0; left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return mainEnded;
    }

    /**
     * Reads the outputs from wait, trying {@link #EXEC_ATTEMPTS} times: an exec is a WebSocket, and one
     * that fails to open would otherwise leave wait holding the outputs until its collect timeout.
     */
    private void collectByExec() {
        String failure = null;
        for (int attempt = 1; attempt <= EXEC_ATTEMPTS; attempt++) {
            try {
                OutputsMessage parsed = execCollect();
                synchronized (this) {
                    outputs = parsed;
                }
                return;
            } catch (ExecutionException | TimeoutException | KubernetesClientException e) {
                failure = e.getMessage();
            } catch (OutputsMessage.OutputsException e) {
                synchronized (this) {
                    collectFailure = e.getMessage(); // read again, they would be as long again
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        synchronized (this) {
            collectFailure = "the outputs of pod " + podName + " could not be read from its wait container: " + failure;
        }
    }

    private OutputsMessage execCollect() throws ExecutionException, TimeoutException, InterruptedException,
            OutputsMessage.OutputsException {
        Path tar;
        try {
            tar = Files.createTempFile(scratch(), "wait-", ".tar");
        } catch (IOException e) {
            throw new ExecutionException(e);
        }
        try {
            BoundedOutput err = new BoundedOutput(STDERR_BYTES);
            try (OutputStream out = Files.newOutputStream(tar)) {
                int code = runtime.exec(podName, PodManifest.WAIT, COLLECT, null, out, err,
                        java.time.Duration.ofSeconds(DRAIN_SECONDS));
                if (code != 0) {
                    throw new ExecutionException("exit code " + code + ": " + err.toString().strip(), null);
                }
            }
            OutputArtifacts.Collected collected;
            try (InputStream in = Files.newInputStream(tar)) {
                collected = OutputArtifacts.read(in, scratch(), OutputsMessage.maxBytes(request.template()), podName);
            }
            if (collected.outputs() == null) {
                throw new ExecutionException("the wait container sent no outputs summary", null);
            }
            synchronized (this) {
                packed = collected.packed();
            }
            return OutputsMessage.parse(collected.outputs(), request.template(), podName);
        } catch (IOException e) {
            throw new ExecutionException(e);
        } finally {
            try {
                Files.deleteIfExists(tar);
            } catch (IOException e) {
                // The scratch directory goes when the node ends.
            }
        }
    }

    /** The output artifacts saved to the run's store; none declared, none saved. */
    private List<NodeIo.Artifact> saveArtifacts(Map<String, Path> archives) throws ArtifactException {
        if (request.template().outputs().artifacts().stream().noneMatch(a -> a.path() != null)) {
            return List.of();
        }
        try {
            return OutputArtifacts.save(request, request.artifactStore(), archives, scratch());
        } catch (IOException e) {
            throw new ArtifactException("output artifacts could not be saved: " + e.getMessage());
        }
    }

    /**
     * Streams the input artifacts' tar into init, which waits for it (init.sh). {@code head -c} takes exactly
     * the tar's bytes, so the end of stdin need not reach the container (exec protocols before v5 cannot
     * close it). Tried {@link #EXEC_ATTEMPTS} times; then the node errs, as init would after its timeout.
     */
    private void streamInputs() {
        String failure = null;
        for (int attempt = 1; attempt <= EXEC_ATTEMPTS; attempt++) {
            BoundedOutput err = new BoundedOutput(STDERR_BYTES);
            try {
                int code = runtime.exec(podName, PodManifest.INIT, List.of("sh", "-c", "mkdir -p " + INPUTS
                        + " && head -c " + Files.size(inputs) + " | tar -xf - -C " + INPUTS + " && touch " + INPUTS
                        + "/streamed"), inputs, err, err, java.time.Duration.ofSeconds(DRAIN_SECONDS));
                if (code == 0) {
                    return;
                }
                failure = "exit code " + code + ": " + err.toString().strip();
            } catch (IOException | ExecutionException | TimeoutException | KubernetesClientException e) {
                failure = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail("the input artifacts could not be streamed into the init container of pod " + podName + ": " + failure);
    }

    private synchronized Path scratch() throws IOException {
        if (scratch == null) {
            scratch = Files.createTempDirectory("argowf-" + podName + "-");
        }
        return scratch;
    }

    private void deleteScratch() {
        Path dir;
        synchronized (this) {
            dir = scratch;
            scratch = null;
        }
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.getLogger(LeafPod.class.getName()).log(System.Logger.Level.WARNING,
                    "the artifacts in transit of pod " + podName + " were not all removed from " + dir + ": " + e);
        }
    }

    /** Waits for a log or exec still going (the pod has ended, so they end soon). */
    private static void drain(Future<?> work) {
        if (work == null) {
            return;
        }
        try {
            work.get(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            work.cancel(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
