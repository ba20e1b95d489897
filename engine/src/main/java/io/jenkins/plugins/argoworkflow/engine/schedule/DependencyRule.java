package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import java.util.List;
import java.util.function.Function;

/** When a DAG task may run, once all the tasks it depends on are fulfilled. */
interface DependencyRule {

    /** The tasks this rule reads, each once. */
    List<String> dependencies();

    /** Whether the task runs (true) or is omitted (false), given each dependency's task and node. */
    boolean satisfied(Function<String, DagTask> task, Function<String, NodeStatus> node);

    /**
     * Argo's meaning of {@code dependencies: [a, b]} and of a bare name in {@code depends}: each dependency
     * Succeeded, Skipped or Daemoned, or Failed/Errored where its {@code continueOn} allows.
     */
    static DependencyRule allOf(List<String> names) {
        List<String> unique = names.stream().distinct().toList();
        return new DependencyRule() {
            @Override
            public List<String> dependencies() {
                return unique;
            }

            @Override
            public boolean satisfied(Function<String, DagTask> task, Function<String, NodeStatus> node) {
                for (String name : unique) {
                    if (!bareSatisfied(task.apply(name), node.apply(name))) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    /** Argo's expansion of a bare dependency name. */
    static boolean bareSatisfied(DagTask task, NodeStatus node) {
        NodePhase phase = node.phase();
        if (phase == NodePhase.SUCCEEDED || phase == NodePhase.SKIPPED || (node.daemoned() && phase != NodePhase.PENDING)) {
            return true;
        }
        if (task != null && task.continueOn() != null) {
            return (phase == NodePhase.FAILED && task.continueOn().failed())
                    || (phase == NodePhase.ERROR && task.continueOn().error());
        }
        return false;
    }
}
