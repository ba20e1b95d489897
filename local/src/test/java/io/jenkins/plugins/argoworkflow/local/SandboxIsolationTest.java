package io.jenkins.plugins.argoworkflow.local;

import static io.jenkins.plugins.argoworkflow.local.Nodes.request;
import static io.jenkins.plugins.argoworkflow.local.Nodes.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxIsolationTest {

    /** Fails unless /tmp/out is new to this node; the second writer would otherwise see the first's file. */
    private static final String WRITE_OUT = """
            - name: write
              inputs:
                parameters:
                - name: id
              container:
                image: alpine
                command: [sh, -c, 'test ! -e /tmp/out && echo "$ID" > /tmp/out && cat /tmp/out']
                env:
                - name: ID
                  value: "{{inputs.parameters.id}}"
              outputs:
                parameters:
                - name: out
                  valueFrom: {path: /tmp/out}
            """;

    @TempDir
    Path work;

    LocalRuntime runtime;

    @BeforeEach
    void start() {
        runtime = new LocalRuntime(LocalRuntimeOptions.defaults(work));
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void parallelNodesWritingTheSameAbsolutePathDoNotSeeEachOthersFile() {
        Nodes.Recorder first = new Nodes.Recorder();
        Nodes.Recorder second = new Nodes.Recorder();
        // The template text is not substituted here: each node's env carries its own literal id instead.
        runtime.launch(request("first", template("write", WRITE_OUT.replace("{{inputs.parameters.id}}", "one"))),
                first);
        runtime.launch(request("second", template("write", WRITE_OUT.replace("{{inputs.parameters.id}}", "two"))),
                second);

        LeafResult one = first.result();
        LeafResult two = second.result();

        assertThat(one.phase()).as("first: %s", first.lines).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(two.phase()).as("second: %s", second.lines).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(one.outputs().parameters()).containsExactly(new NodeIo.Parameter("out", "one"));
        assertThat(two.outputs().parameters()).containsExactly(new NodeIo.Parameter("out", "two"));
    }

    @Test
    void nodeCanCreateTopLevelDirectoriesWithoutTouchingTheHost() {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request("mnt", template("mnt", """
                - name: mnt
                  volumes:
                  - {name: out, emptyDir: {}}
                  container:
                    image: alpine
                    command: [sh, -c, "mkdir -p /argowf-test-out/sub && echo x > /argowf-test-out/sub/f && ls /argo"]
                    volumeMounts:
                    - name: out
                      mountPath: /argowf-test-out
                """)), recorder);

        assertThat(recorder.result().phase()).as("log: %s", recorder.lines).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(Path.of("/argowf-test-out")).doesNotExist();
    }

    @Test
    void hostSystemDirectoriesAreReadOnlyToANode() {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request("ro", template("ro", """
                - name: ro
                  container:
                    image: alpine
                    command: [touch, /etc/argowf-test-file]
                """)), recorder);

        assertThat(recorder.result().phase()).isEqualTo(NodePhase.FAILED);
        assertThat(recorder.lines).anyMatch(line -> line.contains("Read-only file system"));
        assertThat(Files.exists(Path.of("/etc/argowf-test-file"))).isFalse();
    }

    @Test
    void withoutBubblewrapAndNotRequiredNodesRunOnTheHostItself() {
        LocalRuntimeOptions options = LocalRuntimeOptions.defaults(work).withRequireBubblewrap(false);
        try (LocalRuntime unsandboxed = new LocalRuntime(options, Optional.empty())) {
            Nodes.Recorder recorder = new Nodes.Recorder();
            unsandboxed.launch(request("plain", template("plain", """
                    - name: plain
                      script:
                        image: alpine
                        command: [sh]
                        source: echo "from $0"
                    """)), recorder);

            LeafResult result = recorder.result();
            assertThat(result.phase()).isEqualTo(NodePhase.SUCCEEDED);
            assertThat(result.outputs().result()).isEqualTo("from " + work.resolve("wf/plain/script"));
        }
    }

    @Test
    void withoutBubblewrapTheLaunchErrsSayingToInstallIt() {
        try (LocalRuntime noSandbox = new LocalRuntime(LocalRuntimeOptions.defaults(work), Optional.empty())) {
            Nodes.Recorder recorder = new Nodes.Recorder();
            noSandbox.launch(request("echo", template("echo", """
                    - name: echo
                      container:
                        image: alpine
                        command: [echo, hi]
                    """)), recorder);

            LeafResult result = recorder.result();
            assertThat(result.phase()).isEqualTo(NodePhase.ERROR);
            assertThat(result.message()).contains("bubblewrap").contains("apt-get install bubblewrap");
        }
    }
}
