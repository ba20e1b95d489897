package io.jenkins.plugins.argoworkflow.engine.spi;

import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's artifact repository: Argo's default repository, holding objects by key. Runtimes write each output
 * artifact here (packed as the template says) and read each input artifact from here; the engine only passes
 * keys around, as Argo's controller does.
 *
 * <p>The shape is that of an object store (S3, GCS, a Jenkins build's artifacts): whole files in and out,
 * keys with {@code /} as the separator, and a listing by prefix, because Argo reads a key with objects under
 * it as a directory ({@code examples/map-reduce.yaml}) and writes an unpacked directory as one object per
 * file. Packing (tar+gzip) is the runtime's business, as it is Argo's executor's, so a store never looks inside
 * an object. The local runtime keeps a directory ({@code LocalArtifactStore}); the Jenkins plugin can keep a
 * build's artifacts through {@code Run.getArtifactManager()} ({@code archive} to put, {@code root().child(key)}
 * to get and list); a Kubernetes runtime streams objects between the store and its pods.
 *
 * <p>Implementations are called from runtime threads, several nodes at once, and must be thread-safe. Keys
 * are relative ({@code my-wf/my-wf-main-123/out.tgz}); a store refuses keys that are absolute or contain
 * {@code ..} segments with an {@link IllegalArgumentException}.
 */
public interface ArtifactStore {

    /**
     * The location kind the run's status shows for keys a runtime chose itself (Argo shows {@code s3} for its
     * S3 default repository), so that tools reading the status know where to look.
     */
    String kind();

    /** Stores the regular file {@code file} as the object {@code key}, replacing one of that key. */
    void put(String key, Path file) throws IOException;

    /**
     * Copies the object {@code key} to {@code file} (replacing it); throws {@link NoSuchFileException} naming the
     * key when there is no such object, which an optional input artifact tolerates.
     */
    void get(String key, Path file) throws IOException;

    /**
     * The keys of the objects under {@code prefix} taken as a directory ({@code prefix + "/"}), in any order;
     * empty when there are none.
     */
    List<String> list(String prefix) throws IOException;

    /**
     * Stores {@code source} as is ({@code archive: none}): a file as the object {@code key}, a directory as one
     * object per regular file under {@code key} taken as a prefix ({@code key/relative/path}).
     */
    default void putAsIs(String key, Path source) throws IOException {
        if (!Files.isDirectory(source)) {
            put(key, source);
            return;
        }
        String prefix = key.replaceAll("/+$", "") + "/";
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            put(prefix + source.relativize(file), file);
        }
    }

    /**
     * The key this store keeps an output artifact of the pod {@code podName} under when the artifact names no
     * location of its own: Argo's {@link #defaultKey} unless a store lays its objects out otherwise (a Jenkins
     * build's artifacts leave out the workflow's name, the same for every object of the build).
     */
    default String outputKey(String workflowName, String podName, Artifact output) {
        return defaultKey(workflowName, podName, output);
    }

    /**
     * Where a runtime saves the output artifact {@code output} of the pod {@code podName}: the run's store under its
     * {@link #outputKey} when the artifact names no location, the key a key-only location names otherwise.
     *
     * @param runtime the runtime's name, for the message
     * @throws IllegalArgumentException when the artifact names a full location (a bucket, an endpoint, a
     *                                  repository), which runtimes do not write to: its message says what to do
     */
    static Location outputLocation(ArtifactStore store, String workflowName, String podName, Artifact output,
            String runtime) {
        if (output.storage() == null) {
            return new Location(store.kind(), store.outputKey(workflowName, podName, output));
        }
        if (output.storage().keyOnly()) {
            return new Location(output.storage().kind(), output.storage().value());
        }
        throw new IllegalArgumentException("output artifact '" + output.name() + "': " + output.storage().kind()
                + " locations other than key-only are not supported by the " + runtime + " runtime; give only the"
                + " key, which the run's artifact repository holds");
    }

    /** Where an output artifact is saved: the kind the run's status shows and the key in the run's store. */
    record Location(String kind, String key) {
    }

    /**
     * Argo's default key of an output artifact, {@code <workflow>/<pod>/<file>} (the default {@code keyFormat}
     * {@code {{workflow.name}}/{{pod.name}}}), {@code <file>} being {@link #objectName}.
     */
    static String defaultKey(String workflowName, String podName, Artifact output) {
        return workflowName + "/" + podName + "/" + objectName(output);
    }

    /**
     * The last segment of an output artifact's default key: {@code <name>.tgz} when packed as tar+gzip,
     * {@code <name>.zip} for zip, the base name of the artifact's path when stored as is (executor.go
     * stageArchiveFile).
     */
    static String objectName(Artifact output) {
        ArchiveStrategy archive = output.archive() == null ? ArchiveStrategy.DEFAULT : output.archive();
        if (archive.kind() == ArchiveStrategy.Kind.NONE) {
            Path base = Path.of(output.path()).getFileName();
            return base == null ? output.name() : base.toString();
        }
        return output.name() + (archive.kind() == ArchiveStrategy.Kind.ZIP ? ".zip" : ".tgz");
    }
}
