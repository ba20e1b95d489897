package io.jenkins.plugins.argoworkflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's main command, run in-process with the real local runtime (bubblewrap sandboxes). */
class LocalRunTest {

    @Test
    void theHelloExampleRunsToSuccessAsSandboxedProcesses() {
        CliRun run = CliRun.of("run", Fixtures.root().resolve("examples/hello.yaml").toString(), "-p", "who=tester");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Status:    Succeeded").containsPattern("✔ report +step");
        assertThat(run.err()).contains("greet: hello tester", "each(2:c): item c", "report: running report in /");
    }

    @Test
    void aFailingCommandFailsTheRunWithExitCodeOne() {
        CliRun run = CliRun.of("run", Fixtures.root().resolve("examples/hello.yaml").toString(),
                "--entrypoint", "step", "-p", "what=x; exit 3 #");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("Status:    Failed", "main: Error (exit code 3)");
    }

    @Test
    void secretAndConfigDirsAndAnImageIndexFileReachTheNodes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("secrets/creds"));
        Files.writeString(dir.resolve("secrets/creds/token"), "s3cret");
        Files.createDirectories(dir.resolve("configs/app"));
        Files.writeString(dir.resolve("configs/app/greeting"), "hello");
        Path index = Files.writeString(dir.resolve("images.yaml"), """
                example/greeter:1:
                  entrypoint: [sh, -c]
                """);
        Path workflow = Files.writeString(dir.resolve("wf.yaml"), """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: keyed-
                spec:
                  entrypoint: main
                  volumes:
                  - {name: app, configMap: {name: app}}
                  templates:
                  - name: main
                    container:
                      image: example/greeter:1
                      args: ['echo "$(cat /etc-app/greeting) $TOKEN"']
                      env:
                      - name: TOKEN
                        valueFrom: {secretKeyRef: {name: creds, key: token}}
                      volumeMounts:
                      - {name: app, mountPath: /etc-app}
                """);

        CliRun run = CliRun.of("run", workflow.toString(), "--image-index", index.toString(),
                "--secret-dir", dir.resolve("secrets").toString(), "--config-dir", dir.resolve("configs").toString());
        CliRun without = CliRun.of("run", workflow.toString(), "--image-index", index.toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.err()).as("a secret's value is masked in the node's log").contains("hello ****")
                .doesNotContain("s3cret");
        CliRun json = CliRun.of("run", workflow.toString(), "--image-index", index.toString(), "-o", "json",
                "--secret-dir", dir.resolve("secrets").toString(), "--config-dir", dir.resolve("configs").toString());
        assertThat(json.out()).as("the node had the value (outputs are not masked, as in Argo)")
                .contains("\"result\" : \"hello s3cret\"");
        assertThat(without.exitCode()).isEqualTo(3);
        assertThat(without.out()).contains("--config-dir DIR, where DIR/app/<key>");
    }

    @Test
    void aMissingSecretDirIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("run", Fixtures.root().resolve("examples/hello.yaml").toString(),
                "--secret-dir", dir.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--secret-dir " + dir.resolve("nope") + " is not a directory");
    }

    @Test
    void theCiPipelineExamplePassesItsSourceArtifactToEveryTaskThroughTheStateDirectorysStore(@TempDir Path state)
            throws Exception {
        CliRun run = CliRun.of("run", Fixtures.root().resolve("examples/ci-pipeline.yaml").toString(),
                "--state-dir", state.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Status:    Succeeded");
        assertThat(run.err()).contains("running test", "running lint", "packaged 1.0.0 at c0ffee");
        try (Stream<Path> stored = Files.walk(state.resolve("_artifacts"))) {
            assertThat(stored.map(p -> p.getFileName().toString())).contains("source.tgz");
        }
    }

    @Test
    void theDashboardOfAStateDirectoryDownloadsAnArtifactFromItsStore(@TempDir Path state) throws Exception {
        assertThat(CliRun.of("run", Fixtures.root().resolve("examples/ci-pipeline.yaml").toString(),
                "--state-dir", state.toString()).exitCode()).isZero();
        List<HttpResponse<byte[]>> downloads = new ArrayList<>();
        CommandLine cl = ArgowfCommand.commandLine();
        ((DashboardCommand) cl.getSubcommands().get("dashboard").getCommand()).waiting(url -> {
            try {
                var client = HttpClient.newHttpClient();
                String view = client.send(HttpRequest.newBuilder(URI.create(url + "api/view"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                var checkout = new ObjectMapper().readTree(view).findParents("displayName")
                        .stream().filter(n -> n.path("displayName").asText().equals("checkout")).findFirst().orElseThrow();
                String link = checkout.path("outputs").path("artifacts").get(0).path("downloadUrl").asText();
                downloads.add(client.send(HttpRequest.newBuilder(URI.create(url + link)).build(),
                        HttpResponse.BodyHandlers.ofByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        cl.setErr(new PrintWriter(new StringWriter(), true));

        assertThat(cl.execute("dashboard", state.toString())).isZero();

        assertThat(downloads).singleElement().satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/gzip");
            assertThat(r.headers().firstValue("Content-Disposition")).get().asString()
                    .startsWith("attachment; filename=\"source.tgz\"");
            try (Stream<Path> stored = Files.walk(state.resolve("_artifacts"))) {
                Path source = stored.filter(p -> p.getFileName().toString().equals("source.tgz")).findFirst().orElseThrow();
                assertThat(r.body()).as("the object of the local runtime's store").isEqualTo(Files.readAllBytes(source));
            }
        });
    }
}
