package io.jenkins.plugins.argoworkflow.cli.run;

import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How {@code argowf resume STATE_DIR} reaches the {@code argowf run} that keeps its state there: through files
 * in {@code STATE_DIR/control}. The run writes {@code run} (its pid and workflow name) while it goes on; a
 * resume drops {@code resume-ID.request} (the node to resume, or an empty line for all), written aside and
 * renamed so that it appears whole; the run, which looks every {@link #POLL} for requests, resumes the nodes
 * through {@link WorkflowRun#resume} and answers with {@code resume-ID.response} (how many it resumed).
 *
 * <p>Files rather than a Unix domain socket: they need no path-length limit (a socket path has 108 bytes), work
 * on every file system a state directory may sit on, and leave a trace a user can read.
 */
public final class RunControl implements AutoCloseable {

    static final Duration POLL = Duration.ofMillis(100);
    private static final String MARKER = "run";
    private static final String REQUEST = ".request";
    private static final String RESPONSE = ".response";

    private final Path dir;
    private final WorkflowRun run;
    private final ScheduledExecutorService poller;

    private RunControl(Path dir, WorkflowRun run) {
        this.dir = dir;
        this.run = run;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "argowf-run-control");
            t.setDaemon(true);
            return t;
        });
    }

    /** Serves resume requests for {@code run} from {@code stateDir} until closed. */
    public static RunControl serve(Path stateDir, WorkflowRun run) throws IOException {
        Path dir = Files.createDirectories(stateDir.resolve("control"));
        writeAtomically(dir.resolve(MARKER), ProcessHandle.current().pid() + " " + run.workflowName() + "\n");
        RunControl control = new RunControl(dir, run);
        control.poller.scheduleWithFixedDelay(control::answerRequests, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
        return control;
    }

    private void answerRequests() {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path request : files.filter(f -> f.getFileName().toString().endsWith(REQUEST)).sorted().toList()) {
                String node = Files.readString(request, StandardCharsets.UTF_8).strip();
                int resumed = run.resume(node.isEmpty() ? null : node).join();
                String name = request.getFileName().toString();
                writeAtomically(dir.resolve(name.substring(0, name.length() - REQUEST.length()) + RESPONSE),
                        resumed + "\n");
                Files.deleteIfExists(request);
            }
        } catch (IOException e) {
            // A request half-handled is answered at the next poll; the run itself goes on either way.
            System.getLogger(RunControl.class.getName()).log(System.Logger.Level.WARNING,
                    "reading resume requests in " + dir + " failed", e);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        try {
            Files.deleteIfExists(dir.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asks the run in progress in {@code stateDir} to resume {@code node} (all suspended nodes when null) and
     * waits up to {@code timeout} for its answer: how many nodes it resumed.
     *
     * @throws IllegalStateException with a message for the user when no run is in progress there or none answers
     */
    public static int resume(Path stateDir, String node, Duration timeout) throws IOException, InterruptedException {
        Path dir = stateDir.resolve("control");
        Optional<ProcessHandle> runner = runner(dir.resolve(MARKER));
        if (runner.isEmpty()) {
            throw new IllegalStateException("no argowf run is in progress in " + stateDir
                    + " (start it with argowf run --state-dir " + stateDir + ")");
        }
        String id = "resume-" + UUID.randomUUID();
        Path response = dir.resolve(id + RESPONSE);
        writeAtomically(dir.resolve(id + REQUEST), (node == null ? "" : node) + "\n");
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.exists(response)) {
            if (Instant.now().isAfter(deadline) || !runner.get().isAlive()) {
                Files.deleteIfExists(dir.resolve(id + REQUEST));
                throw new IllegalStateException("the run in " + stateDir + " did not answer within "
                        + timeout.toSeconds() + " s");
            }
            Thread.sleep(POLL.toMillis() / 2); // polling a file: there is nothing to wait on across processes
        }
        int resumed = Integer.parseInt(Files.readString(response, StandardCharsets.UTF_8).strip());
        Files.deleteIfExists(response);
        return resumed;
    }

    /** The process of the run whose marker is {@code marker}, when it is still alive. */
    private static Optional<ProcessHandle> runner(Path marker) throws IOException {
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        List<String> words = List.of(Files.readString(marker, StandardCharsets.UTF_8).strip().split("\\s+"));
        try {
            return ProcessHandle.of(Long.parseLong(words.get(0))).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
