package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.model.DagTask;

/** Chooses the rule of a DAG task: its {@code dependencies} list, or its {@code depends} expression. */
final class DependencyRules {

    private DependencyRules() {
    }

    static DependencyRule of(DagTask task) {
        return DependencyRule.allOf(task.dependencies());
    }
}
