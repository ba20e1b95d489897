package io.jenkins.plugins.argoworkflow.engine.model;

/** How long a finished workflow is kept. */
public record TTLStrategy(Long secondsAfterCompletion, Long secondsAfterSuccess, Long secondsAfterFailure) {
}
