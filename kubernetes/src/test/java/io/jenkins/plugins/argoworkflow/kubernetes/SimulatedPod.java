package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One pod on the simulated node: its containers are host processes whose paths under {@code /var/run/argo},
 * {@code /argo/staging}, {@code /dev/termination-log} and {@code /bin/busybox} are moved into a directory
 * of the pod's own (busybox is a shim that runs the host's tool of the same name); {@code /argosay} runs the
 * argosay fixture.
 */
final class SimulatedPod {

    record Result(int exitCode, String output) {
    }

    /**
     * Programs of images the node does not have, as whole arguments, run from the host's {@code PATH}: argosay
     * (Argo's e2e image's {@code /argosay}, the local module's test fixture, which the module's Surefire
     * configuration puts on {@code PATH}).
     */
    private static final Map<String, String> IMAGE_PROGRAMS = Map.of("/argosay", "argosay");

    private final KubernetesClient client;
    private final Pod pod;
    private final Path dir;
    private final Map<String, String> paths = new LinkedHashMap<>();
    private final Map<String, ContainerLog> logs = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Integer>> exits = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Process> processes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final PodStatus status = new PodStatus();
    private volatile boolean killed;

    SimulatedPod(KubernetesClient client, Pod pod, Path dir) {
        this.client = client;
        this.pod = pod;
        this.dir = dir;
        paths.put("/var/run/argo", dir.resolve("var-run-argo").toString());
        paths.put("/argo/staging", dir.resolve("staging").toString());
        paths.put("/bin/busybox", dir.resolve("busybox-shim").toString());
        for (Container c : all()) {
            logs.put(c.getName(), new ContainerLog());
            exits.put(c.getName(), new CompletableFuture<>());
        }
    }

    void run() {
        try {
            Files.createDirectories(dir.resolve("var-run-argo"));
            Files.createDirectories(dir.resolve("staging"));
            Path shim = dir.resolve("busybox-shim");
            Files.writeString(shim, "#!/bin/sh\nexec \"$@\"\n");
            Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwxr-xr-x"));
            simulate();
        } catch (IOException e) {
            if (!killed) { // a pod deleted while its containers start has no more to run
                throw new UncheckedIOException(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("pod " + pod.getMetadata().getName() + ": an init container hung", e);
        }
    }

    private void simulate() throws IOException, InterruptedException, java.util.concurrent.ExecutionException,
            java.util.concurrent.TimeoutException {
        status.setPhase("Pending");
        List<Container> containers = pod.getSpec().getContainers();
        if (containers.stream().anyMatch(c -> c.getImage().contains("no-such-image"))) {
            status.setContainerStatuses(containers.stream().map(c -> c.getImage().contains("no-such-image")
                    ? waiting(c.getName(), "ErrImagePull", "rpc error: code = NotFound desc = failed to pull and unpack"
                            + " image \"" + c.getImage() + "\"") : running(c.getName())).toList());
            push();
            return;
        }
        status.setContainerStatuses(containers.stream().map(c -> waiting(c.getName(), "PodInitializing", null)).toList());
        push();
        List<ContainerStatus> inits = new ArrayList<>();
        for (Container init : pod.getSpec().getInitContainers()) {
            boolean broken = init.getName().equals(PodManifest.INIT) && annotation("sim/fail-init");
            if (!broken && waitsForInputs(init)) {
                // The controller streams input artifacts in by exec once it sees init running.
                List<ContainerStatus> now = new ArrayList<>(inits);
                now.add(running(init.getName()));
                status.setInitContainerStatuses(now);
                push();
            }
            int code = broken ? 1 : start(init).get(30, TimeUnit.SECONDS);
            inits.add(terminated(init.getName(), code, code == 0 ? "Completed" : "Error",
                    broken ? null : terminationMessage(init.getName())));
            status.setInitContainerStatuses(List.copyOf(inits));
            if (code != 0) {
                end("Failed", null, null);
                return;
            }
        }
        if (killed) {
            return;
        }
        status.setPhase("Running");
        status.setPodIP("10.1.0.7");
        // main shows as running only once it has ended: the mock server dispatches on its event loop, so a log
        // request cannot wait there for lines still to come; logs are served whole, after main.
        // sim/live-main: main shows as running (and ready) at once, for a daemon that never ends; its log is
        // then served as far as it goes.
        boolean live = annotation("sim/live-main");
        status.setContainerStatuses(containers.stream().map(c -> c.getName().equals(PodManifest.MAIN) && !live
                ? waiting(c.getName(), "ContainerCreating", null) : running(c.getName())).toList());
        push();
        for (Container c : containers) {
            start(c).thenAccept(code -> containerEnded(c.getName(), code));
        }
        scheduleDeadline();
        if (annotation("sim/evict")) {
            Thread.sleep(300); // the node comes under pressure a moment after main starts
            evict();
        }
    }

    private void scheduleDeadline() {
        Long deadline = pod.getSpec().getActiveDeadlineSeconds();
        if (deadline != null) {
            CompletableFuture.delayedExecutor(deadline, TimeUnit.SECONDS).execute(() -> {
                if (!"Succeeded".equals(status.getPhase()) && !"Failed".equals(status.getPhase())) {
                    killAll();
                    end("Failed", "DeadlineExceeded", "Pod was active on the node longer than the specified deadline");
                }
            });
        }
    }

    private synchronized void containerEnded(String name, int code) {
        if ("Failed".equals(status.getPhase()) || "Succeeded".equals(status.getPhase())) {
            return;
        }
        String reason = code == 0 ? "Completed"
                : code == 137 && name.equals(PodManifest.MAIN) && annotation("sim/oom") ? "OOMKilled" : "Error";
        List<ContainerStatus> statuses = new ArrayList<>(status.getContainerStatuses());
        statuses.replaceAll(s -> s.getName().equals(name) ? terminated(name, code, reason, terminationMessage(name)) : s);
        status.setContainerStatuses(statuses);
        boolean all = statuses.stream().allMatch(s -> s.getState().getTerminated() != null);
        if (all) {
            killAll(); // every container has ended: their cgroups go, and whatever they left running with them
            boolean ok = statuses.stream().allMatch(s -> s.getState().getTerminated().getExitCode() == 0);
            end(ok ? "Succeeded" : "Failed", null, null);
        } else {
            push();
        }
    }

    /** Evicts the running pod, as the kubelet does under node pressure. */
    synchronized void evict() {
        killAll();
        end("Failed", "Evicted", "The node was low on resource: memory. Threshold quantity: 100Mi, available: 50Mi.");
    }

    private synchronized void end(String phase, String reason, String message) {
        status.setPhase(phase);
        status.setReason(reason);
        status.setMessage(message);
        push();
    }

    private synchronized void push() {
        if (killed && !"Failed".equals(status.getPhase())) {
            return;
        }
        PodStatus copy = new io.fabric8.kubernetes.api.model.PodStatusBuilder(status).build();
        try {
            client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                    .editStatus(p -> {
                        p.setStatus(copy);
                        return p;
                    });
        } catch (KubernetesClientException e) {
            // The pod was deleted meanwhile: a real kubelet's update would fail the same way.
        }
    }

    /** The container's log so far (whole, once the container has ended), as the API serves it for {@code query}. */
    String log(String container, Map<String, List<String>> query) {
        return logs.get(container).serve(query);
    }

    /** The container's log as it grows, for a relay that streams it as a kubelet does. */
    LogRelay.Source logSource(String container) {
        ContainerLog log = logs.get(container);
        CompletableFuture<Integer> exit = exits.get(container);
        if (log == null) {
            return null;
        }
        return new LogRelay.Source() {
            @Override
            public ContainerLog log() {
                return log;
            }

            @Override
            public boolean ended() {
                return exit.isDone() || killed;
            }
        };
    }

    Result exec(String container, List<String> command) {
        try {
            Process p = new ProcessBuilder(command.stream().map(this::rewrite).toList()).redirectErrorStream(true)
                    .directory(dir.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), out);
        } catch (IOException e) {
            return new Result(126, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(130, "interrupted");
        }
    }

    /**
     * Starts {@code command} as an exec into the pod would (paths moved as for its containers), with stdout and
     * stderr apart so that binary output (a tar) stays intact; killed with the pod.
     */
    Process startExec(List<String> command) throws IOException {
        synchronized (processes) {
            if (killed) {
                throw new IOException("pod " + pod.getMetadata().getName() + " is gone");
            }
            Process p = new ProcessBuilder(command.stream().map(this::rewrite).toList()).directory(dir.toFile())
                    .start();
            processes.add(p);
            return p;
        }
    }

    private static boolean waitsForInputs(Container c) {
        return c.getEnv().stream().anyMatch(e -> e.getName().equals("ARGO_INPUT_ARTIFACTS"));
    }

    /** What the simulated node knows of the pod, for a test that timed out. */
    String describe() {
        StringBuilder out = new StringBuilder(pod.getMetadata().getName() + " " + status.getPhase());
        exits.forEach((name, exit) -> out.append("\n  ").append(name).append(": ")
                .append(exit.isDone() ? "exited " + exit.join() : "running").append(", log: ")
                .append(logs.get(name).text().replace("\n", "\\n")));
        return out.toString();
    }

    void kill() {
        synchronized (processes) {
            killed = true;
        }
        killAll();
    }

    /**
     * Kills every process of the pod, children included, as the end of a container's cgroup does: also those
     * orphaned by their parent (a command's child left when the wrapper killed the command), which
     * {@link Process#descendants} no longer lists but which still run in the pod's directory.
     */
    private void killAll() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        HostProcesses.under(dir).forEach(ProcessHandle::destroyForcibly);
    }

    private CompletableFuture<Integer> start(Container c) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.addAll(c.getCommand());
        argv.addAll(c.getArgs());
        ProcessBuilder pb = new ProcessBuilder(argv.stream()
                .map(a -> IMAGE_PROGRAMS.getOrDefault(a, rewrite(a, c.getName()))).toList())
                .redirectErrorStream(true).directory(dir.toFile());
        for (EnvVar e : c.getEnv()) {
            if (e.getValue() != null) {
                pb.environment().put(e.getName(), rewrite(e.getValue(), c.getName()));
            }
        }
        Process p;
        synchronized (processes) {
            if (killed) {
                throw new IOException("pod " + pod.getMetadata().getName() + " is gone");
            }
            p = pb.start();
            processes.add(p);
        }
        CompletableFuture<Integer> exit = exits.get(c.getName());
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                byte[] buf = new byte[4096];
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    logs.get(c.getName()).append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
                exit.complete(p.waitFor());
            } catch (IOException e) {
                exit.complete(p.onExit().join().exitValue()); // the stream broke: wait for the process itself
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sim-" + c.getName());
        reader.setDaemon(true);
        reader.start();
        return exit;
    }

    private String rewrite(String text) {
        for (Map.Entry<String, String> e : paths.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }

    private String rewrite(String text, String container) {
        return rewrite(text).replace(PodManifest.DEFAULT_TERMINATION_LOG, dir.resolve("term-" + container).toString());
    }

    private String terminationMessage(String container) {
        Path file = dir.resolve("term-" + container);
        try {
            return Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean annotation(String name) {
        return "true".equals(pod.getMetadata().getAnnotations().get(name));
    }

    private List<Container> all() {
        List<Container> all = new ArrayList<>(pod.getSpec().getInitContainers());
        all.addAll(pod.getSpec().getContainers());
        return all;
    }

    private static ContainerStatus waiting(String name, String reason, String message) {
        return status(name, new ContainerStateBuilder().withNewWaiting().withReason(reason).withMessage(message)
                .endWaiting().build());
    }

    private static ContainerStatus running(String name) {
        return status(name, new ContainerStateBuilder().withNewRunning().withStartedAt("2024-01-01T00:00:00Z")
                .endRunning().build());
    }

    private static ContainerStatus terminated(String name, int code, String reason, String message) {
        return status(name, new ContainerStateBuilder().withNewTerminated().withExitCode(code).withReason(reason)
                .withMessage(message).endTerminated().build());
    }

    private static ContainerStatus status(String name, ContainerState state) {
        return new ContainerStatusBuilder().withName(name).withState(state).withReady(state.getRunning() != null)
                .build();
    }
}
