package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StepRunTest {

    private final ByteArrayOutputStream buildLog = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(buildLog, true, StandardCharsets.UTF_8);
    /** Builds an image named after the tag it is given, as the release fixture's build does. */
    private final ScriptedRuntime runtime = new ScriptedRuntime()
            .onTemplate("build", r -> Outcome.succeed().withOutput("image", "registry/app:" + input(r, "tag")));

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    @Test
    void returnsTheWorkflowsOutputParametersAndItsStatus() throws Exception {
        StepOutcome outcome = run(Fixtures.text("release.yaml"), Map.of("tag", "abc123"));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.stepResult()).containsExactly(
                Map.entry("image", "registry/app:abc123"), Map.entry("status", "Succeeded"));
    }

    @Test
    void aParameterTheStepDoesNotSetKeepsTheWorkflowsValue() throws Exception {
        StepOutcome outcome = run(Fixtures.text("release.yaml"), Map.of());

        assertThat(outcome.stepResult()).containsEntry("image", "registry/app:latest");
    }

    @Test
    void aFailedWorkflowReportsItsPhaseAndWhy() throws Exception {
        runtime.onTemplate("build", Outcome.exit(3));

        StepOutcome outcome = run(Fixtures.text("release.yaml"), Map.of());

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(outcome.stepResult()).containsEntry("status", "Failed");
        assertThat(outcome.summary()).startsWith("workflow release Failed");
    }

    @Test
    void writesEachWorkingNodesPhaseToTheBuildLog() throws Exception {
        run(Fixtures.text("release.yaml"), Map.of());

        assertThat(buildLog.toString(StandardCharsets.UTF_8))
                .contains("[argoWorkflow] started workflow release")
                .contains("[argoWorkflow] build: Succeeded");
    }

    @Test
    void refusesAWorkflowWithLintErrorsNamingEachAtItsLineAndColumn() {
        CheckedWorkflow input = CheckedWorkflow.of("ci/broken.yaml", Fixtures.text("missing-template.yaml"));

        assertThatThrownBy(() -> StepRun.start(input, Map.of(), runtime, log, Clock.systemUTC()))
                .isInstanceOf(StepRun.InvalidWorkflowException.class)
                .hasMessageStartingWith("ci/broken.yaml cannot run:")
                .hasMessageContaining("ci/broken.yaml:11:19: error:")
                .hasMessageContaining("biuld");
        assertThat(runtime.launched()).isEmpty();
    }

    @Test
    void refusesTextThatHoldsNoWorkflow() {
        CheckedWorkflow input = CheckedWorkflow.of("t.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: x}
                """);

        assertThat(input.runnable()).isFalse();
        assertThat(input.errors()).singleElement().asString().contains("holds no Workflow");
    }

    @Test
    void terminatingStopsTheRunningWorkflowAndItDoesNotSucceed() throws Exception {
        runtime.onTemplate("build", Outcome.succeed().after(Duration.ofMinutes(10)));
        StepRun run = StepRun.start(CheckedWorkflow.of("release.yaml", Fixtures.text("release.yaml")), Map.of(),
                runtime, log, Clock.systemUTC());

        awaitLaunch();
        run.terminate();
        StepOutcome outcome = run.outcome().get(30, TimeUnit.SECONDS);
        run.close();

        assertThat(outcome.succeeded()).isFalse();
        assertThat(runtime.stops()).isNotEmpty();
    }

    private StepOutcome run(String text, Map<String, String> parameters) throws Exception {
        try (StepRun run = StepRun.start(CheckedWorkflow.of("release.yaml", text), parameters, runtime, log,
                Clock.systemUTC())) {
            return run.outcome().get(30, TimeUnit.SECONDS);
        }
    }

    private void awaitLaunch() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (runtime.launched().isEmpty()) {
            assertThat(System.nanoTime()).as("a leaf launched within 30 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static String input(LeafRequest request, String name) {
        return request.inputs().parameters().stream().filter(p -> p.name().equals(name)).map(NodeIo.Parameter::value)
                .findFirst().orElseThrow();
    }
}
