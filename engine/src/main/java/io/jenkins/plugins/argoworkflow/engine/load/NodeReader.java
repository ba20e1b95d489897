package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;

/** Builds one model value from a node, reporting problems to the reader's diagnostics. */
@FunctionalInterface
public interface NodeReader<T> {
    T read(YNode node, ModelReader reader);
}
