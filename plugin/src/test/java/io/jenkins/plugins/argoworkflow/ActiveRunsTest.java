package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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

    private StepRun start() throws Exception {
        return StepRun.start(CheckedWorkflow.of("release.yaml", Fixtures.text("release.yaml")), Map.of(), runtime,
                new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC());
    }
}
