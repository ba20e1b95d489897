package io.jenkins.plugins.argoworkflow.cli;

import io.jenkins.plugins.argoworkflow.cli.run.DashboardHost;
import io.jenkins.plugins.argoworkflow.ui.dashboard.DashboardServer;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateDir;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code argowf dashboard STATE_DIR}: serves the graph page of a run recorded with {@code argowf run
 * --state-dir}, finished or still running (the page follows it), until interrupted.
 */
@Command(name = "dashboard",
        mixinStandardHelpOptions = true,
        description = "Serves the graph page of a run recorded with 'argowf run --state-dir DIR', finished or still "
                + "running, on 127.0.0.1 until interrupted (Ctrl-C).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"2:no run recorded in STATE_DIR, or the port is taken"})
public final class DashboardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STATE_DIR", description = "The --state-dir of an argowf run.")
    Path stateDir;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "The port on 127.0.0.1 (default: any free port).")
    int port;

    private DashboardHost.Wait waiting = DashboardHost.Wait.UNTIL_INTERRUPTED;

    /** What to do while serving; by default wait until interrupted. */
    public DashboardCommand waiting(DashboardHost.Wait wait) {
        this.waiting = wait;
        return this;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        StateDir dir = new StateDir(stateDir);
        if (!dir.exists()) {
            err.println("argowf dashboard: no run recorded in " + stateDir + " (" + dir.statusFile()
                    + " is missing); record one with: argowf run --state-dir " + stateDir + " WORKFLOW");
            return ArgowfCommand.EXIT_USAGE;
        }
        try (DashboardServer server = DashboardHost.start(stateDir, null, port, err)) {
            waiting.whileServing(server.url());
        } catch (BindException e) {
            err.println("argowf dashboard: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            return ArgowfCommand.EXIT_USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ArgowfCommand.EXIT_OK;
    }
}
