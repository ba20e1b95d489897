package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.VolumeMount;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The volumes of one node, as host directories: an {@code emptyDir} is a directory of the node (shared by its
 * containers, gone with the node's state), a {@code persistentVolumeClaim} (also what a
 * {@code volumeClaimTemplates} entry becomes) a directory named by the claim under the runtime's work root, so
 * every node of the run that mounts it shares it. Volumes are looked up by name as Argo's pod builder does:
 * the template's own {@code volumes}, then the workflow's.
 */
final class NodeVolumes {

    /** Where claims live under the work root; not a possible workflow name (Kubernetes names have no '_'). */
    static final String CLAIMS_DIR = "_claims";

    /**
     * One volume mount of a container: the absolute path the node sees and the host file or directory there.
     */
    record Mount(String mountPath, Path host, boolean readOnly) {
    }

    private final LeafRequest request;
    private final Path workRoot;
    private final Path nodeDir;
    private final KeyedFiles keyedFiles;
    /** Host directories of the volumes already prepared for this node, by volume name. */
    private final Map<String, Path> prepared = new HashMap<>();
    /** Secret and configMap volumes: Kubernetes mounts them read-only whatever the mount says. */
    private final java.util.Set<String> alwaysReadOnly = new java.util.HashSet<>();

    NodeVolumes(LeafRequest request, Path workRoot, Path nodeStateDir, KeyedFiles keyedFiles) {
        this.request = request;
        this.workRoot = workRoot;
        this.nodeDir = nodeStateDir.resolve("volumes");
        this.keyedFiles = keyedFiles;
    }

    /** The container's mounts, each volume's directory created on first use; parents before nested mounts. */
    List<Mount> mounts(Container container) throws LaunchException, IOException {
        List<Mount> mounts = new ArrayList<>();
        for (VolumeMount m : container.volumeMounts()) {
            mounts.add(mount(m));
        }
        mounts.sort(java.util.Comparator.comparingInt(m -> Path.of(m.mountPath()).normalize().getNameCount()));
        return List.copyOf(mounts);
    }

    private Mount mount(VolumeMount m) throws LaunchException, IOException {
        if (m.mountPath() == null || !m.mountPath().startsWith("/")) {
            throw LaunchException.error(at(m.location()) + "volumeMount '" + m.name() + "' has mountPath "
                    + m.mountPath() + ", which is not an absolute path");
        }
        Path base = prepared.get(m.name());
        if (base == null) {
            base = prepare(volume(m));
            prepared.put(m.name(), base);
        }
        Path host = base;
        if (m.subPath() != null && !m.subPath().isEmpty()) {
            host = base.resolve(m.subPath()).normalize();
            if (Path.of(m.subPath()).isAbsolute() || !host.startsWith(base)) {
                throw LaunchException.error(at(m.location()) + "volumeMount '" + m.name() + "' has subPath "
                        + m.subPath() + "; a subPath must be a relative path inside the volume");
            }
            if (!Files.exists(host)) {
                Files.createDirectories(host); // the kubelet creates a missing subPath as a directory
            }
        }
        return new Mount(m.mountPath(), host, m.readOnly() || alwaysReadOnly.contains(m.name()));
    }

    /** Argo's lookup: the template's volumes first, then the workflow's (its volumes, then its claims). */
    private YMap volume(VolumeMount m) throws LaunchException {
        List<YNode> candidates = new ArrayList<>(request.template().volumes());
        candidates.addAll(request.workflowVolumes());
        for (YNode v : candidates) {
            if (v instanceof YMap map && m.name() != null && m.name().equals(text(map, "name").orElse(null))) {
                return map;
            }
        }
        throw LaunchException.error(at(m.location()) + "volume '" + m.name() + "' not found in workflow spec");
    }

    private Path prepare(YMap volume) throws LaunchException, IOException {
        String name = text(volume, "name").orElse("");
        if (volume.has("emptyDir")) {
            return created(nodeDir.resolve(LocalRuntime.safeName(name)));
        }
        Optional<YMap> claim = volume.get("persistentVolumeClaim").filter(YMap.class::isInstance).map(YMap.class::cast);
        if (claim.isPresent()) {
            String claimName = text(claim.get(), "claimName").orElseThrow(() -> LaunchException.error(
                    at(volume.location()) + "volume '" + name + "' names no persistentVolumeClaim.claimName"));
            return created(workRoot.resolve(CLAIMS_DIR).resolve(LocalRuntime.safeName(claimName)));
        }
        for (KeyedFiles.Kind kind : KeyedFiles.Kind.values()) {
            Optional<YMap> source = volume.get(kind.volumeField()).filter(YMap.class::isInstance).map(YMap.class::cast);
            if (source.isPresent()) {
                alwaysReadOnly.add(name);
                return keyedFiles.stage(kind, name, source.get(), nodeDir.resolve(LocalRuntime.safeName(name)), at(volume.location()));
            }
        }
        String type = "an unknown";
        for (YMap.Entry e : volume.entries()) {
            if (!e.name().equals("name")) {
                type = "a " + e.name();
                break;
            }
        }
        throw LaunchException.error(at(volume.location()) + "volume '" + name + "' is " + type + " volume, which the"
                + " local runtime cannot mount; it mounts emptyDir, persistentVolumeClaim (and volumeClaimTemplates),"
                + " secret and configMap volumes");
    }

    private static Path created(Path dir) throws IOException {
        return Files.createDirectories(dir);
    }

    static Optional<String> text(YMap map, String key) {
        return map.get(key).filter(YScalar.class::isInstance).map(n -> ((YScalar) n).text());
    }

    /** {@code file:line:col: } for a message, or nothing when the location is unknown. */
    static String at(Location location) {
        return location == null || location.line() <= 0 ? "" : location + ": ";
    }
}
