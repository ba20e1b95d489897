package io.jenkins.plugins.argoworkflow.kubernetes;

import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The tar the controller streams into a pod's {@code init} container (init.sh unpacks it onto the shared
 * volume, main's emissary.sh copies each artifact to its path): for each input, {@code packed/NAME} when the
 * object is tar+gzip (init unpacks it as Argo's executor does), else {@code plain/NAME}, a file, or a directory
 * for a key with objects below it (Argo's S3 driver reads such a key as a directory). Built on the controller
 * before the pod is created, so that a missing input fails the node without a pod.
 */
final class InputArtifacts {

    static final String PLAIN = "plain/";
    static final String PACKED = "packed/";
    private static final Duration HTTP_TIMEOUT = Duration.ofMinutes(5);
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private InputArtifacts() {
    }

    /**
     * The tar of {@code request}'s inputs in {@code scratch}, or null when the node has none.
     *
     * @throws ArtifactException naming the input that could not be fetched, in Argo's words
     */
    static Path tar(LeafRequest request, ArtifactStore store, Path scratch) throws ArtifactException,
            InterruptedException {
        List<NodeIo.Artifact> inputs = request.inputs().artifacts();
        if (inputs.isEmpty()) {
            return null;
        }
        Path tar = scratch.resolve("inputs.tar");
        try (OutputStream file = Files.newOutputStream(tar);
                TarArchiveOutputStream out = new TarArchiveOutputStream(file, StandardCharsets.UTF_8.name())) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (NodeIo.Artifact input : inputs) {
                add(out, request, input, store, scratch);
            }
        } catch (IOException e) {
            throw new ArtifactException("input artifacts could not be prepared: " + e.getMessage());
        }
        return tar;
    }

    /**
     * The text of the input artifact {@code name}, for a resource template's {@code manifestFrom}: the file
     * itself, or the one file a tar+gzip object holds.
     *
     * @throws ArtifactException when the node has no such input or it cannot be read
     */
    static String text(LeafRequest request, String name, ArtifactStore store, Path scratch) throws ArtifactException,
            InterruptedException {
        NodeIo.Artifact input = request.inputs().artifacts().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new ArtifactException("manifestFrom names input artifact '" + name + "', which the"
                        + " node was not given; declare it under inputs.artifacts and pass it"));
        try {
            Path fetched = scratch.resolve("in-" + name);
            if (NodeIo.Artifact.RAW.equals(input.kind())) {
                return input.value();
            } else if (NodeIo.Artifact.HTTP.equals(input.kind())) {
                download(input, fetched);
            } else if (store == null) {
                throw new ArtifactException(ArtifactException.noStore("input artifact '" + name + "'"));
            } else if (!fetch(store, input.value(), fetched) || Files.isDirectory(fetched)) {
                throw new ArtifactException("artifact " + name + " failed to load: key " + input.value()
                        + " is not a file in the artifact repository");
            }
            return gzipped(fetched) ? OutputArtifacts.singleFile(fetched) : Files.readString(fetched);
        } catch (IOException e) {
            throw new ArtifactException("artifact " + name + " failed to load: " + e.getMessage());
        }
    }

    private static void add(TarArchiveOutputStream out, LeafRequest request, NodeIo.Artifact input,
            ArtifactStore store, Path scratch) throws IOException, ArtifactException, InterruptedException {
        Path fetched = scratch.resolve("in-" + input.name());
        if (NodeIo.Artifact.RAW.equals(input.kind())) {
            Files.writeString(fetched, input.value(), StandardCharsets.UTF_8);
        } else if (NodeIo.Artifact.HTTP.equals(input.kind())) {
            download(input, fetched);
        } else {
            if (store == null) {
                throw new ArtifactException(ArtifactException.noStore("input artifact '" + input.name() + "'"));
            }
            if (!fetch(store, input.value(), fetched)) {
                if (declared(request, input.name()).map(Artifact::optional).orElse(false)) {
                    return; // Argo: "Skipping optional input artifact that was not found"
                }
                throw new ArtifactException("artifact " + input.name() + " failed to load: key " + input.value()
                        + " not found in the artifact repository");
            }
        }
        boolean packed = input.archive() == ArchiveStrategy.Kind.TAR
                || input.archive() == null && Files.isRegularFile(fetched) && gzipped(fetched);
        put(out, (packed ? PACKED : PLAIN) + input.name(), fetched);
    }

    /** The object of {@code key} at {@code file}, or the objects below it in a directory there; false: none. */
    private static boolean fetch(ArtifactStore store, String key, Path file) throws IOException {
        try {
            store.get(key, file);
            return true;
        } catch (NoSuchFileException e) {
            List<String> below = store.list(key);
            if (below.isEmpty()) {
                return false;
            }
            String prefix = key.replaceAll("/+$", "") + "/";
            for (String object : below) {
                Path target = file.resolve(object.substring(prefix.length())).normalize();
                if (!target.startsWith(file)) {
                    throw new IOException("object " + object + " lies outside " + key);
                }
                Files.createDirectories(target.getParent());
                store.get(object, target);
            }
            return true;
        }
    }

    private static void download(NodeIo.Artifact input, Path file) throws ArtifactException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(input.value());
        } catch (IllegalArgumentException e) {
            throw new ArtifactException("artifact " + input.name() + " failed to load: '" + input.value()
                    + "' is not a URL: " + e.getMessage());
        }
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<Path> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new ArtifactException("artifact " + input.name() + " failed to load: GET " + uri + ": " + e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new ArtifactException("artifact " + input.name() + " failed to load: GET " + uri + " answered "
                    + response.statusCode() + "; check the URL");
        }
    }

    private static java.util.Optional<Artifact> declared(LeafRequest request, String name) {
        return request.template().inputs().artifacts().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private static boolean gzipped(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == GZIP_MAGIC_1 && in.read() == GZIP_MAGIC_2;
        }
    }

    /** {@code source} (a file or a directory tree of regular files) as {@code name} in the tar. */
    private static void put(TarArchiveOutputStream out, String name, Path source) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(source)) {
            files = walk.sorted().toList();
        }
        for (Path p : files) {
            String rel = source.relativize(p).toString();
            String entryName = rel.isEmpty() ? name : name + "/" + rel;
            if (Files.isDirectory(p)) {
                out.putArchiveEntry(new TarArchiveEntry(entryName + "/"));
                out.closeArchiveEntry();
            } else if (Files.isRegularFile(p)) {
                TarArchiveEntry entry = new TarArchiveEntry(p.toFile(), entryName);
                out.putArchiveEntry(entry);
                Files.copy(p, out);
                out.closeArchiveEntry();
            }
        }
    }
}
