package io.jenkins.plugins.argoworkflow.engine.run;

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
     * An artifact: where the node read or wrote it ({@code path}) and where it is kept ({@code key} in the
     * artifact repository), null for what does not apply.
     */
    public record Artifact(String name, String path, String key) {
    }
}
