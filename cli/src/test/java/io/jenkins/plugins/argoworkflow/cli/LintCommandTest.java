package io.jenkins.plugins.argoworkflow.cli;

import static io.jenkins.plugins.argoworkflow.cli.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    @Test
    void aValidWorkflowPrintsNothingOnStdoutAndExitsZero() {
        CliRun run = CliRun.of("lint", lint("hello.yaml"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("no problems found in 1 file");
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtTheLineOfTheError() {
        CliRun run = CliRun.of("lint", lint("syntax-error.yaml"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_ERRORS);
        assertThat(run.outLines()).singleElement().asString()
                .startsWith(lint("syntax-error.yaml") + ":11:6: error: YAML syntax error: ");
        assertThat(run.errLines()).containsExactly("1 error, 0 warnings in 1 file");
    }

    @Test
    void anUnknownFieldIsReportedAtItsKeyWithTheNearestKnownName() {
        CliRun run = CliRun.of("lint", lint("unknown-field.yaml"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_ERRORS);
        assertThat(run.outLines()).containsExactly(lint("unknown-field.yaml")
                + ":7:3: error: unknown field \"serviceAcountName\" in WorkflowSpec; did you mean \"serviceAccountName\"?");
    }

    @Test
    void pathsArePrintedAsTheUserGaveThem() {
        String dotted = "./" + lint("unknown-field.yaml");

        CliRun run = CliRun.of("lint", dotted);

        assertThat(run.outLines()).singleElement().asString().startsWith(dotted + ":7:3: ");
    }

    @Test
    void diagnosticsOfSeveralFilesComeInTheOrderTheFilesWereGiven() {
        CliRun run = CliRun.of("lint", lint("unknown-field.yaml"), lint("hello.yaml"), lint("syntax-error.yaml"));

        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).startsWith(lint("unknown-field.yaml") + ":");
        assertThat(run.outLines().get(1)).startsWith(lint("syntax-error.yaml") + ":");
        assertThat(run.errLines()).containsExactly("2 errors, 0 warnings in 3 files");
    }

    @Test
    void aFileNamedTwiceIsLintedOnce() {
        CliRun run = CliRun.of("lint", lint("unknown-field.yaml"), "./" + lint("unknown-field.yaml"));

        assertThat(run.outLines()).hasSize(1);
        assertThat(run.errLines()).containsExactly("1 error, 0 warnings in 1 file");
    }

    @Test
    void aDirectoryIsSearchedRecursivelyForYamlAndJsonSkippingHiddenOnes() {
        // tree/ holds a.yaml, sub/b.yml, sub/config.json (a ConfigMap), notes.txt, and broken files in
        // .hidden/ and .broken.yaml that would be errors if they were read.
        CliRun run = CliRun.of("lint", "-v", lint("tree"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).contains(
                lint("tree/sub/config.json") + ": skipped (no Argo workflow kind)",
                "no problems found in 3 files");
    }

    @Test
    void aFileWithNoArgoKindIsNotAnError() {
        CliRun run = CliRun.of("lint", lint("tree/sub/config.json"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_OK);
        assertThat(run.errLines()).containsExactly("no problems found in 1 file");
    }

    @Test
    void templatesFromTemplatesPathsAreAvailableToTemplateRefWithoutBeingCounted() {
        CliRun run = CliRun.of("lint", "-v", lint("templates/uses-ref.yaml"),
                "--templates", lint("templates/shared-template.yaml"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_OK);
        assertThat(run.errLines()).containsExactly(
                "templates for templateRef: shared; cluster-scoped: cluster-shared",
                "no problems found in 1 file");
    }

    @Test
    void templatesFromEveryLintedFileAreAvailableToTemplateRef() {
        CliRun run = CliRun.of("lint", "-v", lint("templates"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_OK);
        assertThat(run.errLines()).containsExactly(
                "templates for templateRef: shared; cluster-scoped: cluster-shared",
                "no problems found in 2 files");
    }

    @Test
    void aTemplatesFileThatCannotBeReadIsReportedBecauseItsTemplatesAreMissing() {
        CliRun run = CliRun.of("lint", lint("hello.yaml"), "--templates", lint("syntax-error.yaml"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_ERRORS);
        assertThat(run.outLines()).singleElement().asString().startsWith(lint("syntax-error.yaml") + ":11:6: error:");
        assertThat(run.errLines()).containsExactly("1 error, 0 warnings in 1 file");
    }

    @Test
    void jsonOutputIsAnArrayOfDiagnosticsWithPositionSeverityAndMessage() throws IOException {
        CliRun run = CliRun.of("lint", "-o", "json", lint("unknown-field.yaml"), lint("hello.yaml"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_ERRORS);
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        JsonNode d = array.get(0);
        assertThat(d.fieldNames()).toIterable().containsExactly("file", "line", "column", "severity", "message");
        assertThat(d.get("file").asText()).isEqualTo(lint("unknown-field.yaml"));
        assertThat(d.get("line").asInt()).isEqualTo(7);
        assertThat(d.get("column").asInt()).isEqualTo(3);
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("message").asText()).startsWith("unknown field \"serviceAcountName\"");
        assertThat(run.errLines()).containsExactly("1 error, 0 warnings in 2 files");
    }

    @Test
    void jsonOutputOfACleanRunIsAnEmptyArray() throws IOException {
        CliRun run = CliRun.of("lint", "--output=json", lint("hello.yaml"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_OK);
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).isEmpty();
    }

    @Test
    void aMissingPathIsAnIoErrorThatNamesThePathAndLintsNothing() {
        CliRun run = CliRun.of("lint", lint("hello.yaml"), "no/such/workflow.yaml");

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("argowf lint: no/such/workflow.yaml: no such file or directory");
    }

    @Test
    void aMissingTemplatesPathIsAnIoError() {
        CliRun run = CliRun.of("lint", lint("hello.yaml"), "--templates", "no/such/dir");

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.err()).contains("no/such/dir: no such file or directory");
    }

    @Test
    void aDirectoryWithoutWorkflowFilesIsAnIoError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.md"), "# nothing to lint\n");

        CliRun run = CliRun.of("lint", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.err()).contains(dir + ": the directory holds no .yaml, .yml or .json file");
    }

    @Test
    void aFileThatCannotBeReadIsAnIoError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("secret.yaml"), "kind: Workflow\n");
        org.junit.jupiter.api.Assumptions.assumeTrue(file.toFile().setReadable(false, false)
                && !Files.isReadable(file), "file permissions are not enforced for this user (root?)");

        CliRun run = CliRun.of("lint", file.toString());

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.err()).contains(file + ": permission denied");
    }

    @Test
    void lintWithoutAPathIsAUsageError() {
        CliRun run = CliRun.of("lint");

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.err()).contains("Missing required parameter", "PATH");
    }

    @Test
    void anUnknownOutputFormatIsAUsageError() {
        CliRun run = CliRun.of("lint", "-o", "xml", lint("hello.yaml"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.err()).contains("xml", "text, json");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("lint", "--stirct", lint("hello.yaml"));

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.err()).contains("--stirct");
    }
}
