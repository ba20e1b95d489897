package io.jenkins.plugins.argoworkflow.ui.view;

import io.jenkins.plugins.argoworkflow.ui.graph.Graph;
import io.jenkins.plugins.argoworkflow.ui.graph.LayeredLayout;

/** The view's layout step on its own, for the benchmark's layer and crossing counts. */
public final class RunViewJsonAccess {

    private RunViewJsonAccess() {
    }

    public static LayeredLayout.Result layout(Graph graph) {
        return RunViewJson.layout(graph);
    }
}
