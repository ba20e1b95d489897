package io.jenkins.plugins.argoworkflow.local;

import static io.jenkins.plugins.argoworkflow.local.Nodes.request;
import static io.jenkins.plugins.argoworkflow.local.Nodes.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime.StopReason;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopped nodes end Failed and leave no process behind; each test's sleeps carry a unique duration to find them. */
class StopTest {

    private static final Duration AWAIT = Duration.ofSeconds(20);

    @TempDir
    Path work;

    LocalRuntime runtime;

    @BeforeEach
    void start() {
        runtime = new LocalRuntime(LocalRuntimeOptions.defaults(work).withGracePeriod(Duration.ofMillis(500)));
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    private static String sleeper(String name, String script) {
        return """
                - name: %s
                  container:
                    image: alpine
                    command: [sh, -c, "%s"]
                """.formatted(name, script);
    }

    @Test
    void nodeStoppedForItsDeadlineLeavesNoProcessBehind() {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request("deadline", template("deadline", sleeper("deadline", "sleep 1711 & sleep 1711")),
                Duration.ofSeconds(1)), recorder);
        Processes.awaitTrue(AWAIT, "both sleeps run", () -> Processes.sleeping("1711").size() == 2);

        LeafResult result = recorder.result();

        assertThat(result.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(result.message()).isEqualTo("Pod was active on the node longer than the specified deadline");
        assertThat(Processes.sleeping("1711")).isEmpty();
    }

    @Test
    void processesThatIgnoreSigtermAreKilledAfterTheGracePeriod() {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request("stubborn", template("stubborn",
                sleeper("stubborn", "trap '' TERM; sleep 1712 & sleep 1712; echo survived"))), recorder);
        Processes.awaitTrue(AWAIT, "both sleeps run", () -> Processes.sleeping("1712").size() == 2);

        runtime.stop("deadline-unknown", StopReason.STOP); // another node's stop changes nothing here
        runtime.stop("stubborn", StopReason.STOP);
        LeafResult result = recorder.result();

        assertThat(result.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(result.message()).isEqualTo("Stopped with strategy 'Stop'");
        assertThat(result.outputs().result()).doesNotContain("survived");
        assertThat(Processes.sleeping("1712")).isEmpty();
    }

    @Test
    void stopThatArrivesWhileTheNodeIsStartingStillStopsIt() {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request("early", template("early", sleeper("early", "sleep 1713"))), recorder);
        runtime.stop("early", StopReason.TERMINATE);

        LeafResult result = recorder.result();

        assertThat(result.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(result.message()).isEqualTo("Stopped with strategy 'Terminate'");
        assertThat(Processes.sleeping("1713")).isEmpty();
    }

    @Test
    void backgroundProcessesEndWithTheMainProcessAsInAPod() {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request("bg", template("bg", sleeper("bg", "sleep 1714 & echo started"))), recorder);

        LeafResult result = recorder.result();

        assertThat(result.phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().result()).isEqualTo("started");
        Processes.awaitTrue(AWAIT, "the background sleep is gone", () -> Processes.sleeping("1714").isEmpty());
    }

    @Test
    void closingTheRuntimeEndsItsRunningNodes() {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request("closed", template("closed", sleeper("closed", "sleep 1715"))), recorder);
        Processes.awaitTrue(AWAIT, "the sleep runs", () -> Processes.sleeping("1715").size() == 1);

        runtime.close();

        assertThat(recorder.result().phase()).isEqualTo(NodePhase.FAILED);
        assertThat(Processes.sleeping("1715")).isEmpty();
    }
}
