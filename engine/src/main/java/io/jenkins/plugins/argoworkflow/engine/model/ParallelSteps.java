package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.util.List;

/** One group of a steps template: its steps run in parallel, the groups one after another. */
public record ParallelSteps(List<WorkflowStep> steps, Location location) {
}
