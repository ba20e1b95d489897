package io.jenkins.plugins.argoworkflow.engine.yaml;

/** A document that cannot be read: a syntax error, a limit exceeded, a duplicate key, an unsupported tag. */
public final class YamlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Location location;
    private final String problem;

    public YamlException(Location location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public YamlException(Location location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
        this.problem = problem;
    }

    public Location location() {
        return location;
    }

    /** The message without the location prefix. */
    public String problem() {
        return problem;
    }
}
