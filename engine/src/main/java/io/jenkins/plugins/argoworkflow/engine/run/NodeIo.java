package io.jenkins.plugins.argoworkflow.engine.run;

import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import java.util.List;

/**
 * A node's resolved inputs or outputs as its status shows them: parameter values, artifacts, and for
 * outputs the {@code result} (stdout of a script or container) and {@code exitCode}.
 */
public record NodeIo(List<Parameter> parameters, List<Artifact> artifacts, String result, String exitCode) {

    public static final NodeIo EMPTY = new NodeIo(List.of(), List.of(), null, null);

    public NodeIo {
        parameters = List.copyOf(parameters);
        artifacts = List.copyOf(artifacts);
    }

    public boolean isEmpty() {
        return parameters.isEmpty() && artifacts.isEmpty() && result == null && exitCode == null;
    }

    /** A parameter with its resolved value. */
    public record Parameter(String name, String value) {
    }

    /**
     * An artifact as a value that flows between nodes: where a node reads or wrote it ({@code path}, null in
     * a steps or DAG node) and where its content is.
     *
     * @param kind the location kind, Argo's field name: {@link #RAW} ({@code value} is the data), {@link #HTTP}
     *             ({@code value} is the URL), or any other kind, whose {@code value} is a key of the run's
     *             artifact store: {@code s3} (or {@code gcs}, {@code oss}...) for Argo's key-only artifacts in
     *             the default repository, or the store's own kind for keys the runtime chose
     * @param archive how the stored object is packed: {@code TAR} (tar+gzip), {@code NONE} (as is), or null
     *                when unknown (a reader detects a tarball, as Argo's executor does)
     */
    public record Artifact(String name, String path, String kind, String value, ArchiveStrategy.Kind archive) {

        public static final String RAW = "raw";
        public static final String HTTP = "http";

        public Artifact {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(kind, "kind");
        }

        /** An artifact kept in the run's artifact store under {@code key}. */
        public static Artifact stored(String name, String path, String kind, String key,
                ArchiveStrategy.Kind archive) {
            return new Artifact(name, path, kind, key, archive);
        }

        /** Whether the content is an object of the run's artifact store (not inline data, not a URL). */
        public boolean inStore() {
            return !RAW.equals(kind) && !HTTP.equals(kind);
        }

        /** The artifact store key, or null for raw and http artifacts. */
        public String key() {
            return inStore() ? value : null;
        }

        public Artifact withName(String newName) {
            return new Artifact(newName, path, kind, value, archive);
        }

        public Artifact withPath(String newPath) {
            return new Artifact(name, newPath, kind, value, archive);
        }
    }
}
