package io.jenkins.plugins.argoworkflow.cli.run;

import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import java.io.PrintWriter;

/**
 * Progress on standard error while a run goes on: a line when a node that does work starts or ends, and its
 * output lines prefixed with its display name, so that standard output carries only the result.
 */
public final class ConsoleListener implements RunListener {

    private final PrintWriter err;

    public ConsoleListener(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void nodeChanged(NodeStatus node) {
        if (!node.type().executable() && node.type() != NodeType.SKIPPED) {
            return;
        }
        String message = node.message() == null || node.message().isEmpty() ? "" : ": " + node.message();
        err.println(NodeTree.mark(node.phase()) + " " + node.displayName() + " " + node.phase().argoName() + message);
        err.flush();
    }

    @Override
    public void log(NodeStatus node, String line) {
        err.println(node.displayName() + ": " + line);
        err.flush();
    }
}
