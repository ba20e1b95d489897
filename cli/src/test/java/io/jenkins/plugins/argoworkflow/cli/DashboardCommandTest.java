package io.jenkins.plugins.argoworkflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.argoworkflow.cli.run.DashboardHost;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DashboardCommandTest {

    private static final String HELLO = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: hello}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - {name: greet, template: say}
              - name: say
                container: {image: alpine, command: [echo, hello]}
            """;

    @TempDir
    Path dir;

    private final List<String> seen = new ArrayList<>();

    /** While serving: read the page's view, as a browser would, then go on as after Ctrl-C. */
    private final DashboardHost.Wait look = url -> seen.add(get(url + "api/view"));

    private static String get(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CliRun argowf(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ArgowfCommand.commandLine();
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("say", Outcome.print("hello\n"));
        ((RunCommand) cl.getSubcommands().get("run").getCommand()).runtimes((name, d) -> runtime).dashboardWait(look);
        ((DashboardCommand) cl.getSubcommands().get("dashboard").getCommand()).waiting(look);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new CliRun(cl.execute(args), out.toString(), err.toString());
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void runWithDashboardServesTheRunOnLoopbackAndPrintsItsUrl() throws IOException {
        Path wf = Files.writeString(dir.resolve("hello.yaml"), HELLO);

        CliRun result = argowf("run", "--dashboard", wf.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).containsPattern("dashboard: http://127\\.0\\.0\\.1:\\d+/");
        assertThat(result.out()).contains("Status:    Succeeded");
        assertThat(seen).singleElement().satisfies(view -> {
            assertThat(json(view).get("workflow").get("phase").asText()).isEqualTo("Succeeded");
            assertThat(json(view).get("nodes")).hasSize(3);
        });
    }

    @Test
    void aDashboardPortMayBeGivenWithAnEqualsSign() throws IOException {
        Path wf = Files.writeString(dir.resolve("hello.yaml"), HELLO);

        CliRun result = argowf("run", "--dashboard=0", wf.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(seen).hasSize(1);
    }

    @Test
    void dashboardServesARunRecordedInAStateDirectory() throws IOException {
        Path wf = Files.writeString(dir.resolve("hello.yaml"), HELLO);
        Path state = dir.resolve("state");
        assertThat(argowf("run", "--state-dir", state.toString(), wf.toString()).exitCode()).isZero();
        assertThat(state.resolve("_run/status.json")).exists();
        assertThat(seen).as("no dashboard without --dashboard").isEmpty();

        CliRun result = argowf("dashboard", state.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).containsPattern("dashboard: http://127\\.0\\.0\\.1:\\d+/");
        JsonNode view = json(seen.get(0));
        assertThat(view.get("workflow").get("name").asText()).isEqualTo("hello");
        String greet = view.findParents("displayName").stream()
                .filter(n -> n.path("displayName").asText().equals("greet")).findFirst().orElseThrow().get("id").asText();
        assertThat(Files.readString(state.resolve("_run/logs/" + greet + ".log"))).isEqualTo("hello\n");
    }

    @Test
    void dashboardOfADirectoryWithNoRunSaysHowToRecordOne() {
        CliRun result = argowf("dashboard", dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no run recorded in", "argowf run --state-dir");
    }
}
