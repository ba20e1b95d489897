package io.jenkins.plugins.argoworkflow.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the bubblewrap command line that runs one node in its own sandbox: the node's private root
 * directory bound writable as {@code /} (so a node can create {@code /argo}, {@code /outputs} or a file
 * {@code /result.txt}, which a read-only bind of the host's {@code /} would forbid, and the runtime finds
 * them afterwards), each top-level host entry bound read-only over it except those the node has private
 * directories for, its own {@code /proc} and {@code /dev}, and its own PID namespace. The PID namespace is what makes
 * stopping reliable: when the namespace's init dies, the kernel kills every process left inside.
 */
final class Sandbox {

    private final Path bwrap;
    private final Path hostRoot;

    Sandbox(Path bwrap) {
        this(bwrap, Path.of("/"));
    }

    Sandbox(Path bwrap, Path hostRoot) {
        this.bwrap = bwrap;
        this.hostRoot = hostRoot;
    }

    /** {@code bwrap} found on {@code PATH}, if any. */
    static Optional<Path> findBubblewrap(String path) {
        return Executables.onPath("bwrap", path);
    }

    /**
     * The full command line: bwrap, its options, then the node's argv run in {@code workingDir}, with
     * {@code hostname} (the pod name, as a pod's hostname is) when not null.
     */
    /**
     * A pod's hostname: its name cut to 63 characters, trailing '-' and '.' dropped, as Kubernetes does (and as
     * Linux requires: longer names are refused).
     */
    static String hostnameOf(String podName) {
        String h = podName.length() > 63 ? podName.substring(0, 63) : podName;
        while (h.endsWith("-") || h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    List<String> wrap(List<String> argv, NodeFileSystem fs, String workingDir, String hostname) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(bwrap.toString());
        // The private root comes first: every later mount point is created inside it, never on the host's /.
        cmd.addAll(List.of("--bind", fs.root().toString(), "/"));
        Map<String, Path> privateDirs = fs.privateDirs();
        try (Stream<Path> entries = Files.list(hostRoot)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (privateDirs.containsKey(name) || name.equals("proc") || name.equals("dev")) {
                    continue;
                }
                String target = "/" + name;
                if (Files.isSymbolicLink(entry)) {
                    // Merged-/usr hosts link /bin to usr/bin: recreate the link, as binding would resolve it. It is
                    // made in the private root itself (not by bwrap), since a node's containers share that root
                    // and start at the same time.
                    try {
                        Files.createSymbolicLink(fs.root().resolve(name), Files.readSymbolicLink(entry));
                    } catch (java.nio.file.FileAlreadyExistsException made) {
                        // another container of the node made it
                    }
                } else {
                    cmd.addAll(List.of("--ro-bind", entry.toString(), target));
                }
            }
        }
        for (NodeVolumes.Mount mount : fs.mounts()) {
            // Volumes go over the private root, parents first, as the kubelet mounts them.
            cmd.addAll(List.of(mount.readOnly() ? "--ro-bind" : "--bind", mount.host().toString(), mount.mountPath()));
        }
        cmd.addAll(List.of("--proc", "/proc", "--dev", "/dev",
                // Own PID namespace: killing its init ends every process the node started.
                "--unshare-pid", "--unshare-ipc"));
        if (hostname != null && !hostname.isEmpty()) {
            cmd.addAll(List.of("--unshare-uts", "--hostname", hostnameOf(hostname)));
        }
        cmd.addAll(List.of(
                // The node cannot outlive this JVM, nor inject input into our terminal.
                "--die-with-parent", "--new-session",
                "--chdir", workingDir, "--"));
        cmd.addAll(argv);
        return cmd;
    }
}
