package io.jenkins.plugins.argoworkflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.cli.ArgowfCommand;
import io.jenkins.plugins.argoworkflow.engine.bench.LintBenchInputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark measures what it claims: a clean 5 MB workflow, and a bomb that lint refuses. */
class LintBenchInputsTest {

    @TempDir
    Path dir;

    @Test
    void theLargeWorkflowIsAboutFiveMegabytesAndLintsClean() throws IOException {
        LintBenchInputs.write(dir);
        Path large = dir.resolve(LintBenchInputs.LARGE);
        assertThat(Files.size(large)).isBetween(4_500_000L, 6_000_000L);

        Lint lint = lint(large);

        assertThat(lint.out()).isEmpty();
        assertThat(lint.exitCode()).isEqualTo(ArgowfCommand.EXIT_OK);
    }

    @Test
    void theBillionLaughsFileIsRefusedAsTooLarge() throws IOException {
        LintBenchInputs.write(dir);

        Lint lint = lint(dir.resolve(LintBenchInputs.BOMB));

        assertThat(lint.exitCode()).isEqualTo(ArgowfCommand.EXIT_ERRORS);
        assertThat(lint.out()).contains(LintBenchInputs.BOMB + ":", "expands to more than");
    }

    private static Lint lint(Path file) {
        StringWriter out = new StringWriter();
        CommandLine cl = ArgowfCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int code = cl.execute("lint", file.toString());
        return new Lint(code, out.toString());
    }

    private record Lint(int exitCode, String out) {
    }
}
