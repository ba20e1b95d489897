package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActiveRunsTest {

    @TempDir
    Path stateDir;

    @Test
    void findsARegisteredRunByItsBuildUntilItIsUnregistered() throws Exception {
        try (ScriptedRuntime runtime = new ScriptedRuntime();
                RecordedRun recorded = RecordedRun.start("approval.yaml", runtime, stateDir)) {
            ActiveRuns.register("job#1", recorded.run());

            assertThat(ActiveRuns.find("job#1")).containsSame(recorded.run());
            assertThat(ActiveRuns.find("job#2")).isEmpty();
            assertThat(ActiveRuns.find(null)).isEmpty();

            ActiveRuns.unregister("job#1");
            assertThat(ActiveRuns.find("job#1")).isEmpty();
        }
    }
}
