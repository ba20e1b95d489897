package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.List;

/** Several containers in one pod, ordered by their dependencies. */
public record ContainerSetTemplate(List<ContainerNode> containers, List<VolumeMount> volumeMounts, YNode retryStrategy) {

    /** One container of the set and the names it waits for. */
    public record ContainerNode(Container container, List<String> dependencies) {
    }
}
