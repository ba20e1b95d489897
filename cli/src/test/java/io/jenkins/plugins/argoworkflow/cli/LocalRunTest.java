package io.jenkins.plugins.argoworkflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command, run in-process with the real local runtime (bubblewrap sandboxes). */
class LocalRunTest {

    @Test
    void theHelloExampleRunsToSuccessAsSandboxedProcesses() {
        CliRun run = CliRun.of("run", Fixtures.root().resolve("examples/hello.yaml").toString(), "-p", "who=tester");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Status:    Succeeded").containsPattern("✔ report +step");
        assertThat(run.err()).contains("greet: hello tester", "each(2:c): item c", "report: running report in /");
    }

    @Test
    void aFailingCommandFailsTheRunWithExitCodeOne() {
        CliRun run = CliRun.of("run", Fixtures.root().resolve("examples/hello.yaml").toString(),
                "--entrypoint", "step", "-p", "what=x; exit 3 #");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("Status:    Failed", "main: Error (exit code 3)");
    }

    @Test
    void theCiPipelineExamplePassesItsSourceArtifactToEveryTaskThroughTheStateDirectorysStore(@TempDir Path state)
            throws Exception {
        CliRun run = CliRun.of("run", Fixtures.root().resolve("examples/ci-pipeline.yaml").toString(),
                "--state-dir", state.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Status:    Succeeded");
        assertThat(run.err()).contains("running test", "running lint", "packaged 1.0.0 at c0ffee");
        try (Stream<Path> stored = Files.walk(state.resolve("_artifacts"))) {
            assertThat(stored.map(p -> p.getFileName().toString())).contains("source.tgz");
        }
    }
}
