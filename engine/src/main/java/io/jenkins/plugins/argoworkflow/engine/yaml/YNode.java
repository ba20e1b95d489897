package io.jenkins.plugins.argoworkflow.engine.yaml;

/**
 * A node of a loaded YAML or JSON document: a mapping, a sequence or a scalar, each with the location it
 * was read from. Nodes are immutable; a node reached through several aliases is one shared object.
 *
 * <p>Workflow fields that Argo takes from Kubernetes (container, volumes, affinity...) stay in this form
 * in the model, so nothing the user wrote is lost before the Kubernetes runtime turns them into fabric8
 * objects ({@link #toJava()} gives the plain JSON-like value for that).
 */
public sealed interface YNode permits YMap, YSeq, YScalar {

    Location location();

    /** A short name of the node's kind for messages: "mapping", "list", "string", "number"... */
    String kindName();

    /**
     * The node as plain Java values, as a JSON decoder would give them: {@code Map<String,Object>}
     * (insertion ordered), {@code List<Object>}, {@code String}, {@code Long}, {@code Double},
     * {@code Boolean} or {@code null}.
     */
    Object toJava();
}
