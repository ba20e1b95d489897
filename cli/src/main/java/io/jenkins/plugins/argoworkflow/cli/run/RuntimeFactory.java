package io.jenkins.plugins.argoworkflow.cli.run;

import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;

/** Makes the runtime {@code argowf run --runtime NAME} asks for. */
@FunctionalInterface
public interface RuntimeFactory {

    /**
     * @throws IllegalArgumentException with a message for the user when the runtime cannot be had here
     */
    NodeRuntime create(String name);
}
