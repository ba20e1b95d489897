package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import hudson.init.Terminator;
import io.jenkins.plugins.argoworkflow.engine.schedule.JournalEntry;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActiveRunsTest {

    private final ScriptedRuntime runtime = new ScriptedRuntime()
            .onTemplate("build", Outcome.succeed().after(Duration.ofMinutes(10)));
    private final ActiveRuns registry = new ActiveRuns();

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    @Test
    void isAJenkinsWideExtension() {
        assertThat(ActiveRuns.class.isAnnotationPresent(Extension.class)).isTrue();
    }

    @Test
    void findsTheLiveWorkflowOfABuildUntilItIsUnregistered() throws Exception {
        try (StepRun run = start()) {
            WorkflowRun workflow = run.workflowRun();

            assertThat(registry.register("folder/job#12", workflow)).isTrue();
            assertThat(registry.find("folder/job#12")).containsSame(workflow);
            assertThat(registry.find("folder/job#13")).isEmpty();

            registry.unregister("folder/job#12", workflow);
            assertThat(registry.find("folder/job#12")).isEmpty();
        }
    }

    @Test
    void aSecondWorkflowOfTheSameBuildDoesNotReplaceTheFirst() throws Exception {
        try (StepRun first = start(); StepRun second = start()) {
            registry.register("job#1", first.workflowRun());

            assertThat(registry.register("job#1", second.workflowRun())).isFalse();
            registry.unregister("job#1", second.workflowRun());
            assertThat(registry.find("job#1")).containsSame(first.workflowRun());
            registry.unregister("job#1");
            assertThat(registry.find("job#1")).isEmpty();
        }
    }

    @Test
    void atShutdownEveryLiveRunIsLetGoWithoutEndingAndItsJournalIsClosed(@TempDir Path buildDir) throws Exception {
        RunStateDir state = new RunStateDir(buildDir.resolve("argo"));
        state.begin(Fixtures.text("release.yaml"), Map.of(), "builds", false);
        try (StepRun run = StepRun.start(CheckedWorkflow.of("release.yaml", Fixtures.text("release.yaml")), Map.of(),
                runtime, new StepRun.Setup(new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC(), state,
                        null, null, null))) {
            // The leaf is running and will not report again for ten minutes: the journal holds still.
            await(() -> journaled(state, JournalEntry.Kind.RUNNING));
            registry.started(run.workflowRun());
            registry.register("job#1", run.workflowRun());
            int journaled = state.journal().size();

            registry.abandonAll();
            run.workflowRun().stop(); // would be journaled by a run still live

            assertThat(registry.find("job#1")).isEmpty();
            assertThat(run.outcome()).isNotDone();
            assertThat(runtime.stops()).isEmpty();
            assertThat(state.journal()).hasSize(journaled);
        }
    }

    @Test
    void theShutdownHookIsAStaticTerminator() throws Exception {
        Method hook = ActiveRuns.class.getMethod("abandonOnShutdown");

        assertThat(hook.isAnnotationPresent(Terminator.class)).isTrue();
        assertThat(Modifier.isStatic(hook.getModifiers())).isTrue();
    }

    private static boolean journaled(RunStateDir state, JournalEntry.Kind kind) {
        try {
            return state.journal().stream().anyMatch(e -> e.kind() == kind);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private StepRun start() throws Exception {
        return StepRun.start(CheckedWorkflow.of("release.yaml", Fixtures.text("release.yaml")), Map.of(), runtime,
                new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC());
    }
}
