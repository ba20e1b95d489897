package io.jenkins.plugins.argoworkflow.engine.model;

import java.util.List;

/** A DAG template: tasks run as their dependencies allow; {@code target} limits which run. */
public record DagTemplate(String target, List<DagTask> tasks, Boolean failFast) {
}
