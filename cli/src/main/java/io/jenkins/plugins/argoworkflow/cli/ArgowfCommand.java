package io.jenkins.plugins.argoworkflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code argowf}: runs and checks Argo Workflows YAML with nothing but Java. */
@Command(name = "argowf",
        mixinStandardHelpOptions = true,
        versionProvider = ArgowfCommand.Version.class,
        description = "Runs and checks Argo Workflows YAML with nothing but Java.",
        subcommands = {LintCommand.class, RunCommand.class, ResumeCommand.class, RecoverCommand.class, PodCommand.class,
                DashboardCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no errors (lint), the workflow Succeeded (run)",
            "1:errors found (lint), the workflow Failed (run)",
            "2:usage, I/O error or invalid input",
            "3:the workflow ended in Error (run)"
        })
public final class ArgowfCommand implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_ERRORS = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example: argowf lint FILE");
    }

    /** The configured command line: usage errors exit 2, as the documented contract says. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ArgowfCommand());
        cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cl.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(EXIT_USAGE);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
            sub.getCommandSpec().exitCodeOnExecutionException(EXIT_USAGE);
        }
        return cl;
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = ArgowfCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"argowf " + p.getProperty("version", "unknown")};
        }
    }
}
