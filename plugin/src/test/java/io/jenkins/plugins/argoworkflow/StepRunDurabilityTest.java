package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.schedule.Journal;
import io.jenkins.plugins.argoworkflow.engine.schedule.JournalEntry;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run keeps its state in the build's directory as {@code argowf run --state-dir} does, is carried on from its
 * journal after a restart without running a finished node again, and an abort stops it (exit handler included)
 * before its pods are deleted.
 */
class StepRunDurabilityTest {

    @TempDir
    Path buildDir;

    private final ByteArrayOutputStream buildLog = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(buildLog, true, StandardCharsets.UTF_8);
    private final List<String> cleanedUp = new CopyOnWriteArrayList<>();

    @Test
    void aRestartedRunAdoptsTheRunningNodeAndRunsNoFinishedNodeAgain() throws Exception {
        RunStateDir state = droppedWhileSlowRuns();

        ScriptedRuntime after = new ScriptedRuntime().adoptingRunningLeaves();
        StepOutcome outcome;
        try (StepRun recovered = StepRun.recover(input(), Map.of(), after, setup(state))) {
            outcome = recovered.outcome().get(30, TimeUnit.SECONDS);
        } finally {
            after.close();
        }

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.workflowName()).isEqualTo("durable");
        assertThat(after.adopted()).extracting(r -> r.template().name()).containsExactly("slow");
        assertThat(launchedTemplates(after)).containsExactly("cleanup");
        assertThat(buildLog.toString(StandardCharsets.UTF_8)).contains("recovering workflow durable");
    }

    @Test
    void aRestartWhoseJournalSnapshotIsDamagedFailsTheStepSayingToStartAgain() throws Exception {
        RunStateDir state = droppedWhileSlowRuns();
        // The journal's first two entries live only in a snapshot, which the disk then damaged.
        Path segment = state.path().resolve(Journal.FILE);
        List<String> lines = Files.readAllLines(segment, StandardCharsets.UTF_8);
        Files.writeString(state.path().resolve(Journal.SNAPSHOT_FILE), "{not json\n", StandardCharsets.UTF_8);
        Files.write(segment, java.util.stream.Stream.concat(java.util.stream.Stream.of("{\"segmentFrom\":2,\"uid\":\"u\"}"),
                lines.subList(2, lines.size()).stream()).toList(), StandardCharsets.UTF_8);

        ScriptedRuntime after = new ScriptedRuntime().adoptingRunningLeaves();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> StepRun.recover(input(), Map.of(), after, setup(state)))
                    .isInstanceOf(java.io.IOException.class).hasMessageContaining(Journal.SNAPSHOT_FILE)
                    .hasMessageContaining("start the workflow again");
        } finally {
            after.close();
        }
        assertThat(after.adopted()).isEmpty();
        assertThat(launchedTemplates(after)).isEmpty();
    }

    @Test
    void theStateDirectoryHasTheLayoutOfAnArgowfStateDir() throws Exception {
        RunStateDir state = new RunStateDir(buildDir.resolve(RunStateDir.FIRST));
        state.begin(Fixtures.text("durable.yaml"), Map.of(), "builds", false);
        ScriptedRuntime runtime = new ScriptedRuntime();
        try (StepRun run = StepRun.start(input(), Map.of(), runtime, setup(state))) {
            run.outcome().get(30, TimeUnit.SECONDS);
        } finally {
            runtime.close();
        }

        Path dir = state.path();
        assertThat(Journal.read(dir.resolve(Journal.FILE))).first().extracting(JournalEntry::kind)
                .isEqualTo(JournalEntry.Kind.BEGIN);
        assertThat(dir.resolve("_run/status.json")).content().contains("\"phase\":\"Succeeded\"");
        assertThat(dir.resolve(RunStateDir.RECORD)).exists();
        assertThat(dir.resolve(RunStateDir.WORKFLOW)).hasContent(Fixtures.text("durable.yaml"));
    }

    @Test
    void aRunThatHadNotBegunStartsAfreshOnRecovery() throws Exception {
        RunStateDir state = new RunStateDir(buildDir.resolve(RunStateDir.FIRST));
        state.begin(Fixtures.text("durable.yaml"), Map.of(), "builds", false);
        ScriptedRuntime runtime = new ScriptedRuntime();
        StepOutcome outcome;
        try (StepRun run = StepRun.recover(input(), Map.of(), runtime, setup(state))) {
            outcome = run.outcome().get(30, TimeUnit.SECONDS);
        } finally {
            runtime.close();
        }

        assertThat(outcome.succeeded()).isTrue();
        assertThat(launchedTemplates(runtime)).containsExactly("work", "slow", "cleanup");
    }

    @Test
    void stoppingRunsTheExitHandlerThenDeletesThePodsOfTheRun() throws Exception {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("slow", Outcome.succeed().after(Duration.ofMinutes(10)));
        StepOutcome outcome;
        try (StepRun run = StepRun.start(input(), Map.of(), runtime, setup(null))) {
            await(() -> launchedTemplates(runtime).contains("slow"));
            outcome = run.stop().get(30, TimeUnit.SECONDS);
        } finally {
            runtime.close();
        }

        assertThat(outcome.succeeded()).isFalse();
        assertThat(launchedTemplates(runtime)).contains("cleanup");
        assertThat(runtime.stops()).isNotEmpty();
        assertThat(cleanedUp).containsExactly("durable");
    }

    @Test
    void terminatingSkipsTheExitHandlerAndDeletesThePods() throws Exception {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("slow", Outcome.succeed().after(Duration.ofMinutes(10)));
        StepOutcome outcome;
        try (StepRun run = StepRun.start(input(), Map.of(), runtime, setup(null))) {
            await(() -> launchedTemplates(runtime).contains("slow"));
            run.terminate();
            outcome = run.outcome().get(30, TimeUnit.SECONDS);
        } finally {
            runtime.close();
        }

        assertThat(outcome.succeeded()).isFalse();
        assertThat(launchedTemplates(runtime)).doesNotContain("cleanup");
        assertThat(cleanedUp).containsExactly("durable");
    }

    @Test
    void theConfiguredPodRetentionIsTheDefaultPodGcOfEveryLeaf() throws Exception {
        PluginSettings keepFailed = new PluginSettings(null, null, null, false, "OnPodSuccess");
        ScriptedRuntime runtime = new ScriptedRuntime();
        try (StepRun run = StepRun.start(input(), Map.of(), runtime,
                new StepRun.Setup(log, Clock.systemUTC(), null, null, keepFailed, null))) {
            run.outcome().get(30, TimeUnit.SECONDS);
        } finally {
            runtime.close();
        }

        assertThat(runtime.launched()).extracting(r -> r.workflowSpec().podGC().strategy())
                .containsOnly("OnPodSuccess");
    }

    @Test
    void everyLeafIsHandedTheBuildsArtifactStore() throws Exception {
        BuildArtifactStore store = new BuildArtifactStore(null, null);
        ScriptedRuntime runtime = new ScriptedRuntime();
        try (StepRun run = StepRun.start(input(), Map.of(), runtime,
                new StepRun.Setup(log, Clock.systemUTC(), null, store, null, null))) {
            run.outcome().get(30, TimeUnit.SECONDS);
        } finally {
            runtime.close();
        }

        assertThat(runtime.launched()).isNotEmpty().allSatisfy(r -> assertThat(r.artifactStore()).isSameAs(store));
    }

    private StepRun.Setup setup(RunStateDir state) {
        return new StepRun.Setup(log, Clock.systemUTC(), state, null, null, cleanedUp::add);
    }

    private static CheckedWorkflow input() {
        return CheckedWorkflow.of("durable.yaml", Fixtures.text("durable.yaml"));
    }

    private static List<String> launchedTemplates(ScriptedRuntime runtime) {
        return runtime.launched().stream().map(LeafRequest::template).map(t -> t.name()).toList();
    }

    /**
     * A run of durable.yaml begun in the build's state directory and dropped where it was once its "slow" node
     * runs, as when Jenkins goes down: the node's pod keeps running.
     */
    private RunStateDir droppedWhileSlowRuns() throws Exception {
        RunStateDir state = new RunStateDir(buildDir.resolve(RunStateDir.FIRST));
        state.begin(Fixtures.text("durable.yaml"), Map.of(), "builds", false);
        ScriptedRuntime before = new ScriptedRuntime().onTemplate("slow", Outcome.succeed().after(Duration.ofMinutes(10)));
        StepRun first = StepRun.start(input(), Map.of(), before, setup(state));
        await(() -> launchedTemplates(before).contains("slow"));
        first.close();
        before.close();
        return state;
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
