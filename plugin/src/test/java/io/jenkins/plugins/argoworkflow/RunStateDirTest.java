package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStateDirTest {

    @TempDir
    Path buildDir;

    @Test
    void theFirstCallOfABuildTakesArgoAndLaterOnesANumber() throws Exception {
        assertThat(RunStateDir.nextName(buildDir)).isEqualTo("argo");
        Files.createDirectory(buildDir.resolve("argo"));
        assertThat(RunStateDir.nextName(buildDir)).isEqualTo("argo-2");
        Files.createDirectory(buildDir.resolve("argo-2"));
        assertThat(RunStateDir.nextName(buildDir)).isEqualTo("argo-3");
    }

    @Test
    void recordsTheArgowfCommandLineThatRunsTheWorkflowAgain() throws Exception {
        RunStateDir state = new RunStateDir(buildDir.resolve("argo"));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("tag", "abc");
        parameters.put("env", "prod");

        state.begin("kind: Workflow\n", parameters, "builds", true);

        JsonNode record = new ObjectMapper().readTree(state.path().resolve(RunStateDir.RECORD).toFile());
        String workflow = state.path().resolve(RunStateDir.WORKFLOW).toAbsolutePath().toString();
        List<String> args = new ArrayList<>();
        record.get("args").forEach(a -> args.add(a.asText()));
        List<String> fields = new ArrayList<>();
        record.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("args", "workflowFile", "workflowSha256");
        assertThat(args).containsExactly(workflow, "--parameter", "tag=abc", "--parameter", "env=prod",
                "--runtime", "kubernetes", "--namespace", "builds", "--allow-resource-templates");
        assertThat(record.get("workflowFile").asText()).isEqualTo(workflow);
        assertThat(record.get("workflowSha256").asText()).hasSize(64);
        assertThat(state.workflowText()).isEqualTo("kind: Workflow\n");
    }

    @Test
    void aJournalThatWasNeverWrittenIsEmptyAndAMissingWorkflowSaysRunAgain() throws Exception {
        RunStateDir state = new RunStateDir(buildDir.resolve("argo"));

        assertThat(state.journal()).isEmpty();
        assertThatThrownBy(state::workflowText).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("run the build again");
    }
}
