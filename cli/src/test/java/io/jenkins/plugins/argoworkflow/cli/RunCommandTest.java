package io.jenkins.plugins.argoworkflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {

    private static final String HELLO = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {generateName: hello-}
            spec:
              entrypoint: main
              arguments: {parameters: [{name: who, value: world}]}
              templates:
              - name: main
                steps:
                - - name: greet
                    template: say
                    arguments: {parameters: [{name: msg, value: "hello {{workflow.parameters.who}}"}]}
              - name: say
                inputs: {parameters: [{name: msg}]}
                container: {image: alpine, command: [echo, "{{inputs.parameters.msg}}"]}
            """;

    @TempDir
    Path dir;

    private final ScriptedRuntime runtime = new ScriptedRuntime()
            .onTemplate("say", r -> Outcome.print(r.template().container().command().get(1) + "\n"));

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ArgowfCommand.commandLine();
        ((RunCommand) cl.getSubcommands().get("run").getCommand()).runtimes((name, dir) -> runtime);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new CliRun(cl.execute(args), out.toString(), err.toString());
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aSucceedingRunExitsZeroPrintsTheTreeAndStreamsLogsToStderr() throws IOException {
        CliRun result = run("run", file("hello.yaml", HELLO).toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Status:    Succeeded").containsPattern("✔ greet +say");
        assertThat(result.err()).contains("greet: hello world");
        assertThat(runtime.launched()).extracting(LeafRequest::nodeName).singleElement().asString().endsWith("[0].greet");
    }

    @Test
    void parametersFromTheCommandLineWin() throws IOException {
        Path params = file("params.yaml", "who: file\n");
        CliRun fromFile = run("run", file("hello.yaml", HELLO).toString(), "--parameter-file", params.toString());
        assertThat(fromFile.err()).contains("greet: hello file");

        CliRun fromFlag = run("run", dir.resolve("hello.yaml").toString(), "--parameter-file", params.toString(),
                "-p", "who=flag");
        assertThat(fromFlag.err()).contains("greet: hello flag");
    }

    @Test
    void jsonOutputIsTheFinalWorkflowObjectAlone() throws IOException {
        CliRun result = run("run", file("hello.yaml", HELLO).toString(), "-o", "json");

        JsonNode wf = new ObjectMapper().readTree(result.out());
        assertThat(wf.get("kind").asText()).isEqualTo("Workflow");
        assertThat(wf.get("metadata").get("name").asText()).startsWith("hello-");
        assertThat(wf.get("spec").get("entrypoint").asText()).isEqualTo("main");
        assertThat(wf.get("status").get("phase").asText()).isEqualTo("Succeeded");
        assertThat(wf.get("status").get("nodes").size()).isEqualTo(3);
    }

    @Test
    void aFailedRunExitsOneAndAnErroredRunThree() throws IOException {
        Path hello = file("hello.yaml", HELLO);
        runtime.onTemplate("say", Outcome.exit(1));
        assertThat(run("run", hello.toString()).exitCode()).isEqualTo(1);

        runtime.onTemplate("say", Outcome.error("pod deleted"));
        CliRun errored = run("run", hello.toString(), "--entrypoint", "say", "-p", "msg=x");
        assertThat(errored.exitCode()).isEqualTo(RunCommand.EXIT_ERROR);
        assertThat(errored.out()).contains("Status:    Error");
    }

    @Test
    void invalidInputRunsNothingAndExitsTwo() throws IOException {
        CliRun result = run("run", file("bad.yaml", HELLO.replace("template: say", "template: sya")).toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("bad.yaml:11:", "'sya'");
        assertThat(runtime.launched()).isEmpty();
    }

    @Test
    void anInvalidSpecStillPrintsTheFailedWorkflowAsArgoEndsIt() throws IOException {
        CliRun result = run("run", file("bad.yaml", HELLO.replace("template: say", "template: sya")).toString(),
                "-o", "json");

        assertThat(result.exitCode()).isEqualTo(2);
        JsonNode wf = new ObjectMapper().readTree(result.out());
        assertThat(wf.get("status").get("phase").asText()).isEqualTo("Failed");
        assertThat(wf.get("status").get("message").asText()).startsWith("invalid spec: ").contains("'sya'");
        assertThat(wf.get("status").get("nodes").size()).isZero();
    }

    @Test
    void aParameterOverrideIsLintedByTheRunItself() throws IOException {
        // The file lints cleanly, so the command skips the run's own lint only when nothing is overridden; a
        // value outside the parameter's enum is caught by lint alone, which the run applies to what it runs.
        Path file = file("hello.yaml", HELLO.replace("value: world}", "value: world, enum: [world, moon]}"));
        assertThat(run("run", file.toString()).exitCode()).isZero();

        CliRun result = run("run", file.toString(), "-p", "who=mars", "-o", "json");

        assertThat(result.exitCode()).as("an invalid spec exits 2").isEqualTo(2);
        JsonNode wf = new ObjectMapper().readTree(result.out());
        assertThat(wf.get("status").get("message").asText()).startsWith("invalid spec: ").contains("'mars'");
        assertThat(runtime.launched()).hasSize(1);
    }

    @Test
    void anUnknownRuntimeIsAUsageError() throws IOException {
        StringWriter err = new StringWriter();
        CommandLine cl = ArgowfCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int code = cl.execute("run", file("hello.yaml", HELLO).toString(), "--runtime", "mars");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("mars");
    }

    @Test
    void theKubernetesRuntimeWithAnUnreadableKubeconfigIsAUsageError() throws IOException {
        CliRun run = CliRun.of("run", file("hello.yaml", HELLO).toString(), "--runtime", "kubernetes",
                "--kubeconfig", "no-such-kubeconfig.yaml", "--namespace", "ci");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("argowf run: cannot read kubeconfig no-such-kubeconfig.yaml");
    }

    @Test
    void theKubernetesRuntimeReadsTheImageIndexFiles() throws IOException {
        Path index = file("images.yaml", "my/tool:1:\n  cmd: tool\n");
        CliRun run = CliRun.of("run", file("hello.yaml", HELLO).toString(), "--runtime", "kubernetes",
                "--kubeconfig", "no-such-kubeconfig.yaml", "--image-index", index.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("images.yaml:2:8: image my/tool:1: cmd must be a list of strings");
    }

    @Test
    void aRunWithSnapshotsIsRecoveredWithoutRunningItsLeafAgainAndADamagedSnapshotIsNamed() throws IOException {
        Path workflow = file("hello.yaml", HELLO);
        Path state = dir.resolve("state");
        CliRun first = run("run", workflow.toString(), "--state-dir", state.toString(), "--journal-snapshot-every", "2");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path snapshot = state.resolve(io.jenkins.plugins.argoworkflow.engine.schedule.Journal.SNAPSHOT_FILE);
        assertThat(snapshot).isNotEmptyFile();
        assertThat(state.resolve("journal.jsonl")).content().startsWith("{\"segmentFrom\":");

        CliRun again = run("run", workflow.toString(), "--state-dir", state.toString(), "--recover");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(runtime.launched()).as("the leaf that ended is not run again").hasSize(1);

        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[bytes.length - 5] ^= 1;
        Files.write(snapshot, bytes);
        CliRun damaged = run("run", workflow.toString(), "--state-dir", state.toString(), "--recover");
        assertThat(damaged.exitCode()).isEqualTo(2);
        assertThat(damaged.err()).contains("argowf recover: " + snapshot + " is damaged")
                .contains("start the workflow again");
        assertThat(runtime.launched()).hasSize(1);
    }
}
