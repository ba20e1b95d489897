package io.jenkins.plugins.argoworkflow;

import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import java.io.PrintStream;

/**
 * Writes a run's progress to the build log: one line when a node that does work changes phase, and each
 * output line of a leaf prefixed with the node's display name.
 */
final class BuildLogListener implements RunListener {

    private final PrintStream log;

    BuildLogListener(PrintStream log) {
        this.log = log;
    }

    @Override
    public void nodeChanged(NodeStatus node) {
        if (node.type().executable() || node.type() == NodeType.SKIPPED) {
            String why = node.message() == null || node.message().isEmpty() ? "" : " (" + node.message() + ")";
            log.println("[argoWorkflow] " + node.displayName() + ": " + node.phase().argoName() + why);
        }
    }

    @Override
    public void log(NodeStatus node, String line) {
        log.println("[" + node.displayName() + "] " + line);
    }
}
