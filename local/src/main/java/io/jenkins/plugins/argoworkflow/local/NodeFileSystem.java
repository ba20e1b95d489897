package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.VolumeMount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A node's view of absolute paths, as a pod would have it: the host's top-level entries read-only, over a
 * private writable root (a directory under the node's state directory). {@code /tmp}, {@code /argo} and the
 * top-level directory of every path the template writes or mounts are private directories of that root,
 * shadowing the host's entry of the same name ({@code /mnt/out.txt} gives the node a private {@code /mnt}).
 * Anything else the node creates at the top level ({@code /result.txt}, {@code /outer}) lands in the private
 * root too, so a file directly under {@code /} can be an output. Two parallel nodes that write
 * {@code /tmp/out} thus write two different host files.
 *
 * <p>Paths under the host's system directories ({@code /usr}, {@code /etc}...) are never shadowed, since
 * the node's programs live there; they stay read-only.
 */
final class NodeFileSystem {

    /** Where Argo stages a script template's source in the pod. */
    static final String SCRIPT_PATH = "/argo/staging/script";

    /** Top-level host directories a node reads its programs and configuration from. */
    static final Set<String> SYSTEM_DIRS = Set.of("bin", "boot", "dev", "etc", "home", "lib", "lib32", "lib64",
            "libx32", "opt", "proc", "root", "run", "sbin", "sys", "usr", "var");

    private final Path stateDir;
    private final boolean isolated;
    /** The host's top-level entry names, which the sandbox binds read-only unless they are private. */
    private final Set<String> hostEntries;
    /** Top-level directory name (no slash) to the host directory that backs it; sorted for stable argv. */
    private final Map<String, Path> privateDirs;
    /** The volumes of the container this view is for, parents before nested mounts ({@link NodeVolumes}). */
    private final List<NodeVolumes.Mount> mounts;

    private NodeFileSystem(Path stateDir, boolean isolated, Set<String> hostEntries) {
        this(stateDir, isolated, Set.copyOf(hostEntries), new TreeMap<>(), List.of());
    }

    private NodeFileSystem(Path stateDir, boolean isolated, Set<String> hostEntries, Map<String, Path> privateDirs,
            List<NodeVolumes.Mount> mounts) {
        this.stateDir = stateDir;
        this.isolated = isolated;
        this.hostEntries = hostEntries;
        this.privateDirs = privateDirs;
        this.mounts = mounts;
    }

    /** The same private directories seen by a container with these volume mounts. */
    NodeFileSystem withMounts(List<NodeVolumes.Mount> containerMounts) {
        return new NodeFileSystem(stateDir, isolated, hostEntries, privateDirs, List.copyOf(containerMounts));
    }

    /** The container's volume mounts, to bind over the private root in this order. */
    List<NodeVolumes.Mount> mounts() {
        return mounts;
    }

    /**
     * The file system for one node of {@code template}, its private directories created under
     * {@code stateDir}. Not isolated means the node runs on the host's own paths (no sandbox available).
     */
    static NodeFileSystem create(Path stateDir, Template template, boolean isolated) throws IOException {
        return create(stateDir, template, isolated, Path.of("/"));
    }

    /** As {@link #create(Path, Template, boolean)}, for a sandbox whose host root is {@code hostRoot}. */
    static NodeFileSystem create(Path stateDir, Template template, boolean isolated, Path hostRoot)
            throws IOException {
        Set<String> hostEntries = new java.util.HashSet<>();
        if (isolated) {
            try (java.util.stream.Stream<Path> entries = Files.list(hostRoot)) {
                entries.forEach(e -> hostEntries.add(e.getFileName().toString()));
            }
        }
        NodeFileSystem fs = new NodeFileSystem(stateDir, isolated, hostEntries);
        if (isolated) {
            Files.createDirectories(fs.root());
            List<Path> dirs = new ArrayList<>();
            fs.addPrivate("/tmp", true).ifPresent(dirs::add);
            fs.addPrivate(SCRIPT_PATH, false).ifPresent(dirs::add);
            for (String path : directoryPaths(template)) {
                fs.addPrivate(path, true).ifPresent(dirs::add);
            }
            for (String path : writtenPaths(template)) {
                fs.addPrivate(path, false).ifPresent(dirs::add);
            }
            for (Path dir : dirs) {
                Files.createDirectories(dir);
            }
        }
        Files.createDirectories(stateDir);
        return fs;
    }

    boolean isolated() {
        return isolated;
    }

    /** Top-level sandbox directory names that get a private host directory, with that directory. */
    Map<String, Path> privateDirs() {
        return Map.copyOf(privateDirs);
    }

    /** A host directory of the node that the node does not see: artifacts are packed and unpacked there. */
    Path scratch() {
        return stateDir.resolve("scratch");
    }

    /** The host directory the sandbox binds as the node's {@code /}: its private, writable root. */
    Path root() {
        return stateDir.resolve("fs");
    }

    /** The host file that the node sees at absolute {@code sandboxPath}. */
    Path hostPath(String sandboxPath) {
        if (!isolated) {
            return isScriptPath(sandboxPath) ? stateDir.resolve("script") : Path.of(sandboxPath);
        }
        Path normal = Path.of("/").resolve(sandboxPath).normalize();
        if (normal.getNameCount() == 0) {
            return normal;
        }
        for (int i = mounts.size() - 1; i >= 0; i--) {
            // Mounts are sorted parents first, so the last one that holds the path is the innermost.
            Path mountPath = Path.of(mounts.get(i).mountPath()).normalize();
            if (normal.startsWith(mountPath)) {
                return mounts.get(i).host().resolve(mountPath.relativize(normal).toString());
            }
        }
        return isPrivate(normal.toString()) ? root().resolve(normal.subpath(0, normal.getNameCount())) : normal;
    }

    /**
     * Whether the node sees {@code sandboxPath} in its private, writable root or a volume: under one of its
     * volumes or private directories, or under a top-level name the host does not have.
     */
    boolean isPrivate(String sandboxPath) {
        Path normal = Path.of("/").resolve(sandboxPath).normalize();
        if (!isolated || normal.getNameCount() == 0) {
            return false;
        }
        if (mounts.stream().anyMatch(m -> normal.startsWith(Path.of(m.mountPath()).normalize()))) {
            return true;
        }
        String top = normal.getName(0).toString();
        return privateDirs.containsKey(top) || !hostEntries.contains(top) && !SYSTEM_DIRS.contains(top);
    }

    /** The script path as the node's command names it. */
    String scriptPath() {
        return isolated ? SCRIPT_PATH : hostPath(SCRIPT_PATH).toString();
    }

    private static boolean isScriptPath(String path) {
        return SCRIPT_PATH.equals(path);
    }

    /**
     * Makes the top-level name of {@code absolutePath} private (the host's entry of that name is not bound);
     * returns the private directory to create: the top-level one when the path lies below it or is itself
     * a directory. A top-level file ({@code /result.txt}) is created by the node itself, in its root.
     */
    private java.util.Optional<Path> addPrivate(String absolutePath, boolean isDirectory) {
        Path normal = Path.of("/").resolve(absolutePath).normalize();
        if (normal.getNameCount() == 0) {
            return java.util.Optional.empty();
        }
        String top = normal.getName(0).toString();
        if (SYSTEM_DIRS.contains(top)) {
            return java.util.Optional.empty();
        }
        Path dir = privateDirs.computeIfAbsent(top, t -> root().resolve(t));
        return isDirectory || normal.getNameCount() > 1 ? java.util.Optional.of(dir) : java.util.Optional.empty();
    }

    /** The directories the template's main container works in, and every container of the node mounts. */
    private static List<String> directoryPaths(Template template) {
        List<String> paths = new ArrayList<>();
        Container main = template.mainContainer();
        if (main != null && main.workingDir() != null && !main.workingDir().isEmpty()) {
            paths.add(main.workingDir());
        }
        for (Container c : PodContainers.all(template)) {
            c.volumeMounts().stream().map(VolumeMount::mountPath).forEach(paths::add);
        }
        paths.removeIf(p -> p == null || !p.startsWith("/"));
        return paths;
    }

    /** Every absolute path the template's main container may write as output or read as input. */
    private static List<String> writtenPaths(Template template) {
        List<String> paths = new ArrayList<>();
        if (template.outputs() != null) {
            for (Parameter p : template.outputs().parameters()) {
                if (p.valueFrom() != null && p.valueFrom().path() != null) {
                    paths.add(p.valueFrom().path());
                }
            }
            template.outputs().artifacts().stream().map(Artifact::path).forEach(paths::add);
        }
        if (template.inputs() != null) {
            template.inputs().artifacts().stream().map(Artifact::path).forEach(paths::add);
        }
        paths.removeIf(p -> p == null || !p.startsWith("/"));
        return paths;
    }
}
