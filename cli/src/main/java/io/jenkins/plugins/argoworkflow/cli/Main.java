package io.jenkins.plugins.argoworkflow.cli;

import picocli.CommandLine;

/** Entry point of {@code argowf}. Exit codes: 0 fine, 1 errors found (or the run failed), 2 usage or I/O error. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line with the process's streams; returns the exit code. */
    public static int run(String... args) {
        return ArgowfCommand.commandLine().execute(args);
    }
}
