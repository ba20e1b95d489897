package io.jenkins.plugins.argoworkflow;

import hudson.console.HyperlinkNote;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import java.io.PrintStream;
import java.util.function.UnaryOperator;

/**
 * Writes a run's progress to the build log: one line when a node that does work changes phase, and each
 * output line of a leaf prefixed with the node's display name. In a progress line the node's name can be a link
 * (to the build's Argo page); log line prefixes stay plain text, since a console note on every line would
 * multiply the log's size.
 */
final class BuildLogListener implements RunListener {

    private final PrintStream log;
    private final UnaryOperator<String> nodeName;

    BuildLogListener(PrintStream log) {
        this(log, UnaryOperator.identity());
    }

    /** @param nodeName turns a node's display name into what a progress line shows (a link, say) */
    BuildLogListener(PrintStream log, UnaryOperator<String> nodeName) {
        this.log = log;
        this.nodeName = nodeName;
    }

    /**
     * Node names as links to the Argo page of the build at {@code runUrl} ({@link hudson.model.Run#getUrl()},
     * relative to Jenkins's root, which a leading {@code /} asks {@link HyperlinkNote} to resolve).
     */
    static UnaryOperator<String> linkingTo(String runUrl) {
        String page = "/" + runUrl + RunStateDir.FIRST + "/";
        return name -> HyperlinkNote.encodeTo(page, name);
    }

    @Override
    public void nodeChanged(NodeStatus node) {
        if (node.type().executable() || node.type() == NodeType.SKIPPED) {
            String why = node.message() == null || node.message().isEmpty() ? "" : " (" + node.message() + ")";
            log.println("[argoWorkflow] " + nodeName.apply(node.displayName()) + ": " + node.phase().argoName() + why);
        }
    }

    @Override
    public void log(NodeStatus node, String line) {
        log.println("[" + node.displayName() + "] " + line);
    }
}
