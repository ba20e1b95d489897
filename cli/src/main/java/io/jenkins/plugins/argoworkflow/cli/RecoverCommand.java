package io.jenkins.plugins.argoworkflow.cli;

import io.jenkins.plugins.argoworkflow.cli.run.RunRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code argowf recover STATE_DIR}: finishes a run that was interrupted (its {@code argowf run} killed, the
 * machine restarted) from the journal in its state directory. Nodes that ended are not run again; nodes that
 * were running are adopted by the runtime (the local runtime cannot find a lost process again: such a node
 * ends in Error and its retry policy applies).
 */
@Command(name = "recover",
        mixinStandardHelpOptions = true,
        description = "Finishes an interrupted `argowf run --state-dir DIR` from its journal.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the workflow Succeeded",
            "1:the workflow Failed",
            "2:invalid input: no run to recover",
            "3:the workflow ended in Error"
        })
public final class RecoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STATE_DIR", description = "The --state-dir of the interrupted run.")
    Path stateDir;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "Output: text (node tree), json or yaml; by default what the run was started with.")
    String output;

    /** How the recovered run's command is set up (tests give it a scripted runtime). */
    private UnaryOperator<RunCommand> runCommands = UnaryOperator.identity();

    public RecoverCommand runCommands(UnaryOperator<RunCommand> setUp) {
        this.runCommands = setUp;
        return this;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RunRecord record;
        try {
            record = RunRecord.read(stateDir);
        } catch (IOException e) {
            err.println("argowf recover: " + e.getMessage());
            return ArgowfCommand.EXIT_USAGE;
        }
        if (!record.workflowUnchanged()) {
            err.println("argowf recover: warning: " + record.workflowFile() + " changed since the run started; the "
                    + "recovered run follows its journal where it can");
        }
        List<String> args = new ArrayList<>(record.args());
        if (output != null) {
            args.add("--output");
            args.add(output);
        }
        args.add("--state-dir");
        args.add(stateDir.toAbsolutePath().toString());
        args.add("--recover");
        CommandLine run = new CommandLine(runCommands.apply(new RunCommand()));
        run.setOut(spec.commandLine().getOut());
        run.setErr(err);
        return run.execute(args.toArray(String[]::new));
    }
}
