package io.jenkins.plugins.argoworkflow.cli.run;

import io.jenkins.plugins.argoworkflow.local.LocalArtifactStore;
import io.jenkins.plugins.argoworkflow.local.LocalRuntime;
import io.jenkins.plugins.argoworkflow.ui.dashboard.DashboardServer;
import io.jenkins.plugins.argoworkflow.ui.dashboard.RunControl;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateDir;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The CLI's side of a dashboard: starts the server on 127.0.0.1, says where on standard error, and keeps it
 * up while the command waits. How the command waits is a {@link Wait}, so tests can look at the page and
 * go on where a user presses Ctrl-C.
 */
public final class DashboardHost {

    /** What a command does while its dashboard serves: by default, wait until interrupted. */
    @FunctionalInterface
    public interface Wait {

        Wait UNTIL_INTERRUPTED = url -> {
            Object forever = new Object();
            synchronized (forever) {
                forever.wait();
            }
        };

        void whileServing(String url) throws InterruptedException;
    }

    private DashboardHost() {
    }

    /**
     * Starts serving the run of the state directory {@code stateDir} ({@code control} null for a run of another
     * process) and prints its URL. Artifacts download from the local runtime's repository in the state
     * directory ({@code _artifacts}), where {@code argowf run} keeps them.
     */
    public static DashboardServer start(Path stateDir, RunControl control, int port, PrintWriter err)
            throws IOException {
        LocalArtifactStore artifacts = new LocalArtifactStore(stateDir.resolve(LocalRuntime.DEFAULT_STORE_DIR));
        DashboardServer server = new DashboardServer(new StateDir(stateDir), control, artifacts).start(port);
        err.println("dashboard: " + server.url());
        err.flush();
        return server;
    }
}
