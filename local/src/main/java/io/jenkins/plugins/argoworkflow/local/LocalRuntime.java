package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.ContainerSetTemplate;
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
import java.util.ArrayList;
import java.util.Comparator;
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
    private final ImageIndex images;
    private final KeyedFiles keyed;
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
        this.images = new ImageIndex(options.images(), baseEnv(true).get("PATH"));
        this.keyed = new KeyedFiles(options.secretDir(), options.configDir());
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

    private static final String LOOPBACK = "127.0.0.1";

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
        Path stateDir = freshStateDir(request);
        NodeFileSystem fs = NodeFileSystem.create(stateDir, template, sandbox.isPresent());
        NodeVolumes volumes = new NodeVolumes(request, options.workRoot(), stateDir, keyed);
        NodeFileSystem mainFs = withVolumes(fs, volumes, template.mainContainer());
        stageScript(template, mainFs);
        ArtifactStore store = request.artifactStore() != null ? request.artifactStore() : defaultStore;
        new InputArtifacts(store, http()).place(request.inputs().artifacts(), template.inputs().artifacts(), mainFs,
                fs.scratch());
        if (template.containerSet() != null) {
            return runSet(node, fs, volumes, store);
        }
        LeafCommand leaf = LeafCommand.of(template, images, keyed, mainFs.scriptPath(), exists(mainFs));
        for (Container init : PodContainers.initContainers(template)) {
            // Init containers run one by one to completion before any other container, as the kubelet runs them.
            NodeProcess process = start(node, init, LeafCommand.of(init, images, keyed, exists(fs)),
                    withVolumes(fs, volumes, init));
            int exitCode = process.waitFor();
            if (node.stopReason() != null) {
                return new LeafResult(NodePhase.FAILED, stopMessage(node.stopReason()), NodeIo.EMPTY);
            }
            if (exitCode != 0) {
                return new LeafResult(NodePhase.FAILED, exited(init, exitCode), NodeIo.EMPTY);
            }
        }
        List<Sidecar> sidecars = new ArrayList<>();
        for (Container sidecar : PodContainers.sidecars(template)) {
            sidecars.add(new Sidecar(sidecar, start(node, sidecar, LeafCommand.of(sidecar, images, keyed, exists(fs)),
                    withVolumes(fs, volumes, sidecar))));
        }
        NodeProcess process = start(node, template.mainContainer(), leaf, mainFs);
        node.listener.running(request.nodeId(), null);
        // Readiness probes are not run locally: a started process is ready. Sandboxes share the host's
        // network, so a daemon is reached at the loopback address ({{steps.X.ip}}).
        node.listener.ready(request.nodeId(), LOOPBACK);
        int exitCode = process.waitFor();
        String sidecarFailure = stopSidecars(sidecars);
        return result(node, mainFs, store, process.result(), exitCode, sidecarFailure);
    }

    /**
     * A containerSet: its containers in waves, each wave the containers whose dependencies have succeeded,
     * started together; a failed container ends the set (its dependents never start), as Argo's emissary
     * executor runs a set. The result is the output of the container named {@code main}, as in Argo.
     */
    private LeafResult runSet(RunningNode node, NodeFileSystem fs, NodeVolumes volumes, ArtifactStore store)
            throws LaunchException, IOException, InterruptedException {
        String nodeId = node.request.nodeId();
        List<ContainerSetTemplate.ContainerNode> left = new ArrayList<>(PodContainers.setContainers(node.request.template()));
        java.util.Set<String> succeeded = new java.util.HashSet<>();
        NodeFileSystem outputsFs = fs;
        String mainResult = null;
        String failure = null;
        node.listener.running(nodeId, null);
        while (!left.isEmpty() && failure == null && node.stopReason() == null) {
            List<ContainerSetTemplate.ContainerNode> wave = left.stream()
                    .filter(c -> succeeded.containsAll(c.dependencies())).toList();
            if (wave.isEmpty()) {
                break; // dependencies that never succeed: lint refuses cycles and unknown names
            }
            Map<Container, NodeProcess> started = new java.util.LinkedHashMap<>();
            for (ContainerSetTemplate.ContainerNode c : wave) {
                Container container = c.container();
                NodeFileSystem view = withVolumes(fs, volumes, container);
                started.put(container, start(node, container, LeafCommand.of(container, images, keyed, exists(view)),
                        view));
                node.listener.containerChanged(nodeId, container.name(), NodePhase.RUNNING, null);
                if ("main".equals(container.name())) {
                    outputsFs = view;
                }
            }
            for (Map.Entry<Container, NodeProcess> e : started.entrySet()) {
                String name = e.getKey().name();
                int code = e.getValue().waitFor();
                String failed = exited(e.getKey(), code);
                node.listener.containerChanged(nodeId, name, failed == null ? NodePhase.SUCCEEDED : NodePhase.FAILED,
                        failed);
                if (failed == null) {
                    succeeded.add(name);
                } else if (failure == null) {
                    failure = failed;
                }
                if ("main".equals(name)) {
                    mainResult = e.getValue().result();
                }
            }
            left.removeAll(wave);
        }
        if (node.stopReason() == null && failure != null) {
            return new LeafResult(NodePhase.FAILED, failure, new NodeIo(List.of(), List.of(), mainResult, null));
        }
        return result(node, outputsFs, store, mainResult, 0, null);
    }

    /** A sidecar and its processes, stopped when main ends. */
    private record Sidecar(Container container, NodeProcess process) {
    }

    /**
     * Starts one container of the node in its own sandbox over the node's private directories; its output
     * is the node's log, prefixed with the container's name unless it is main.
     */
    private NodeProcess start(RunningNode node, Container container, LeafCommand command, NodeFileSystem fs)
            throws LaunchException, IOException {
        LeafRequest request = node.request;
        boolean main = container == request.template().mainContainer();
        String workingDir = workingDir(container, fs);
        Map<String, String> env = baseEnv(fs.isolated());
        env.putAll(command.env());
        try {
            checkExecutable(command.argv().get(0), env.get("PATH"), fs, workingDir);
        } catch (LaunchException e) {
            throw main ? e : new LaunchException(e.phase(), LeafCommand.name(container) + ": " + e.getMessage());
        }
        List<String> argv = sandbox.isPresent()
                ? sandbox.get().wrap(command.argv(), fs, workingDir, request.podName()) : command.argv();
        String prefix = main ? "" : "[" + LeafCommand.name(container) + "] ";
        NodeProcess process = NodeProcess.start(argv, env, fs.isolated() ? null : Path.of(workingDir),
                fs.isolated(), threads, timer, line -> node.listener.log(request.nodeId(), prefix + keyed.mask(line)));
        node.attach(process, options.gracePeriod());
        return process;
    }

    /**
     * Stops the sidecars once main has ended (TERM, KILL after the grace period) and returns Argo's message for
     * the first one that failed by itself, or null: exit codes 137 and 143 are those of a stopped sidecar.
     */
    private String stopSidecars(List<Sidecar> sidecars) throws InterruptedException {
        for (Sidecar sidecar : sidecars) {
            sidecar.process().stop(options.gracePeriod());
        }
        String failure = null;
        for (Sidecar sidecar : sidecars) {
            int code = sidecar.process().waitFor();
            if (failure == null && code != 0 && code != 137 && code != 143) {
                failure = exited(sidecar.container(), code);
            }
        }
        return failure;
    }

    /** Argo's message for a container other than main that exited non-zero: {@code NAME: Error (exit code N)}. */
    private static String exited(Container container, int exitCode) {
        return exitCode == 0 ? null : LeafCommand.name(container) + ": Error (exit code " + exitCode + ")";
    }

    private static java.util.function.Predicate<String> exists(NodeFileSystem fs) {
        return p -> Files.exists(fs.hostPath(p));
    }

    /** The container's view of the node's file system: its volumes mounted over the private directories. */
    private static NodeFileSystem withVolumes(NodeFileSystem fs, NodeVolumes volumes, Container container)
            throws LaunchException, IOException {
        if (container == null) {
            return fs;
        }
        List<NodeVolumes.Mount> mounts = volumes.mounts(container);
        for (NodeVolumes.Mount mount : mounts) {
            if (!fs.isolated()) {
                throw LaunchException.error("volume mount " + mount.mountPath() + " needs the sandbox: install"
                        + " bubblewrap (apt-get install bubblewrap)");
            }
            Path normal = Path.of(mount.mountPath()).normalize();
            if (normal.getNameCount() == 0 || !fs.isPrivate("/" + normal.getName(0)) && !Files.exists(normal)) {
                throw LaunchException.error("volume mount " + mount.mountPath() + " lies under a host system"
                        + " directory, which a node sees read-only, and does not exist there: mount it at a path"
                        + " such as /mnt/" + normal.getFileName());
            }
        }
        return fs.withMounts(mounts);
    }

    /**
     * The node's result once main has ended; {@code otherFailure} is Argo's message for a sidecar that failed
     * by itself, or null (it ranks after main's own failure, as Argo orders container statuses).
     */
    private static LeafResult result(RunningNode node, NodeFileSystem fs, ArtifactStore store, String stdout,
            int exitCode, String otherFailure) throws LaunchException {
        NodeIo plain = new NodeIo(List.of(), List.of(), stdout, String.valueOf(exitCode));
        StopReason stopped = node.stopReason();
        if (stopped != null) {
            return new LeafResult(NodePhase.FAILED, stopMessage(stopped), plain);
        }
        if (exitCode != 0) {
            // The main container's failure is the node's story; missing outputs would only hide it.
            return LeafResult.exited(exitCode, plain);
        }
        if (otherFailure != null) {
            return new LeafResult(NodePhase.FAILED, otherFailure, plain);
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
            case DAEMON_DONE -> "daemon stopped: its steps or DAG ended";
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

    static String safeName(String name) {
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
