package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves a finished node's output artifacts to the artifact store, as Argo's wait container does
 * (executor.go SaveArtifacts): each declared path, read through the node's own file system, packed as
 * tar+gzip (the default, at the declared {@code compressionLevel}) or stored as it is ({@code archive: none}:
 * a directory becomes one object per file under the key), under its key-only location's key or else Argo's
 * default key. A missing path is skipped when the artifact is {@code optional}, else the node errs; every
 * problem is reported, not only the first.
 */
final class OutputArtifacts {

    private final ArtifactStore store;

    OutputArtifacts(ArtifactStore store) {
        this.store = store;
    }

    /** The saved artifacts of {@code request}'s template, in declaration order. */
    List<NodeIo.Artifact> save(LeafRequest request, NodeFileSystem fs, Path scratch) throws LaunchException {
        List<NodeIo.Artifact> saved = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Artifact a : request.template().outputs().artifacts()) {
            try {
                NodeIo.Artifact one = save(request, a, fs, scratch);
                if (one != null) {
                    saved.add(one);
                }
            } catch (IOException e) {
                problems.add("output artifact '" + a.name() + "': " + e.getMessage());
            } catch (LaunchException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw LaunchException.error(String.join("; ", problems));
        }
        return saved;
    }

    private NodeIo.Artifact save(LeafRequest request, Artifact a, NodeFileSystem fs, Path scratch)
            throws IOException, LaunchException {
        if (a.path() == null || !a.path().startsWith("/")) {
            throw LaunchException.error("output artifact '" + a.name() + "' needs an absolute path; give it path: "
                    + "/some/where");
        }
        Path source = fs.hostPath(a.path());
        if (!Files.exists(source)) {
            if (a.optional()) {
                return null; // Argo: "Ignoring optional artifact which does not exist in path"
            }
            throw LaunchException.error("output artifact '" + a.name() + "': " + a.path() + " no such file or "
                    + "directory; write it, or mark the artifact optional: true");
        }
        ArtifactStore.Location location;
        try {
            location = ArtifactStore.outputLocation(store, request.workflowName(), request.podName(), a,
                    "local");
        } catch (IllegalArgumentException e) {
            throw LaunchException.error(e.getMessage());
        }
        String kind = location.kind();
        String key = location.key();
        ArchiveStrategy archive = a.archive() == null ? ArchiveStrategy.DEFAULT : a.archive();
        switch (archive.kind()) {
            case NONE -> store.putAsIs(key, source);
            case TAR -> {
                Files.createDirectories(scratch);
                Path tgz = scratch.resolve(a.name() + ".tgz");
                Tgz.pack(source, tgz, archive.compressionLevel() == null ? Tgz.DEFAULT_LEVEL
                        : archive.compressionLevel().intValue());
                store.put(key, tgz);
                Files.delete(tgz);
            }
            default -> throw LaunchException.error("output artifact '" + a.name() + "': zip archives are not supported"
                    + " yet; use archive: {tar: {}} or archive: {none: {}}");
        }
        return new NodeIo.Artifact(a.name(), a.path(), kind, key, archive.kind());
    }
}
