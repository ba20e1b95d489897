package io.jenkins.plugins.argoworkflow;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jenkins.model.ArtifactManager;
import jenkins.util.VirtualFile;

/**
 * A run's artifact repository kept as the build's own artifacts, under {@value #PREFIX}{@code <key>}: archived
 * through the build's {@link ArtifactManager} (so artifact-manager-s3 and its kind store them where they store
 * every artifact) and read back through its {@link VirtualFile}s, which is how an input artifact {@code from} an
 * earlier node finds the bytes. Each object is one archived file; a directory is a key with files under it.
 *
 * <p>An output artifact that names no location of its own is kept as {@code argo/<pod>/<file>}: the node's pod
 * name (unique per node and attempt) and Argo's object name ({@code <name>.tgz}, or the path's base name with
 * {@code archive: none}). Argo's default key also starts with the workflow's name, the same for every object of
 * a build, so it is left out here.
 */
final class BuildArtifactStore implements ArtifactStore {

    /** Where the workflow's objects live among the build's artifacts. */
    static final String PREFIX = "argo/";
    /** The location kind of the objects in the run's status: {@code jenkins: {key: ...}}. */
    static final String KIND = "jenkins";

    /** The build's artifact manager: picked (configured) for writing, as Jenkins's own archiver does. */
    interface Managers {
        ArtifactManager forWriting() throws IOException;

        ArtifactManager forReading();
    }

    private final Managers managers;
    private final TaskListener listener;

    BuildArtifactStore(Managers managers, TaskListener listener) {
        this.managers = managers;
        this.listener = listener;
    }

    /** The store of {@code build}, reporting archive progress to {@code listener}. */
    static BuildArtifactStore of(Run<?, ?> build, TaskListener listener) {
        return new BuildArtifactStore(new Managers() {
            @Override
            public ArtifactManager forWriting() throws IOException {
                return build.pickArtifactManager();
            }

            @Override
            public ArtifactManager forReading() {
                return build.getArtifactManager();
            }
        }, listener);
    }

    /**
     * The store of {@code build} for reading only, as the build's Argo Workflow page downloads from it: it reads
     * the build's current artifact manager and refuses to archive.
     */
    static BuildArtifactStore reading(Run<?, ?> build) {
        return new BuildArtifactStore(new Managers() {
            @Override
            public ArtifactManager forWriting() throws IOException {
                throw new IOException("the Argo Workflow page of " + build.getExternalizableId()
                        + " reads the build's artifacts; it does not archive any");
            }

            @Override
            public ArtifactManager forReading() {
                return build.getArtifactManager();
            }
        }, new LogListener(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)));
    }

    /** Artifacts show in the status as {@code jenkins: argo/<key>}, a path among the build's artifacts. */
    @Override
    public String kind() {
        return KIND;
    }

    /** {@code <pod>/<file>}: among one build's artifacts the workflow's name tells nothing. */
    @Override
    public String outputKey(String workflowName, String podName, Artifact output) {
        return podName + "/" + ArtifactStore.objectName(output);
    }

    @Override
    public void put(String key, Path file) throws IOException {
        String path = artifactPath(key);
        Path name = file.getFileName();
        Path dir = file.toAbsolutePath().getParent();
        if (name == null || dir == null || !Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "not a regular file to archive as " + path);
        }
        try {
            managers.forWriting().archive(new FilePath(dir.toFile()), new Launcher.LocalLauncher(listener),
                    new LogListener(listener.getLogger()), Map.of(path, name.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while archiving " + path);
        }
    }

    @Override
    public void get(String key, Path file) throws IOException {
        String path = artifactPath(key);
        VirtualFile object = managers.forReading().root().child(path);
        if (!object.isFile()) {
            throw new NoSuchFileException(key, null, "no build artifact " + path);
        }
        try (InputStream in = object.open()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        String dir = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        VirtualFile root = managers.forReading().root().child(artifactPath(dir));
        if (!root.exists()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (String relative : root.list("**", null, false)) {
            keys.add(dir + "/" + relative.replace('\\', '/'));
        }
        return keys;
    }

    /** {@value #PREFIX}{@code key}, refusing keys that would leave that directory. */
    static String artifactPath(String key) {
        if (key == null || key.isEmpty() || key.startsWith("/") || key.contains("\\")) {
            throw new IllegalArgumentException("artifact key '" + key + "' must be a relative path with / separators");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("artifact key '" + key + "' must not contain '" + segment + "' segments");
            }
        }
        return PREFIX + key;
    }

    /** The step's log as the listener ArtifactManager.archive asks for; nothing else of a build listener is used. */
    private static final class LogListener implements BuildListener {

        private static final long serialVersionUID = 1L;
        private final transient PrintStream log;

        LogListener(PrintStream log) {
            this.log = log;
        }

        @Override
        public PrintStream getLogger() {
            return log;
        }
    }
}
