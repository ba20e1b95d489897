package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The default artifact repository of {@code argowf run}: a directory where each object is the file at its key
 * ({@code <root>/my-wf/my-wf-main-123/out.tgz}), so a user can look at a run's artifacts with {@code ls}. The
 * status names its keys with the location kind {@code local} ({@code local: {key: ...}}), which no Argo
 * repository uses, so that no tool mistakes them for S3 keys.
 */
public final class LocalArtifactStore implements ArtifactStore {

    /** The location kind of this store's keys in a run's status. */
    public static final String KIND = "local";

    private final Path root;

    public LocalArtifactStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void put(String key, Path file) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        // Copy beside the target, then rename: a reader never sees half an object.
        Path partial = Files.createTempFile(target.getParent(), ".put-", ".partial");
        try {
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public void get(String key, Path file) throws IOException {
        Path source = resolve(key);
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(key, null, "no such key in the artifact repository " + root);
        }
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        Path dir = resolve(prefix);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".partial"))
                    .forEach(p -> keys.add(root.relativize(p).toString()));
        }
        return keys;
    }

    /** The file of {@code key}; keys are relative and stay inside the store. */
    private Path resolve(String key) {
        String trimmed = key == null ? "" : key.replaceAll("/+$", "");
        if (trimmed.isEmpty() || trimmed.startsWith("/") || Stream.of(trimmed.split("/")).anyMatch(".."::equals)) {
            throw new IllegalArgumentException("artifact key '" + key + "' must be relative, without '..' segments");
        }
        return root.resolve(trimmed).normalize();
    }
}
