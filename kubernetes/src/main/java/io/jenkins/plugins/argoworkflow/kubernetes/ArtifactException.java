package io.jenkins.plugins.argoworkflow.kubernetes;

/** An input artifact that could not be fetched or an output artifact that could not be saved: the node errs. */
final class ArtifactException extends Exception {

    private static final long serialVersionUID = 1L;

    ArtifactException(String message) {
        super(message);
    }

    /** The message for an artifact when the run has no artifact repository to read or write it. */
    static String noStore(String what) {
        return what + ": the run has no artifact repository; the kubernetes runtime keeps artifacts in the one the"
                + " run is given (argowf run keeps them under its work or --state-dir directory, Jenkins in the"
                + " build's artifacts)";
    }
}
