package io.jenkins.plugins.argoworkflow.kubernetes;

import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A run's artifact repository in memory, for tests: objects by key. */
final class MemoryArtifactStore implements ArtifactStore {

    final Map<String, byte[]> objects = new ConcurrentHashMap<>();

    @Override
    public String kind() {
        return "memory";
    }

    @Override
    public void put(String key, Path file) throws IOException {
        objects.put(key, Files.readAllBytes(file));
    }

    @Override
    public void get(String key, Path file) throws IOException {
        byte[] data = objects.get(key);
        if (data == null) {
            throw new NoSuchFileException(key);
        }
        Files.write(file, data);
    }

    @Override
    public List<String> list(String prefix) {
        String dir = prefix.replaceAll("/+$", "") + "/";
        return objects.keySet().stream().filter(k -> k.startsWith(dir)).sorted().toList();
    }
}
