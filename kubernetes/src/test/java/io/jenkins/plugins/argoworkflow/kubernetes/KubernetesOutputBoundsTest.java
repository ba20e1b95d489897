package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.spi.OutputLimits;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounds on what a pod hands back, through the pod scripts as the kubelet simulator runs them. */
class KubernetesOutputBoundsTest {

    @TempDir
    Path tmp;

    private KubeHarness k;

    @BeforeEach
    void start() {
        k = new KubeHarness(tmp);
    }

    @AfterEach
    void stop() {
        k.close();
    }

    @Test
    void aMainPrintingMegabytesKeepsTheLast256KiBAsItsResultAndLogsEveryLine() throws Exception {
        List<String> logs = new java.util.concurrent.CopyOnWriteArrayList<>();
        String line = "x".repeat(99) + "y"; // 50,000 lines of 101 bytes: 5 MB
        NodeStatus node = KubeHarness.root(k.run(workflow("""
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'yes %s | head -n 50000; echo the-end']
                """.formatted(line)), KubeHarness.options(new RunListener() {
                    @Override
                    public void log(NodeStatus n, String text) {
                        logs.add(text);
                    }
                })));

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        String result = node.outputs().result();
        // The last 256 KiB of stdout, its trailing newline trimmed.
        assertThat(result).hasSize(OutputLimits.RESULT_BYTES - 1).endsWith("\n" + line + "\nthe-end");
        assertThat(result.split("\n", -1)).allMatch(l -> line.endsWith(l) || l.equals("the-end"));
        assertThat(logs).hasSize(50_001).endsWith(line, "the-end");
    }

    @Test
    void aParameterFileOver1MiBEndsTheNodeErrorSayingToUseAnArtifact() throws Exception {
        Path file = tmp.resolve("big.txt");
        NodeStatus node = KubeHarness.root(k.run(parameterWorkflow(
                "head -c 2097152 /dev/zero | tr '\\\\0' y > " + file, file.toString())));

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.ERROR);
        assertThat(node.message()).isEqualTo("output parameter 'p': " + file + " holds more than 1048576 bytes"
                + " (1 MiB), the most a parameter may hold; pass large data as an output artifact instead");
    }

    @Test
    void aParameterReadFromAnEndlessDeviceIsCutAtTheBoundAndRefused() throws Exception {
        NodeStatus node = KubeHarness.root(k.run(parameterWorkflow("true", "/dev/zero")));

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.ERROR);
        assertThat(node.message()).isEqualTo(OutputLimits.parameterTooBig("p", "/dev/zero"));
    }

    @Test
    void aParameterFileOfExactly1MiBIsKeptWhole() throws Exception {
        Path file = tmp.resolve("full.txt");
        NodeStatus node = KubeHarness.root(k.run(parameterWorkflow(
                "head -c 1048576 /dev/zero | tr '\\\\0' y > " + file, file.toString())));

        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node.outputs().parameters()).extracting(NodeIo.Parameter::name).containsExactly("p");
        assertThat(node.outputs().parameters().get(0).value()).hasSize(OutputLimits.PARAMETER_BYTES).matches("y+");
    }

    private static String parameterWorkflow(String command, String path) {
        return workflow("""
                      container:
                        image: alpine:3.20
                        command: [sh, -c, "%s"]
                      outputs:
                        parameters:
                          - name: p
                            valueFrom: {path: %s}
                """.formatted(command, path));
    }

    private static String workflow(String main) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: bounds
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                """ + main;
    }
}
