package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.List;

/** Mutexes and semaphores a workflow or template holds while it runs (Argo v4: lists only). Semaphore refs are kept raw. */
public record Synchronization(List<YNode> semaphores, List<Mutex> mutexes) {

    /** A named mutex; {@code database} means one kept in Argo's sync database. */
    public record Mutex(String name, String namespace, Boolean database) {
    }
}
