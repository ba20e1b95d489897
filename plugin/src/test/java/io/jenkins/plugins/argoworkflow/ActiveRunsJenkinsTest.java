package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.ExtensionList;
import io.jenkins.plugins.argoworkflow.engine.schedule.JournalEntry;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * {@link ActiveRuns} as an extension of a real Jenkins (profile {@code jenkins} only): Jenkins makes the one
 * instance, and its {@code @Terminator} runs when Jenkins shuts down, letting go of a live run (its journal closed,
 * its pods left alone) so that the Jenkins started next in the same JVM does not journal the run twice.
 */
class ActiveRunsJenkinsTest {

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void jenkinsMakesOneRegistryAndItsTerminatorLetsLiveRunsGoAtShutdown(@TempDir Path buildDir) throws Throwable {
        ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("build", Outcome.succeed().after(Duration.ofMinutes(10)));
        RunStateDir state = new RunStateDir(buildDir.resolve(RunStateDir.FIRST));
        state.begin(Fixtures.text("release.yaml"), Map.of(), "builds", false);
        StepRun[] run = new StepRun[1];
        try {
            sessions.then(j -> {
                ActiveRuns registry = ActiveRuns.get();
                assertThat(registry).isSameAs(ExtensionList.lookupSingleton(ActiveRuns.class));
                assertThat(ExtensionList.lookup(ActiveRuns.class)).hasSize(1);

                run[0] = StepRun.start(CheckedWorkflow.of("release.yaml", Fixtures.text("release.yaml")), Map.of(),
                        runtime, new StepRun.Setup(new PrintStream(OutputStream.nullOutputStream()),
                                Clock.systemUTC(), state, null, null, null));
                await(() -> journaled(state, JournalEntry.Kind.RUNNING));
                registry.started(run[0].workflowRun());
                registry.register("job#1", run[0].workflowRun());
                assertThat(registry.find("job#1")).containsSame(run[0].workflowRun());
            });
            // Jenkins has shut down: the terminator closed the run's loop and journal.
            int journaled = state.journal().size();
            run[0].workflowRun().stop(); // a run still live would journal this
            assertThat(state.journal()).hasSize(journaled);
            assertThat(run[0].outcome()).isNotDone();
            assertThat(runtime.stops()).isEmpty();
        } finally {
            if (run[0] != null) {
                run[0].close();
            }
            runtime.close();
        }
    }

    private static boolean journaled(RunStateDir state, JournalEntry.Kind kind) {
        try {
            return state.journal().stream().anyMatch(e -> e.kind() == kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
