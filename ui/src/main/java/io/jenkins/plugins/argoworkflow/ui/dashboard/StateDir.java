package io.jenkins.plugins.argoworkflow.ui.dashboard;

import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import io.jenkins.plugins.argoworkflow.ui.graph.StatusReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a run keeps for its dashboard in its state directory ({@code argowf run --state-dir DIR}), read by
 * {@code argowf dashboard DIR} while the run goes on or after it ended:
 * <pre>
 * DIR/_run/status.json        the Workflow object (metadata.name, metadata.resourceVersion = revision, status)
 * DIR/_run/logs/NODE_ID.log   each leaf node's output, one line per line, appended as it comes
 * </pre>
 * {@code _run} cannot clash with the local runtime's per-workflow directories: an underscore is not allowed in
 * a Kubernetes name. status.json is replaced atomically, so a reader never sees half of it.
 */
public final class StateDir {

    /** The subdirectory of a state directory that holds the dashboard's files. */
    public static final String RUN_DIR = "_run";
    /** Largest piece of log one request returns. */
    static final int MAX_LOG_CHUNK = 1 << 20;
    /** Argo's node IDs: the workflow's name, a dash and digits. Anything else never names a log file. */
    private static final Pattern NODE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,252}");

    private final Path dir;
    private Cached cached;

    private record Cached(FileTime modified, long size, RunSnapshot snapshot, String revision) {
    }

    public StateDir(Path stateDir) {
        this.dir = stateDir.resolve(RUN_DIR);
    }

    public Path statusFile() {
        return dir.resolve("status.json");
    }

    /** The log file of a node, or empty when {@code nodeId} is not an Argo node ID. */
    public Optional<Path> logFile(String nodeId) {
        if (nodeId == null || !NODE_ID.matcher(nodeId).matches()) {
            return Optional.empty();
        }
        return Optional.of(dir.resolve("logs").resolve(nodeId + ".log"));
    }

    public boolean exists() {
        return Files.isRegularFile(statusFile());
    }

    /** The run as status.json shows it now, read again only when the file changed. */
    public synchronized Optional<Snapshot> read() throws IOException {
        Path file = statusFile();
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            if (cached == null || !cached.modified().equals(modified) || cached.size() != size) {
                String json = Files.readString(file);
                RunSnapshot snapshot = StatusReader.readWorkflow(json);
                cached = new Cached(modified, size, snapshot, revisionOf(json, modified, size));
            }
            return Optional.of(new Snapshot(cached.snapshot(), cached.revision()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** A run's state and the revision naming it (changes whenever the state does). */
    public record Snapshot(RunSnapshot run, String revision) {
    }

    private static String revisionOf(String json, FileTime modified, long size) {
        java.util.regex.Matcher m = Pattern.compile("\"resourceVersion\"\\s*:\\s*\"(\\d+)\"").matcher(
                json.substring(0, Math.min(json.length(), 400)));
        return m.find() ? m.group(1) : modified.toMillis() + "-" + size;
    }

    /**
     * The log of {@code nodeId} from byte {@code start}: at most {@link #MAX_LOG_CHUNK} bytes, cut after the
     * last whole line when cut, so that the text never splits a character. {@code next} is where to go on.
     */
    public LogChunk log(String nodeId, long start) throws IOException {
        Optional<Path> file = logFile(nodeId);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return new LogChunk("", 0);
        }
        try (RandomAccessFile f = new RandomAccessFile(file.get().toFile(), "r")) {
            long from = Math.max(0, Math.min(start, f.length()));
            int length = (int) Math.min(MAX_LOG_CHUNK, f.length() - from);
            byte[] bytes = new byte[length];
            f.seek(from);
            f.readFully(bytes);
            int end = length;
            if (from + length < f.length() || (length > 0 && bytes[length - 1] != '\n')) {
                int lastNewline = lastIndexOf(bytes, (byte) '\n');
                end = lastNewline >= 0 ? lastNewline + 1 : length == MAX_LOG_CHUNK ? length : 0;
            }
            return new LogChunk(new String(bytes, 0, end, StandardCharsets.UTF_8), from + end);
        }
    }

    /** A piece of a log and the byte offset after it. */
    public record LogChunk(String text, long next) {
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
