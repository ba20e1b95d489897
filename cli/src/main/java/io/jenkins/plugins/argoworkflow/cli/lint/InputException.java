package io.jenkins.plugins.argoworkflow.cli.lint;

/**
 * A path the user named cannot be read: it is missing, unreadable, or a directory that holds no workflow
 * file. The command reports it and exits 2, because nothing it prints about the other files could be trusted
 * as the whole answer.
 */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
