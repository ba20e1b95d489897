package io.jenkins.plugins.argoworkflow.ui.dashboard;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.StatusJson;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps a run's {@link StateDir} up to date: a {@link RunListener} that only counts changes and queues log
 * lines on the run's event loop, and a writer thread that appends the lines to each node's log file and
 * replaces status.json when the run changed. A status snapshot of thousands of nodes costs the event loop
 * tens of milliseconds, so snapshots are spaced to at least five times the last one's cost (and
 * {@link #MIN_INTERVAL_MS} apart): the run never spends more than a fifth of its loop on its dashboard.
 */
public final class StateRecorder implements RunListener, AutoCloseable {

    static final long MIN_INTERVAL_MS = 200;

    private static final JsonFactory FACTORY = new JsonFactory();

    private final StateDir dir;
    private final Path logs;
    private final String workflowName;
    private final RunListener next;
    private final AtomicLong changes = new AtomicLong();
    private final ConcurrentLinkedQueue<String[]> lines = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService writer;
    private final Object statusLock = new Object();
    private volatile Supplier<String> statusJson;
    private volatile long written = -1;
    private volatile long nextSnapshotAt;
    private volatile boolean finalWritten;

    /**
     * Records into {@code stateDir} the run of {@code workflowName}, then passes each event on to {@code next}
     * (the console, for {@code argowf run}).
     */
    public StateRecorder(Path stateDir, String workflowName, RunListener next) throws IOException {
        this.dir = new StateDir(stateDir);
        this.logs = dir.statusFile().resolveSibling("logs");
        this.workflowName = workflowName;
        this.next = next;
        Files.createDirectories(logs);
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "argowf-state-" + workflowName);
            t.setDaemon(true);
            return t;
        });
        writer.scheduleWithFixedDelay(this::flush, 50, 50, TimeUnit.MILLISECONDS);
    }

    /** Where snapshots of the running workflow come from: {@code WorkflowRun::statusJson}, once it started. */
    public void attach(Supplier<String> runStatusJson) {
        this.statusJson = runStatusJson;
        changes.incrementAndGet();
    }

    public StateDir stateDir() {
        return dir;
    }

    @Override
    public void nodeChanged(NodeStatus node) {
        changes.incrementAndGet();
        next.nodeChanged(node);
    }

    @Override
    public void log(NodeStatus node, String line) {
        lines.add(new String[] {node.id(), line});
        next.log(node, line);
    }

    @Override
    public void finished(WorkflowStatus status) {
        // On the loop, where the status may be read directly; later snapshots cannot change it. The lines
        // go first, so that a page that sees the run ended has its whole log to read.
        String json = StatusJson.toJson(status, false);
        try {
            appendLines();
        } catch (IOException e) {
            warn(e);
        }
        synchronized (statusLock) {
            writeStatus(json, changes.incrementAndGet());
            finalWritten = true;
        }
        next.finished(status);
    }

    private void flush() {
        try {
            appendLines();
            long seen = changes.get();
            Supplier<String> source = statusJson;
            if (finalWritten || source == null || seen == written || System.currentTimeMillis() < nextSnapshotAt) {
                return;
            }
            long started = System.nanoTime();
            // Not under the lock: the snapshot is taken on the run's loop, which may be in finished().
            String json = source.get();
            long costMs = (System.nanoTime() - started) / 1_000_000;
            synchronized (statusLock) {
                if (!finalWritten) {
                    writeStatus(json, seen);
                }
            }
            nextSnapshotAt = System.currentTimeMillis() + Math.max(MIN_INTERVAL_MS, 5 * costMs);
        } catch (IOException | RuntimeException e) {
            warn(e);
        }
    }

    /** The run goes on without its dashboard files; the log says why. */
    private void warn(Exception e) {
        System.getLogger(StateRecorder.class.getName()).log(System.Logger.Level.WARNING,
                "cannot write the dashboard files in " + dir.statusFile().getParent(), e);
    }

    private void appendLines() throws IOException {
        synchronized (lines) {
            appendQueuedLines();
        }
    }

    private void appendQueuedLines() throws IOException {
        Map<String, List<String>> byNode = new LinkedHashMap<>();
        for (String[] l; (l = lines.poll()) != null; ) {
            byNode.computeIfAbsent(l[0], k -> new ArrayList<>()).add(l[1]);
        }
        for (Map.Entry<String, List<String>> e : byNode.entrySet()) {
            Path file = dir.logFile(e.getKey()).orElse(null);
            if (file == null) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            e.getValue().forEach(line -> text.append(line).append('\n'));
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** Writes status.json as a Workflow object, atomically; {@code revision} becomes its resourceVersion. */
    private void writeStatus(String statusJson, long revision) {
        StringWriter out = new StringWriter(statusJson.length() + 200);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("apiVersion", "argoproj.io/v1alpha1");
            g.writeStringField("kind", "Workflow");
            g.writeObjectFieldStart("metadata");
            g.writeStringField("name", workflowName);
            g.writeStringField("resourceVersion", Long.toString(revision));
            g.writeEndObject();
            g.writeFieldName("status");
            g.writeRawValue(statusJson);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path target = dir.statusFile();
            Path tmp = target.resolveSibling("status.json.tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(out.toString());
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written = revision;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what is still queued and stops the writer. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            appendLines();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
