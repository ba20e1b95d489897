package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Places a node's input artifacts at their paths in its private file system before the main command runs,
 * as Argo's init container does (executor.go loadArtifact): the object is fetched to a scratch file (from the
 * artifact store, inline {@code raw} data, or an {@code http} URL), unpacked when it is a tarball, moved to the
 * path, and given the input's {@code mode}. A key with objects below it and none of its own is read as a
 * directory, as Argo's S3 driver does.
 */
final class InputArtifacts {

    private static final Duration HTTP_TIMEOUT = Duration.ofMinutes(5);

    private final ArtifactStore store;
    private final HttpClient http;

    InputArtifacts(ArtifactStore store, HttpClient http) {
        this.store = store;
        this.http = http;
    }

    /** Places every input of {@code inputs}; {@code scratch} is the node's own working directory for it. */
    void place(List<NodeIo.Artifact> inputs, List<Artifact> declared, NodeFileSystem fs, Path scratch)
            throws LaunchException, InterruptedException {
        for (NodeIo.Artifact input : inputs) {
            Artifact declaration = declared.stream().filter(d -> d.name().equals(input.name())).findFirst().orElse(null);
            if (input.path() == null || !input.path().startsWith("/")) {
                throw LaunchException.error("input artifact '" + input.name() + "' needs an absolute path to be placed"
                        + " at; give it path: /some/where");
            }
            try {
                Path fetched = scratch.resolve(input.name() + ".download");
                Files.createDirectories(scratch);
                if (!fetch(input, fetched)) {
                    if (declaration != null && declaration.optional()) {
                        continue; // Argo: "Skipping optional input artifact that was not found"
                    }
                    throw LaunchException.error("artifact " + input.name() + " failed to load: key " + input.value()
                            + " not found in the artifact repository");
                }
                Path target = fs.hostPath(input.path());
                clear(target, input.path());
                unarchive(input, fetched, target, scratch.resolve(input.name() + ".unpack"));
                if (declaration != null && declaration.mode() != null) {
                    Tgz.chmod(target, declaration.mode(), declaration.recurseMode());
                }
            } catch (IOException e) {
                throw LaunchException.error("artifact " + input.name() + " failed to load: " + e.getMessage());
            }
        }
    }

    /** Fetches the object to {@code file} (or a directory of objects there); false when the key has none. */
    private boolean fetch(NodeIo.Artifact input, Path file) throws IOException, InterruptedException,
            LaunchException {
        if (NodeIo.Artifact.RAW.equals(input.kind())) {
            Files.writeString(file, input.value(), StandardCharsets.UTF_8);
            return true;
        }
        if (NodeIo.Artifact.HTTP.equals(input.kind())) {
            download(input, file);
            return true;
        }
        try {
            store.get(input.value(), file);
            return true;
        } catch (NoSuchFileException e) {
            List<String> below = store.list(input.value());
            if (below.isEmpty()) {
                return false;
            }
            String prefix = input.value().replaceAll("/+$", "") + "/";
            for (String key : below) {
                Path target = file.resolve(key.substring(prefix.length()));
                Files.createDirectories(target.getParent());
                store.get(key, target);
            }
            return true;
        }
    }

    private void download(NodeIo.Artifact input, Path file) throws IOException, InterruptedException,
            LaunchException {
        URI uri;
        try {
            uri = URI.create(input.value());
        } catch (IllegalArgumentException e) {
            throw LaunchException.error("artifact " + input.name() + " failed to load: '" + input.value()
                    + "' is not a URL: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).GET().build();
        HttpResponse<Path> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofFile(file));
        } catch (IOException | IllegalArgumentException e) {
            throw LaunchException.error("artifact " + input.name() + " failed to load: GET " + uri + ": " + e);
        }
        if (response.statusCode() / 100 != 2) {
            Files.deleteIfExists(file);
            throw LaunchException.error("artifact " + input.name() + " failed to load: GET " + uri + " answered "
                    + response.statusCode() + "; check the URL");
        }
    }

    /** Argo's unarchiveArtifact: as declared, else a tarball is unpacked and anything else kept as it is. */
    private static void unarchive(NodeIo.Artifact input, Path fetched, Path target, Path scratch) throws IOException {
        boolean tar = input.archive() == ArchiveStrategy.Kind.TAR
                || input.archive() == null && Files.isRegularFile(fetched) && Tgz.isTarball(fetched);
        Files.createDirectories(target.getParent());
        if (tar) {
            Files.createDirectories(scratch);
            Tgz.unpack(fetched, target, scratch);
            Files.deleteIfExists(fetched);
            if (Files.exists(scratch)) {
                FileTrees.delete(scratch);
            }
        } else {
            Files.move(fetched, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes room at {@code target}: an empty directory there (a private top-level directory) is removed. */
    private static void clear(Path target, String path) throws IOException {
        if (Files.isDirectory(target)) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(target);
                    return;
                }
            }
            throw new IOException(path + " already exists and is not empty; place the artifact at a path of its own");
        }
    }
}
