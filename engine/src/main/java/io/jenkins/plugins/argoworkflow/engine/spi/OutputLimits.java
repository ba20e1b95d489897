package io.jenkins.plugins.argoworkflow.engine.spi;

/**
 * The bounds every runtime keeps on what a leaf node hands back, so that a node printing or writing gigabytes
 * costs the controller no more than these: one definition, which the local runtime's readers and the
 * Kubernetes runtime's pod scripts and controller both use.
 */
public final class OutputLimits {

    /**
     * How much of a node's stdout becomes its {@code outputs.result}: the last 256 KiB, as Argo's executor keeps
     * ({@code CaptureScriptResult}). The whole output still goes to the node's log.
     */
    public static final int RESULT_BYTES = 256 * 1024;

    /**
     * The most bytes an output parameter file ({@code valueFrom.path}) may hold: 1 MiB. Argo's executor reads
     * the whole file, and a value bigger than its workflow size limit ({@code MAX_WORKFLOW_SIZE}, 1 MiB) fails
     * the workflow when stored; here the file is never read past the limit and the node errs.
     */
    public static final int PARAMETER_BYTES = 1024 * 1024;

    /** The longest log line a runtime passes on; longer output is logged in pieces of this many bytes. */
    public static final int LOG_LINE_BYTES = 64 * 1024;

    private OutputLimits() {
    }

    /** The node's error for an output parameter file over {@link #PARAMETER_BYTES}. */
    public static String parameterTooBig(String parameter, String path) {
        return "output parameter '" + parameter + "': " + path + " holds more than " + PARAMETER_BYTES
                + " bytes (1 MiB), the most a parameter may hold; pass large data as an output artifact instead";
    }
}
