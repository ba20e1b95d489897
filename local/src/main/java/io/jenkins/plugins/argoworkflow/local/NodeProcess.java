package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.spi.OutputLimits;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One node's running process tree: starts it, streams its stdout and stderr line by line while keeping the
 * tail of stdout, and stops it (SIGTERM to every process of the tree, SIGKILL after a grace period).
 */
final class NodeProcess {

    private static final System.Logger LOG = System.getLogger(NodeProcess.class.getName());

    /** How often a kill is repeated until the process has ended (bwrap may not have forked its init yet). */
    private static final long KILL_RETRY_MILLIS = 50;
    private static final int KILL_ATTEMPTS = 100;
    /** Longest log line; longer output is logged in pieces of this many bytes. */
    static final int MAX_LINE = OutputLimits.LOG_LINE_BYTES;

    private final Process process;
    private final boolean sandboxed;
    private final ScheduledExecutorService timer;
    private final StdoutTail stdout = new StdoutTail();
    private final Future<?> stdoutPump;
    private final Future<?> stderrPump;

    private NodeProcess(Process process, boolean sandboxed, ExecutorService pumps, ScheduledExecutorService timer,
            Consumer<String> log) {
        this.process = process;
        this.sandboxed = sandboxed;
        this.timer = timer;
        this.stdoutPump = pumps.submit(() -> pump(process.getInputStream(), stdout, log));
        this.stderrPump = pumps.submit(() -> pump(process.getErrorStream(), null, log));
    }

    /**
     * Starts {@code command} with exactly {@code env} and an empty stdin. {@code sandboxed} says the
     * command is bwrap, whose own process must not get SIGTERM (it would end the sandbox with no grace).
     */
    static NodeProcess start(List<String> command, Map<String, String> env, Path workingDir, boolean sandboxed,
            ExecutorService pumps, ScheduledExecutorService timer, Consumer<String> log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        builder.environment().clear();
        builder.environment().putAll(env);
        return new NodeProcess(builder.start(), sandboxed, pumps, timer, log);
    }

    /** Waits for the process and for all of its output; returns its exit code. */
    int waitFor() throws InterruptedException {
        int code = process.waitFor();
        awaitPump(stdoutPump);
        awaitPump(stderrPump);
        return code;
    }

    String result() {
        return stdout.result();
    }

    /**
     * SIGTERM to every process of the tree now, SIGKILL to what is left after {@code grace}. In a sandbox
     * the node's processes are bwrap's descendants; bwrap itself is spared the TERM because it would take
     * its PID namespace down at once.
     */
    void stop(Duration grace) {
        if (grace.isZero()) {
            kill();
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        if (!sandboxed) {
            process.destroy();
        }
        timer.schedule(this::kill, grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * SIGKILL to the whole tree, repeated until the process has ended. In a sandbox only bwrap's
     * descendants are killed: killing the namespace's init makes the kernel kill every process inside, and
     * bwrap then reaps it and exits by itself. Killing bwrap instead can orphan an init it has just forked
     * (before {@code --die-with-parent} takes hold), and the repeat covers an init not forked yet.
     */
    void kill() {
        killAttempt(0);
    }

    private void killAttempt(int attempt) {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (!sandboxed || attempt >= KILL_ATTEMPTS) {
            // Unsandboxed, or bwrap never forked its init: only the process itself is left to end.
            process.destroyForcibly();
            return;
        }
        try {
            timer.schedule(() -> killAttempt(attempt + 1), KILL_RETRY_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The runtime is closing and its timer gone: nothing can follow up, so end bwrap itself.
            process.destroyForcibly();
        }
    }

    private void awaitPump(Future<?> pump) throws InterruptedException {
        try {
            // Output ends when the last process holding the pipe ends; in a sandbox that is with the namespace.
            pump.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "reading a node's output failed", e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "a process left by the node still holds its output open");
            pump.cancel(true);
        }
    }

    /** Splits a stream into lines for the log; with {@code tail}, also keeps its raw bytes. */
    private static Void pump(InputStream in, StdoutTail tail, Consumer<String> log) throws IOException {
        byte[] chunk = new byte[8192];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                if (tail != null) {
                    tail.append(chunk, 0, n);
                }
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        log.accept(take(line));
                    } else {
                        line.write(chunk[i]);
                        if (line.size() >= MAX_LINE) {
                            log.accept(take(line)); // a node printing without newlines must not exhaust memory
                        }
                    }
                }
            }
        }
        if (line.size() > 0) {
            log.accept(take(line));
        }
        return null;
    }

    private static String take(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        return text;
    }
}
