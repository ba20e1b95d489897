package io.jenkins.plugins.argoworkflow.local;

import static io.jenkins.plugins.argoworkflow.local.Nodes.request;
import static io.jenkins.plugins.argoworkflow.local.Nodes.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Init containers and sidecars as real processes beside main, sharing the node's volumes. */
class PodContainersTest {

    @TempDir
    Path work;

    LocalRuntime runtime;
    Nodes.Recorder recorder;

    @BeforeEach
    void start() {
        runtime = new LocalRuntime(LocalRuntimeOptions.defaults(work).withGracePeriod(Duration.ofMillis(500)));
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    private LeafResult run(String templates) {
        recorder = new Nodes.Recorder();
        runtime.launch(request("n", template("t", templates)), recorder);
        return recorder.result();
    }

    /** The host directory of the node's emptyDir volume {@code name}, kept after the node ended. */
    private Path volume(String name) {
        return work.resolve("wf/n/volumes").resolve(name);
    }

    @Test
    void initContainersRunInOrderToCompletionBeforeMainAndShareItsVolumes() {
        LeafResult result = run("""
                - name: t
                  volumes:
                  - {name: shared, emptyDir: {}}
                  initContainers:
                  - name: first
                    image: alpine
                    command: [sh, -c, 'sleep 0.3; echo first >> /shared/order']
                    mirrorVolumeMounts: true
                  - name: second
                    image: alpine
                    command: [sh, -c, 'echo second >> /data/order; echo from init']
                    volumeMounts:
                    - {name: shared, mountPath: /data}
                  container:
                    image: alpine
                    command: [sh, -c, 'echo main >> /shared/order; cat /shared/order']
                    volumeMounts:
                    - {name: shared, mountPath: /shared}
                """);

        assertThat(result.phase()).as(result.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().result()).isEqualTo("first\nsecond\nmain");
        assertThat(recorder.lines).contains("[second] from init");
    }

    @Test
    void failingInitContainerFailsTheNodeWithArgosMessageAndMainNeverRuns() {
        LeafResult result = run("""
                - name: t
                  volumes:
                  - {name: shared, emptyDir: {}}
                  initContainers:
                  - name: setup
                    image: alpine
                    command: [sh, -c, 'exit 4']
                  container:
                    image: alpine
                    command: [sh, -c, 'touch /shared/main-ran']
                    volumeMounts:
                    - {name: shared, mountPath: /shared}
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(result.message()).isEqualTo("setup: Error (exit code 4)");
        assertThat(volume("shared").resolve("main-ran")).doesNotExist();
    }

    @Test
    void sidecarRunsBesideMainAndGetsTermWhenMainEnds() {
        LeafResult result = run("""
                - name: t
                  volumes:
                  - {name: shared, emptyDir: {}}
                  sidecars:
                  - name: server
                    image: alpine
                    command: [sh, -c, 'trap "echo stopped > /shared/stopped; exit 0" TERM; echo up > /shared/up; while true; do sleep 0.1; done']
                    mirrorVolumeMounts: true
                  container:
                    image: alpine
                    command: [sh, -c, 'while [ ! -e /shared/up ]; do sleep 0.05; done; echo saw sidecar']
                    volumeMounts:
                    - {name: shared, mountPath: /shared}
                """);

        assertThat(result.phase()).as(result.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().result()).isEqualTo("saw sidecar");
        assertThat(volume("shared").resolve("stopped")).hasContent("stopped");
    }

    @Test
    void sidecarThatIgnoresTermIsKilledAfterTheGracePeriodAndTheNodeStillSucceeds() {
        long started = System.nanoTime();
        LeafResult result = run("""
                - name: t
                  sidecars:
                  - name: stubborn
                    image: alpine
                    command: [sh, -c, 'trap "" TERM; while true; do sleep 0.1; done']
                  container:
                    image: alpine
                    command: [echo, done]
                """);

        assertThat(result.phase()).as(result.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void sidecarThatFailsByItselfFailsTheNodeAfterMainSucceeds() {
        LeafResult result = run("""
                - name: t
                  sidecars:
                  - name: broken
                    image: alpine
                    command: [sh, -c, 'exit 3']
                  container:
                    image: alpine
                    command: [sh, -c, 'sleep 0.5; echo main']
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(result.message()).isEqualTo("broken: Error (exit code 3)");
        assertThat(result.outputs().result()).isEqualTo("main");
    }
}
