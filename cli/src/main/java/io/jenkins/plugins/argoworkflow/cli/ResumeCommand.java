package io.jenkins.plugins.argoworkflow.cli;

import io.jenkins.plugins.argoworkflow.cli.run.RunControl;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code argowf resume STATE_DIR [--node NAME]}: resumes the suspended nodes of the {@code argowf run} that keeps
 * its state in {@code STATE_DIR}, as {@code argo resume} does for a workflow in a cluster.
 */
@Command(name = "resume",
        mixinStandardHelpOptions = true,
        description = "Resumes the suspended nodes of a run in progress (argowf run --state-dir STATE_DIR).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the run resumed (also when no node was suspended)",
            "2:no run in progress in STATE_DIR, or it did not answer"
        })
public final class ResumeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STATE_DIR", description = "The --state-dir of the run.")
    Path stateDir;

    @Option(names = "--node", paramLabel = "NAME",
            description = "Resume only the suspended node with this name or display name.")
    String node;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for the run's answer (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        try {
            int resumed = RunControl.resume(stateDir, node, Duration.ofSeconds(timeoutSeconds));
            spec.commandLine().getOut().println(resumed == 0
                    ? "no node was suspended" + (node == null ? "" : " with the name " + node)
                    : "resumed " + resumed + (resumed == 1 ? " node" : " nodes"));
            return ArgowfCommand.EXIT_OK;
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("argowf resume: " + e.getMessage());
            return ArgowfCommand.EXIT_USAGE;
        }
    }
}
