package io.jenkins.plugins.argoworkflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argowf resume} reaches a run in progress through its state directory, as {@code argo resume} does. */
class ResumeCommandTest {

    @TempDir
    Path dir;

    private static final String WORKFLOW = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: approval-
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - {name: first, template: wait}
                  - {name: second, template: wait}
                - - {name: after, template: say}
              - name: wait
                suspend: {}
              - name: say
                container:
                  image: alpine
                  command: [echo, approved]
            """;

    @Test
    void resumesOneNamedNodeThenTheRestOfARunInAnotherThread() throws Exception {
        Path workflow = Files.writeString(dir.resolve("wf.yaml"), WORKFLOW);
        Path state = dir.resolve("state");
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                () -> CliRun.of("run", workflow.toString(), "--state-dir", state.toString()));

        awaitTrue(() -> CliRun.of("resume", state.toString(), "--node", "first").out().contains("resumed 1 node"));
        assertThat(run).as("second is still suspended").isNotDone();
        CliRun rest = CliRun.of("resume", state.toString());

        assertThat(rest.exitCode()).as(rest.err()).isZero();
        assertThat(rest.out()).contains("resumed 1 node");
        CliRun finished = run.get(30, TimeUnit.SECONDS);
        assertThat(finished.exitCode()).as(finished.err()).isZero();
        assertThat(finished.err()).contains("after: approved");
        assertThat(state.resolve("control/run")).doesNotExist();
    }

    @Test
    void withoutARunInProgressItSaysSoAndExitsTwo() {
        CliRun resume = CliRun.of("resume", dir.toString());

        assertThat(resume.exitCode()).isEqualTo(2);
        assertThat(resume.err()).contains("argowf resume: no argowf run is in progress in " + dir);
    }

    private static void awaitTrue(Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.get()) {
            assertThat(Instant.now()).as("condition met within 30 s").isBefore(deadline);
        }
    }
}
