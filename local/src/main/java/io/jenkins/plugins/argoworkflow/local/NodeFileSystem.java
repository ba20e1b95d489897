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
 * A node's view of absolute paths, as a pod would have it: the host's file system read-only, plus private
 * writable directories (kept under the node's state directory) for {@code /tmp}, {@code /argo} and the
 * top-level directory of every path the template writes or mounts ({@code /mnt/out.txt} gives the node a
 * private {@code /mnt}). Two parallel nodes that write {@code /tmp/out} thus write two different host files.
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
    /** Top-level directory name (no slash) to the host directory that backs it; sorted for stable argv. */
    private final Map<String, Path> privateDirs;
    /** The volumes of the container this view is for, parents before nested mounts ({@link NodeVolumes}). */
    private final List<NodeVolumes.Mount> mounts;

    private NodeFileSystem(Path stateDir, boolean isolated) {
        this(stateDir, isolated, new TreeMap<>(), List.of());
    }

    private NodeFileSystem(Path stateDir, boolean isolated, Map<String, Path> privateDirs,
            List<NodeVolumes.Mount> mounts) {
        this.stateDir = stateDir;
        this.isolated = isolated;
        this.privateDirs = privateDirs;
        this.mounts = mounts;
    }

    /** The same private directories seen by a container with these volume mounts. */
    NodeFileSystem withMounts(List<NodeVolumes.Mount> containerMounts) {
        return new NodeFileSystem(stateDir, isolated, privateDirs, List.copyOf(containerMounts));
    }

    /** The container's volume mounts, to bind over the private directories in this order. */
    List<NodeVolumes.Mount> mounts() {
        return mounts;
    }

    /**
     * The file system for one node of {@code template}, its private directories created under
     * {@code stateDir}. Not isolated means the node runs on the host's own paths (no sandbox available).
     */
    static NodeFileSystem create(Path stateDir, Template template, boolean isolated) throws IOException {
        NodeFileSystem fs = new NodeFileSystem(stateDir, isolated);
        if (isolated) {
            fs.addPrivate("/tmp");
            fs.addPrivate(SCRIPT_PATH);
            for (String path : writtenPaths(template)) {
                fs.addPrivate(path);
            }
            for (Path dir : fs.privateDirs.values()) {
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
        Path backing = privateDirs.get(normal.getName(0).toString());
        if (backing == null) {
            return normal;
        }
        return normal.getNameCount() == 1 ? backing : backing.resolve(normal.subpath(1, normal.getNameCount()));
    }

    /** Whether the node sees {@code sandboxPath} in one of its private, writable directories or volumes. */
    boolean isPrivate(String sandboxPath) {
        Path normal = Path.of("/").resolve(sandboxPath).normalize();
        boolean inVolume = mounts.stream().anyMatch(m -> normal.startsWith(Path.of(m.mountPath()).normalize()));
        return isolated && normal.getNameCount() > 0
                && (inVolume || privateDirs.containsKey(normal.getName(0).toString()));
    }

    /** The script path as the node's command names it. */
    String scriptPath() {
        return isolated ? SCRIPT_PATH : hostPath(SCRIPT_PATH).toString();
    }

    private static boolean isScriptPath(String path) {
        return SCRIPT_PATH.equals(path);
    }

    private void addPrivate(String absolutePath) {
        Path normal = Path.of("/").resolve(absolutePath).normalize();
        if (normal.getNameCount() == 0) {
            return;
        }
        String top = normal.getName(0).toString();
        if (!SYSTEM_DIRS.contains(top)) {
            privateDirs.computeIfAbsent(top, t -> stateDir.resolve("fs").resolve(t));
        }
    }

    /** Every absolute path the template's containers may write, read as input, or mount. */
    private static List<String> writtenPaths(Template template) {
        List<String> paths = new ArrayList<>();
        Container main = template.mainContainer();
        if (main != null && main.workingDir() != null && !main.workingDir().isEmpty()) {
            paths.add(main.workingDir());
        }
        for (Container c : PodContainers.all(template)) {
            c.volumeMounts().stream().map(VolumeMount::mountPath).forEach(paths::add);
        }
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
