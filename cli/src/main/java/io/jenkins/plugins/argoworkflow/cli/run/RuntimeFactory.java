package io.jenkins.plugins.argoworkflow.cli.run;

import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import java.nio.file.Path;

/** Makes the runtime {@code argowf run --runtime NAME} asks for. */
@FunctionalInterface
public interface RuntimeFactory {

    /**
     * @param workDir a directory the runtime may keep the run's files in (node sandboxes, outputs)
     * @throws IllegalArgumentException with a message for the user when the runtime cannot be had here
     */
    NodeRuntime create(String name, Path workDir);
}
