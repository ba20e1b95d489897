package io.jenkins.plugins.argoworkflow.cli.run;

import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Progress on a terminal, as {@code argo watch} shows it: the node tree with each node's phase and duration,
 * redrawn in place below the node logs (which scroll above it, prefixed with the node's display name). It
 * redraws at most every {@link #EVERY}, so a chatty node costs a few redraws a second, and keeps to the last
 * {@code height} lines of the tree. A timer redraws too, so durations tick and a quiet node's last log line
 * shows; it reads the nodes' phases and times from another thread than the run's, which at worst shows a
 * value a moment old. At the end the tree is cleared, since the final tree goes to standard output.
 */
public final class LiveTree implements RunListener {

    /** The shortest time between two redraws. */
    static final Duration EVERY = Duration.ofMillis(200);
    private static final String CLEAR_BELOW = "\u001b[J";

    private final PrintWriter err;
    private final Clock clock;
    private final int height;
    private final Map<String, NodeStatus> nodes = new LinkedHashMap<>();
    private final List<String> pendingLogs = new ArrayList<>();
    private int drawnLines;
    private Instant drawnAt = Instant.MIN;

    private java.util.concurrent.ScheduledExecutorService ticker;

    public LiveTree(PrintWriter err, Clock clock, int height) {
        this.err = err;
        this.clock = clock;
        this.height = Math.max(5, height);
    }

    /** Redraws every {@link #EVERY} until the run finishes, also when nothing happens. */
    public LiveTree ticking() {
        ticker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "argowf-live-tree");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::redrawIfDue, EVERY.toMillis(), EVERY.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * Whether standard error is a terminal worth drawing on: a console is attached and {@code TERM} is not
     * {@code dumb}; {@code ARGOWF_PROGRESS=plain} or {@code tree} decides instead.
     */
    public static boolean wanted(Map<String, String> env, boolean console) {
        String forced = env.getOrDefault("ARGOWF_PROGRESS", "");
        if (!forced.isEmpty()) {
            return forced.equals("tree");
        }
        return console && !"dumb".equals(env.getOrDefault("TERM", "dumb"));
    }

    @Override
    public synchronized void nodeChanged(NodeStatus node) {
        nodes.put(node.id(), node);
        redrawIfDue();
    }

    @Override
    public synchronized void log(NodeStatus node, String line) {
        pendingLogs.add(node.displayName() + ": " + line);
        redrawIfDue();
    }

    @Override
    public synchronized void finished(WorkflowStatus status) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        erase();
        flushLogs();
        err.flush();
    }

    private synchronized void redrawIfDue() {
        Instant now = clock.instant();
        if (Duration.between(drawnAt, now).compareTo(EVERY) < 0) {
            return;
        }
        drawnAt = now;
        erase();
        flushLogs();
        List<String> lines = NodeTree.table(nodes.values(), now).lines().toList();
        if (lines.size() > height) {
            List<String> kept = new ArrayList<>();
            kept.add(lines.get(0));
            kept.add("  ... " + (lines.size() - height + 1) + " more above");
            kept.addAll(lines.subList(lines.size() - height + 2, lines.size()));
            lines = kept;
        }
        lines.forEach(err::println);
        drawnLines = lines.size();
        err.flush();
    }

    /** Moves the cursor back to where the tree began and clears from there. */
    private void erase() {
        if (drawnLines > 0) {
            err.print("\u001b[" + drawnLines + "F" + CLEAR_BELOW);
            drawnLines = 0;
        }
    }

    private void flushLogs() {
        pendingLogs.forEach(err::println);
        pendingLogs.clear();
    }
}
