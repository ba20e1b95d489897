package io.jenkins.plugins.argoworkflow.kubernetes;

import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A pod's outputs as the controller reads them from {@code wait} (exec, a tar of {@code /var/run/argo/outputs}:
 * the {@code outputs} summary emissary.sh wrote and {@code artifacts/NAME.tgz} for each artifact path that
 * existed), and the artifacts saved to the run's store as Argo's wait container saves them
 * (executor.go SaveArtifacts): packed as tar+gzip (the default: the pod's archive is stored as it is) or as is
 * ({@code archive: none}: a file as one object, a directory as one object per file under the key), under the
 * key-only location's key or else Argo's default key. A missing path is skipped when the artifact is
 * {@code optional}; every problem is reported, not only the first.
 */
final class OutputArtifacts {

    private static final Pattern PACKED = Pattern.compile("(?:\\./)?artifacts/([^/]+)\\.tgz");
    private static final Pattern SUMMARY = Pattern.compile("(?:\\./)?outputs");

    private OutputArtifacts() {
    }

    /** What wait's tar held: the outputs summary (null if absent) and each packed artifact, by name. */
    record Collected(String outputs, Map<String, Path> packed) {
    }

    /**
     * Reads wait's tar from {@code in}, keeping each artifact's archive in {@code scratch} (on disk: artifacts
     * have no size bound, as in Argo) and reading the summary no further than {@code maxSummary} bytes.
     *
     * @throws OutputsMessage.OutputsException when the summary is longer than {@code maxSummary}
     */
    static Collected read(InputStream in, Path scratch, long maxSummary, String podName) throws IOException,
            OutputsMessage.OutputsException {
        String outputs = null;
        Map<String, Path> packed = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(in),
                StandardCharsets.UTF_8.name())) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (!e.isFile()) {
                    continue;
                }
                Matcher artifact = PACKED.matcher(e.getName());
                if (SUMMARY.matcher(e.getName()).matches()) {
                    outputs = summary(tar, e, maxSummary, podName);
                } else if (artifact.matches()) {
                    // Named by position, not by the pod's file name: what a pod writes never picks a host path.
                    Path file = scratch.resolve("out-" + packed.size() + ".tgz");
                    Files.copy(tar, file);
                    packed.put(artifact.group(1), file);
                }
            }
        }
        return new Collected(outputs, packed);
    }

    /** The summary entry's text: its declared size is checked first, then no more than the bound is read. */
    private static String summary(InputStream tar, TarArchiveEntry e, long max, String podName) throws IOException,
            OutputsMessage.OutputsException {
        if (e.getSize() > max) {
            throw new OutputsMessage.OutputsException(OutputsMessage.tooLong(podName, max));
        }
        byte[] bytes = tar.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new OutputsMessage.OutputsException(OutputsMessage.tooLong(podName, max));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Saves the template's output artifacts found in {@code packed}; the saved ones, in declaration order. */
    static List<NodeIo.Artifact> save(LeafRequest request, ArtifactStore store, Map<String, Path> packed,
            Path scratch) throws ArtifactException {
        List<NodeIo.Artifact> saved = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Artifact a : request.template().outputs().artifacts()) {
            if (a.path() == null) {
                continue;
            }
            try {
                NodeIo.Artifact one = save(request, store, a, packed.get(a.name()), scratch);
                if (one != null) {
                    saved.add(one);
                }
            } catch (IOException e) {
                problems.add("output artifact '" + a.name() + "': " + e.getMessage());
            } catch (ArtifactException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ArtifactException(String.join("; ", problems));
        }
        return saved;
    }

    private static NodeIo.Artifact save(LeafRequest request, ArtifactStore store, Artifact a, Path tgz, Path scratch)
            throws IOException, ArtifactException {
        if (tgz == null) {
            if (a.optional()) {
                return null; // Argo: "Ignoring optional artifact which does not exist in path"
            }
            throw new ArtifactException("output artifact '" + a.name() + "': " + a.path() + " no such file or "
                    + "directory; write it, or mark the artifact optional: true");
        }
        if (store == null) {
            throw new ArtifactException(ArtifactException.noStore("output artifact '" + a.name() + "'"));
        }
        ArtifactStore.Location location;
        try {
            location = ArtifactStore.outputLocation(store, request.workflowName(), request.podName(), a,
                    "kubernetes");
        } catch (IllegalArgumentException e) {
            throw new ArtifactException(e.getMessage());
        }
        String kind = location.kind();
        String key = location.key();
        ArchiveStrategy archive = a.archive() == null ? ArchiveStrategy.DEFAULT : a.archive();
        switch (archive.kind()) {
            case TAR -> store.put(key, tgz);
            case NONE -> store.putAsIs(key, unpack(tgz, scratch.resolve("unpacked-" + a.name())));
            default -> throw new ArtifactException("output artifact '" + a.name() + "': zip archives are not"
                    + " supported yet; use archive: {tar: {}} or archive: {none: {}}");
        }
        return new NodeIo.Artifact(a.name(), a.path(), kind, key, archive.kind());
    }

    /** Unpacks emissary's archive (one top-level entry: the artifact's base name) and returns that entry. */
    private static Path unpack(Path tgz, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path top = null;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(tgz))), StandardCharsets.UTF_8.name())) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir) || target.equals(dir)) {
                    throw new IOException("the archive's entry " + e.getName() + " lies outside the artifact");
                }
                if (top == null) {
                    top = dir.resolve(dir.relativize(target).getName(0));
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                }
            }
        }
        if (top == null) {
            throw new IOException("the pod packed an empty archive");
        }
        return top;
    }

    /** The text of the one regular file in the tar+gzip {@code tgz} (an artifact packed from a file). */
    static String singleFile(Path tgz) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(tgz))), StandardCharsets.UTF_8.name())) {
            String text = null;
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.isFile()) {
                    if (text != null) {
                        throw new IOException("the archive holds more than one file; a manifest is one file");
                    }
                    text = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            if (text == null) {
                throw new IOException("the archive holds no file");
            }
            return text;
        }
    }
}
