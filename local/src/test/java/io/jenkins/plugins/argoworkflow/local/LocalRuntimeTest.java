package io.jenkins.plugins.argoworkflow.local;

import static io.jenkins.plugins.argoworkflow.local.Nodes.request;
import static io.jenkins.plugins.argoworkflow.local.Nodes.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRuntimeTest {

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

    private LeafResult run(String nodeId, String name, String templates) {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request(nodeId, template(name, templates)), recorder);
        return recorder.result();
    }

    @Test
    void stdoutBecomesTheResultWithOneTrailingNewlineTrimmed() {
        LeafResult result = run("echo", "echo", """
                - name: echo
                  container:
                    image: alpine
                    command: [sh, -c]
                    args: ["printf 'hello\\n\\n'; echo to-stderr >&2"]
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().result()).isEqualTo("hello\n");
        assertThat(result.outputs().exitCode()).isEqualTo("0");
    }

    @Test
    void scriptSourceIsStagedAtArgosPathAndPassedLast() {
        LeafResult result = run("script", "script", """
                - name: script
                  script:
                    image: python
                    command: [sh]
                    source: |
                      echo "running $0"
                      echo "cwd $(pwd)"
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().result()).isEqualTo("running /argo/staging/script\ncwd /");
    }

    @Test
    void nonZeroExitFailsTheNodeWithArgosMessage() {
        LeafResult result = run("three", "three", """
                - name: three
                  container:
                    image: alpine
                    command: [sh, -c, "echo partial; exit 3"]
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(result.message()).isEqualTo("main: Error (exit code 3)");
        assertThat(result.outputs().exitCode()).isEqualTo("3");
        assertThat(result.outputs().result()).isEqualTo("partial");
    }

    @Test
    void commandThatCannotBeFoundFailsTheNode() {
        LeafResult result = run("missing", "missing", """
                - name: missing
                  container:
                    image: alpine
                    command: [no-such-command-argowf]
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.FAILED);
        assertThat(result.message()).contains("executable file not found").contains("no-such-command-argowf");
    }

    @Test
    void containerWithoutCommandAndUnknownImageErrsNamingTheImageCommandOption() {
        LeafResult result = run("nocmd", "nocmd", """
                - name: nocmd
                  container:
                    image: alpine:3.7
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(result.message()).contains("has no command").contains("--image-command alpine:3.7=CMD");
    }

    @Test
    void imageIndexGivesTheImpliedCommand() {
        runtime.close();
        runtime = new LocalRuntime(LocalRuntimeOptions.defaults(work)
                .withImageCommand("example/greeter:1", List.of("echo", "implied")));

        LeafResult result = run("implied", "implied", """
                - name: implied
                  container:
                    image: example/greeter:1
                    args: [hello]
                """);

        assertThat(result.outputs().result()).isEqualTo("implied hello");
    }

    @Test
    void envGivesLiteralValuesAndRefusesValueFromNamingTheSecretDirOption() {
        LeafResult literal = run("env", "env", """
                - name: env
                  container:
                    image: alpine
                    command: [sh, -c, 'echo "$GREETING"']
                    env:
                    - name: GREETING
                      value: hi there
                """);
        LeafResult secret = run("secret", "secret", """
                - name: secret
                  container:
                    image: alpine
                    command: [env]
                    env:
                    - name: TOKEN
                      valueFrom:
                        secretKeyRef: {name: s, key: k}
                """);

        assertThat(literal.outputs().result()).isEqualTo("hi there");
        assertThat(secret.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(secret.message()).contains("TOKEN").contains("--secret-dir");
    }

    @Test
    void envReadsSecretsAndConfigMapsFromTheirDirectoriesEnvOverEnvFromOptionalOnesMayBeMissing() throws Exception {
        java.nio.file.Files.createDirectories(work.resolve("secrets/creds"));
        java.nio.file.Files.writeString(work.resolve("secrets/creds/token"), "s3cret");
        java.nio.file.Files.createDirectories(work.resolve("configs/app"));
        java.nio.file.Files.writeString(work.resolve("configs/app/MODE"), "fast");
        java.nio.file.Files.writeString(work.resolve("configs/app/LEVEL"), "3");
        runtime.close();
        runtime = new LocalRuntime(LocalRuntimeOptions.defaults(work.resolve("state"))
                .withSecretDir(work.resolve("secrets")).withConfigDir(work.resolve("configs")));

        LeafResult result = run("env", "env", """
                - name: env
                  container:
                    image: alpine
                    command: [sh, -c, 'echo "$TOKEN $APP_MODE $APP_LEVEL ${GONE-unset} ${NONE-unset}"']
                    envFrom:
                    - {prefix: APP_, configMapRef: {name: app}}
                    - {secretRef: {name: absent, optional: true}}
                    env:
                    - {name: APP_LEVEL, value: "9"}
                    - name: TOKEN
                      valueFrom: {secretKeyRef: {name: creds, key: token}}
                    - name: GONE
                      valueFrom: {configMapKeyRef: {name: app, key: missing, optional: true}}
                """);
        LeafResult missing = run("missing", "missing", """
                - name: missing
                  container:
                    image: alpine
                    command: [env]
                    env:
                    - name: TOKEN
                      valueFrom: {secretKeyRef: {name: creds, key: other}}
                """);

        assertThat(result.outputs().result()).as(result.message()).isEqualTo("s3cret fast 9 unset unset");
        assertThat(missing.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(missing.message()).contains("env TOKEN of container 'main'")
                .contains("couldn't find key other in Secret creds");
    }

    @Test
    void nodeSeesItsPodNameAsHostname() {
        LeafResult result = run("host", "host", """
                - name: host
                  container:
                    image: alpine
                    command: [cat, /proc/sys/kernel/hostname]
                """);

        assertThat(result.outputs().result()).isEqualTo("wf-host");
    }

    @Test
    void longOutputWithoutNewlinesIsLoggedInBoundedPieces() {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request("long", template("long", """
                - name: long
                  container:
                    image: alpine
                    command: [sh, -c, "head -c 200000 /dev/zero | tr '\\\\0' x"]
                """)), recorder);

        LeafResult result = recorder.result();
        assertThat(result.outputs().result()).hasSize(200_000);
        assertThat(recorder.lines).hasSize(4).allMatch(line -> line.length() <= NodeProcess.MAX_LINE);
    }

    @Test
    void workingDirIsCreatedWhenMissing() {
        LeafResult result = run("cwd", "cwd", """
                - name: cwd
                  container:
                    image: alpine
                    command: [pwd]
                    workingDir: /work/deep/dir
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().result()).isEqualTo("/work/deep/dir");
    }

    @Test
    void outputParametersAreReadFromFilesOrTakeTheirDefault() {
        LeafResult result = run("params", "params", """
                - name: params
                  container:
                    image: alpine
                    command: [sh, -c, "mkdir -p /outputs && echo written > /outputs/value.txt"]
                  outputs:
                    parameters:
                    - name: written
                      valueFrom: {path: /outputs/value.txt}
                    - name: absent
                      valueFrom: {path: /tmp/absent.txt, default: fallback}
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().parameters()).containsExactly(
                new NodeIo.Parameter("written", "written"), new NodeIo.Parameter("absent", "fallback"));
    }

    @Test
    void anOutputFileDirectlyUnderRootCanBeWrittenFromTheDefaultWorkingDirectory() {
        LeafResult result = run("toplevel", "toplevel", """
                - name: toplevel
                  container:
                    image: alpine
                    command: [sh, -c, "echo relative > output && echo absolute > /result.txt"]
                  outputs:
                    parameters:
                    - name: relative
                      valueFrom: {path: /output}
                    - name: absolute
                      valueFrom: {path: /result.txt}
                """);

        assertThat(result.phase()).as(result.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().parameters()).containsExactly(
                new NodeIo.Parameter("relative", "relative"), new NodeIo.Parameter("absolute", "absolute"));
        assertThat(java.nio.file.Path.of("/result.txt")).as("the host's / is untouched").doesNotExist();
    }

    @Test
    void anOutputParameterFileOverOneMebibyteErrsTheNodeNamingTheLimit() {
        LeafResult result = run("bigparam", "bigparam", """
                - name: bigparam
                  container:
                    image: alpine
                    command: [sh, -c, "head -c 1048577 /dev/zero | tr '\\\\0' x > /tmp/big.txt"]
                  outputs:
                    parameters:
                    - name: big
                      valueFrom: {path: /tmp/big.txt}
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(result.message()).isEqualTo("output parameter 'big': /tmp/big.txt holds more than 1048576 bytes"
                + " (1 MiB), the most a parameter may hold; pass large data as an output artifact instead");
    }

    @Test
    void anOutputParameterOfExactlyOneMebibyteIsKept() {
        LeafResult result = run("fits", "fits", """
                - name: fits
                  container:
                    image: alpine
                    command: [sh, -c, "head -c 1048576 /dev/zero | tr '\\\\0' y > /tmp/fits.txt"]
                  outputs:
                    parameters:
                    - name: fits
                      valueFrom: {path: /tmp/fits.txt}
                """);

        assertThat(result.phase()).as(result.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().parameters().get(0).value()).hasSize(OutputParameters.MAX_BYTES).matches("y+");
    }

    @Test
    void anOutputParameterReadFromAnEndlessDeviceStopsAtTheLimit() {
        LeafResult result = run("endless", "endless", """
                - name: endless
                  container:
                    image: alpine
                    command: ["true"]
                  outputs:
                    parameters:
                    - name: zeros
                      valueFrom: {path: /dev/zero}
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(result.message()).startsWith("output parameter 'zeros': /dev/zero holds more than 1048576 bytes");
    }

    @Test
    void aLeafPrintingFarMoreThanTheResultLimitKeepsOnlyItsLast256KiB() {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request("flood", template("flood", """
                - name: flood
                  container:
                    image: alpine
                    command: [sh, -c, "head -c 20000000 /dev/zero | tr '\\\\0' x; echo; echo the-end"]
                """)), recorder);

        LeafResult result = recorder.result();
        assertThat(result.phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().result()).hasSize(StdoutTail.LIMIT - 1).endsWith("x\nthe-end");
    }

    @Test
    void missingOutputFileWithoutDefaultErrs() {
        LeafResult result = run("noparam", "noparam", """
                - name: noparam
                  container:
                    image: alpine
                    command: ["true"]
                  outputs:
                    parameters:
                    - name: absent
                      valueFrom: {path: /tmp/absent.txt}
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(result.message()).contains("'absent'").contains("/tmp/absent.txt");
    }

    @Test
    void logLinesOfStdoutAndStderrStreamInOrder() {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request("logs", template("logs", """
                - name: logs
                  container:
                    image: alpine
                    command: [sh, -c, "for i in 1 2 3 4 5; do echo line-$i; done; echo oops >&2; printf tail"]
                """)), recorder);

        assertThat(recorder.result().phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(recorder.running).isDone();
        assertThat(recorder.lines).containsSubsequence("line-1", "line-2", "line-3", "line-4", "line-5", "tail")
                .contains("oops").hasSize(7);
    }
}
