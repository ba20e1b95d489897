package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs container and script templates as host processes, each node in its own bubblewrap sandbox with a
 * private view of the absolute paths it writes ({@link NodeFileSystem}). Input artifacts are placed before the
 * command runs ({@link InputArtifacts}); stdout becomes the node's result, the exit code its phase, files named
 * by output parameters their values, and output artifacts are saved to the run's artifact store
 * ({@link OutputArtifacts}; {@link LocalArtifactStore} under the work root when the run names none).
 */
public final class LocalRuntime implements NodeRuntime {

    private static final System.Logger LOG = System.getLogger(LocalRuntime.class.getName());

    static final String NO_BUBBLEWRAP = "bubblewrap (bwrap) is not installed; the local runtime runs each node"
            + " in its own sandbox with it. Install it (Debian/Ubuntu: apt-get install bubblewrap) and run again";
    private static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final LocalRuntimeOptions options;
    private final Optional<Sandbox> sandbox;
    private final Map<String, RunningNode> running = new ConcurrentHashMap<>();
    private final ExecutorService threads;
    private final ScheduledExecutorService timer;
    /** The artifact repository of runs that name none: {@code <workRoot>/_artifacts}. */
    private final LocalArtifactStore defaultStore;
    private HttpClient http;

    /** A runtime that finds {@code bwrap} on this JVM's {@code PATH}. */
    public LocalRuntime(LocalRuntimeOptions options) {
        this(options, Sandbox.findBubblewrap(System.getenv("PATH")));
    }

    LocalRuntime(LocalRuntimeOptions options, Optional<Path> bubblewrap) {
        this.options = options;
        this.sandbox = bubblewrap.map(Sandbox::new);
        this.threads = Executors.newCachedThreadPool(daemonThreads("argowf-local"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("argowf-local-timer"));
        this.defaultStore = new LocalArtifactStore(options.workRoot().resolve(DEFAULT_STORE_DIR));
    }

    /**
     * The directory under the work root of the default artifact repository; {@code _} keeps it apart from the
     * per-workflow state directories, since a Kubernetes name never holds one.
     */
    public static final String DEFAULT_STORE_DIR = "_artifacts";

    /** The artifact repository nodes use when their run names none. */
    public LocalArtifactStore defaultArtifactStore() {
        return defaultStore;
    }

    /** The client for {@code http} input artifacts, made when a node first needs it. */
    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(java.time.Duration.ofSeconds(30)).build();
        }
        return http;
    }

    @Override
    public void launch(LeafRequest request, NodeListener listener) {
        RunningNode node = new RunningNode(request, listener);
        if (running.putIfAbsent(request.nodeId(), node) != null) {
            listener.finished(request.nodeId(), LeafResult.error("node " + request.nodeId() + " is already running"));
            return;
        }
        try {
            threads.execute(() -> supervise(node));
        } catch (RejectedExecutionException e) {
            running.remove(request.nodeId(), node);
            listener.finished(request.nodeId(), LeafResult.error("the local runtime is closed"));
            return;
        }
        if (request.timeout() != null) {
            timer.schedule(() -> stop(request.nodeId(), StopReason.DEADLINE),
                    request.timeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop(String nodeId, StopReason reason) {
        RunningNode node = running.get(nodeId);
        if (node != null) {
            node.stop(reason, options.gracePeriod());
        }
    }

    @Override
    public void close() {
        for (RunningNode node : running.values()) {
            node.stop(StopReason.TERMINATE, options.gracePeriod());
        }
        threads.shutdown();
        try {
            // Supervisors end once their killed processes are reaped; wait so that close leaves none behind.
            if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "local runtime closed with nodes still ending");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
    }

    /** Runs one node on a pool thread and reports exactly one {@code finished}, whatever happens. */
    private void supervise(RunningNode node) {
        String nodeId = node.request.nodeId();
        LeafResult result = LeafResult.error("the local runtime failed to run the node");
        try {
            result = run(node);
        } catch (LaunchException e) {
            result = new LeafResult(e.phase(), e.getMessage(), NodeIo.EMPTY);
        } catch (IOException e) {
            result = LeafResult.error("the local runtime could not run the node: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = LeafResult.error("the local runtime was closed while the node ran");
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "running node " + nodeId + " failed", e);
            result = LeafResult.error("the local runtime failed to run the node: " + e);
        } finally {
            running.remove(nodeId, node);
            node.listener.finished(nodeId, result);
        }
    }

    private LeafResult run(RunningNode node) throws LaunchException, IOException, InterruptedException {
        if (sandbox.isEmpty() && options.requireBubblewrap()) {
            throw LaunchException.error(NO_BUBBLEWRAP);
        }
        LeafRequest request = node.request;
        Template template = request.template();
        NodeFileSystem fs = NodeFileSystem.create(freshStateDir(request), template, sandbox.isPresent());
        LeafCommand leaf = LeafCommand.of(template, options.imageCommands(), fs.scriptPath());
        stageScript(template, fs);
        ArtifactStore store = request.artifactStore() != null ? request.artifactStore() : defaultStore;
        new InputArtifacts(store, http()).place(request.inputs().artifacts(), template.inputs().artifacts(), fs,
                fs.scratch());
        String workingDir = workingDir(template.mainContainer(), fs);
        Map<String, String> env = baseEnv(fs.isolated());
        env.putAll(leaf.env());
        checkExecutable(leaf.argv().get(0), env.get("PATH"), fs, workingDir);

        List<String> command = sandbox.isPresent() ? sandbox.get().wrap(leaf.argv(), fs, workingDir, request.podName()) : leaf.argv();
        NodeProcess process = NodeProcess.start(command, env, fs.isolated() ? null : Path.of(workingDir),
                fs.isolated(), threads, timer, line -> node.listener.log(request.nodeId(), line));
        node.attach(process, options.gracePeriod());
        node.listener.running(request.nodeId(), null);
        int exitCode = process.waitFor();
        return result(node, fs, store, process.result(), exitCode);
    }

    private static LeafResult result(RunningNode node, NodeFileSystem fs, ArtifactStore store, String stdout,
            int exitCode) throws LaunchException {
        NodeIo plain = new NodeIo(List.of(), List.of(), stdout, String.valueOf(exitCode));
        StopReason stopped = node.stopReason();
        if (stopped != null) {
            return new LeafResult(NodePhase.FAILED, stopMessage(stopped), plain);
        }
        if (exitCode != 0) {
            // The main container's failure is the node's story; missing outputs would only hide it.
            return LeafResult.exited(exitCode, plain);
        }
        List<NodeIo.Parameter> parameters = OutputParameters.collect(node.request.template(), fs);
        List<NodeIo.Artifact> artifacts = new OutputArtifacts(store).save(node.request, fs, fs.scratch());
        return LeafResult.succeeded(new NodeIo(parameters, artifacts, stdout, "0"));
    }

    /** Argo's messages for a pod ended by its deadline or by the workflow's stop or terminate. */
    static String stopMessage(StopReason reason) {
        return switch (reason) {
            case DEADLINE -> "Pod was active on the node longer than the specified deadline";
            case STOP -> "Stopped with strategy 'Stop'";
            case TERMINATE -> "Stopped with strategy 'Terminate'";
        };
    }

    /** The node's state directory, emptied: a node ID reused by a later run must not see old files. */
    private Path freshStateDir(LeafRequest request) throws IOException {
        Path dir = options.workRoot().resolve(safeName(request.workflowName())).resolve(safeName(request.nodeId()));
        FileTrees.delete(dir);
        return dir;
    }

    private static void stageScript(Template template, NodeFileSystem fs) throws IOException {
        if (template.script() == null || template.script().source() == null || template.script().source().isEmpty()) {
            return;
        }
        Path script = fs.hostPath(NodeFileSystem.SCRIPT_PATH);
        Files.createDirectories(script.getParent());
        Files.writeString(script, template.script().source(), StandardCharsets.UTF_8);
        // Argo stages the script with mode 0755, so `command: [sh, -c]` plus a source can execute it.
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The container's working directory, created if missing as the kubelet does; {@code /} by default. */
    private static String workingDir(Container container, NodeFileSystem fs) throws LaunchException {
        String dir = container.workingDir() == null || container.workingDir().isEmpty() ? "/" : container.workingDir();
        if (!dir.startsWith("/")) {
            throw LaunchException.error("workingDir " + dir + " is not an absolute path");
        }
        Path host = fs.hostPath(dir);
        if (fs.isolated() && !fs.isPrivate(dir)) {
            // Never create on the host what the node would see read-only anyway.
            if (!Files.isDirectory(host)) {
                throw LaunchException.error("workingDir " + dir + " does not exist and lies under a host system"
                        + " directory, which a node sees read-only: use a path such as /work");
            }
            return dir;
        }
        try {
            Files.createDirectories(host);
        } catch (IOException e) {
            throw LaunchException.error("workingDir " + dir + " cannot be created (" + e.getMessage()
                    + "); the host's system directories are read-only to a node: use a path such as /work");
        }
        return dir;
    }

    /** What a container image's environment would give; {@code /usr/games} for cowsay, as argosay:v1 has. */
    private static Map<String, String> baseEnv(boolean sandboxed) {
        Map<String, String> env = new LinkedHashMap<>();
        String path = Optional.ofNullable(System.getenv("PATH")).orElse(DEFAULT_PATH);
        if (!List.of(path.split(":")).contains("/usr/games")) {
            path = path + ":/usr/games";
        }
        env.put("PATH", path);
        // In a sandbox the host's home is read-only; the node's private /tmp is the writable place.
        String home = sandboxed ? "/tmp" : System.getenv("HOME");
        if (home != null) {
            env.put("HOME", home);
        }
        for (String name : List.of("LANG", "LC_ALL", "TZ")) {
            String value = System.getenv(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        return env;
    }

    /** Fails as a pod whose command does not exist fails: phase Failed, the container runtime's message. */
    private static void checkExecutable(String command, String path, NodeFileSystem fs, String workingDir)
            throws LaunchException {
        if (command.contains("/")) {
            String absolute = command.startsWith("/") ? command : Path.of(workingDir).resolve(command).toString();
            Path host = fs.hostPath(absolute);
            if (!Files.isRegularFile(host) || !Files.isExecutable(host)) {
                throw new LaunchException(NodePhase.FAILED,
                        "exec: \"" + command + "\": stat " + command + ": no such file or directory");
            }
        } else if (Executables.onPath(command, path).isEmpty()) {
            throw new LaunchException(NodePhase.FAILED,
                    "exec: \"" + command + "\": executable file not found in $PATH");
        }
    }

    private static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? "_" + safe : safe;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
