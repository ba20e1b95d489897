package io.jenkins.plugins.argoworkflow.engine.model;

/** The kinds of template, by the JSON field that defines them. */
public enum TemplateType {
    CONTAINER("container", true),
    CONTAINER_SET("containerSet", true),
    SCRIPT("script", true),
    RESOURCE("resource", true),
    SUSPEND("suspend", true),
    STEPS("steps", true),
    DAG("dag", true),
    HTTP("http", false),
    DATA("data", false),
    PLUGIN("plugin", false);

    private final String field;
    private final boolean supported;

    TemplateType(String field, boolean supported) {
        this.field = field;
        this.supported = supported;
    }

    /** The template field that makes a template of this type. */
    public String field() {
        return field;
    }

    /** Whether the engine runs templates of this type yet. */
    public boolean supported() {
        return supported;
    }

    /** Leaf templates become pods (or local processes); the others schedule children. */
    public boolean isLeaf() {
        return this != STEPS && this != DAG && this != SUSPEND;
    }
}
