package io.jenkins.plugins.argoworkflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgowfCommandTest {

    @Test
    void versionPrintsTheProjectVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("argowf ").doesNotContain("unknown").doesNotContain("${");
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("lint", "run", "Exit codes:", "usage, I/O error or invalid input",
                "the workflow ended in Error");
    }

    @Test
    void lintHelpDescribesItsOptions() {
        CliRun run = CliRun.of("lint", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("PATH", "--templates", "--output", "--strict", "text, json");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.err()).contains("name a command");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("lnit", "x.yaml");

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.err()).contains("lnit");
    }
}
