package io.jenkins.plugins.argoworkflow.engine.spi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run's artifact repository in memory, for tests of every module: objects by key, of location kind
 * {@code kind}. Keys that are absolute or hold {@code ..} are refused, as the real stores refuse them.
 */
public final class MemoryArtifactStore implements ArtifactStore {

    private final String kind;
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

    /** A store of location kind {@code memory}. */
    public MemoryArtifactStore() {
        this("memory");
    }

    public MemoryArtifactStore(String kind) {
        this.kind = kind;
    }

    @Override
    public String kind() {
        return kind;
    }

    /** The objects stored so far, by key (a live, read-only view). */
    public Map<String, byte[]> objects() {
        return Collections.unmodifiableMap(objects);
    }

    /** Stores {@code bytes} as the object {@code key}. */
    public void put(String key, byte[] bytes) {
        objects.put(checked(key), bytes.clone());
    }

    private static String checked(String key) {
        if (key.startsWith("/") || List.of(key.split("/")).contains("..")) {
            throw new IllegalArgumentException("artifact key '" + key + "' must be relative, without '..' segments");
        }
        return key;
    }

    @Override
    public void put(String key, Path file) throws IOException {
        put(key, Files.readAllBytes(file));
    }

    @Override
    public void get(String key, Path file) throws IOException {
        byte[] bytes = objects.get(checked(key));
        if (bytes == null) {
            throw new NoSuchFileException(key);
        }
        Files.write(file, bytes);
    }

    @Override
    public List<String> list(String prefix) {
        String dir = prefix.replaceAll("/+$", "") + "/";
        return objects.keySet().stream().filter(k -> k.startsWith(dir)).sorted().toList();
    }
}
