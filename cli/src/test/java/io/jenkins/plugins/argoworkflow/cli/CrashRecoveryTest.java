package io.jenkins.plugins.argoworkflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.argoworkflow.engine.schedule.Journal;
import io.jenkins.plugins.argoworkflow.engine.schedule.JournalEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code argowf run --state-dir} killed with SIGKILL at random points (as a machine crash would), then
 * {@code argowf recover}, itself killed at random points too: every run ends Succeeded, as it would have
 * uninterrupted, and no leaf runs twice. Real processes throughout: the runner, its sandboxed leaves, kills.
 */
class CrashRecoveryTest {

    /** 30 leaves: a fan-out of 10, a DAG of 10 (a chain with a diamond), another fan-out of 10. */
    private static final String WORKFLOW = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {generateName: crash-}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - {name: fan, template: work, withSequence: {count: "10"}}
                - - {name: graph, template: graph}
                - - {name: tail, template: work, withSequence: {count: "10"}}
              - name: graph
                dag:
                  tasks:
                  - {name: a, template: work}
                  - {name: b, template: work, depends: a}
                  - {name: c, template: work, depends: a}
                  - {name: d, template: work, depends: b && c}
                  - {name: e, template: work, depends: d}
                  - {name: f, template: work, depends: e}
                  - {name: g, template: work, depends: f}
                  - {name: h, template: work, depends: g}
                  - {name: i, template: work, depends: h}
                  - {name: j, template: work, depends: i}
              - name: work
                retryStrategy: {limit: 20, retryPolicy: Always}
                container: {image: alpine, command: [sh, -c, "sleep 0.05; echo done"]}
            """;

    private static final int KILLS = 50;

    /**
     * Journal entries before a snapshot (the default is 10,000): a run of this workflow journals about 100, so
     * each run takes several snapshots and the kills also land while one is written or a segment started.
     */
    private static final String SNAPSHOT_EVERY = "16";

    @TempDir
    Path dir;

    @Test
    void runKilledAtRandomPointsIsRecoveredToSucceededWithoutRunningAnyLeafTwice() throws Exception {
        Path workflow = dir.resolve("crash.yaml");
        Files.writeString(workflow, WORKFLOW);
        Random random = new Random(20261123L);
        int kills = 0;
        int runs = 0;
        int withSnapshot = 0;
        while (kills < KILLS) {
            Path state = dir.resolve("state-" + runs++);
            List<String> command = List.of("run", workflow.toString(), "--state-dir", state.toString(), "-o", "json",
                    "--journal-snapshot-every", SNAPSHOT_EVERY);
            Process p = argowf(command);
            // Kill the runner (then its recoveries) at random points until it is left to finish.
            while (kills < KILLS && waitsPast(p, 200 + random.nextInt(1300))) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                kills++;
                if (Files.exists(state.resolve(Journal.FILE))) {
                    command = List.of("recover", state.toString(), "-o", "json");
                }
                p = argowf(command);
            }
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("run %d, %s", runs, out).isZero();
            JsonNode status = new ObjectMapper().readTree(out).path("status");
            assertThat(status.path("phase").asText()).as("run %d", runs).isEqualTo("Succeeded");
            assertEveryLeafRanOnce(state, status, runs);
            if (Files.exists(state.resolve(Journal.SNAPSHOT_FILE))) {
                withSnapshot++;
            }
        }
        assertThat(kills).as("runners killed with SIGKILL").isEqualTo(KILLS);
        assertThat(withSnapshot).as("runs whose journal was compacted into a snapshot").isEqualTo(runs);
    }

    /** Whether {@code p} still runs after {@code millis}. */
    private static boolean waitsPast(Process p, long millis) throws InterruptedException {
        return !p.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * From the journal: no node was launched twice or ended twice, and each of the 30 steps Succeeded once. (A
     * snapshot leaves out the launch of a leaf that ended, but keeps every launch of a leaf launched twice and
     * every end of a leaf that ended twice.)
     */
    private static void assertEveryLeafRanOnce(Path state, JsonNode status, int run) throws IOException {
        List<JournalEntry> journal = Journal.readStateDir(state);
        Map<String, Long> launches = journal.stream().filter(e -> e.kind() == JournalEntry.Kind.LAUNCHED)
                .collect(Collectors.groupingBy(JournalEntry::node, Collectors.counting()));
        Map<String, Long> ends = journal.stream().filter(e -> e.kind() == JournalEntry.Kind.FINISHED)
                .collect(Collectors.groupingBy(JournalEntry::node, Collectors.counting()));
        assertThat(launches.values()).as("run %d: launches per node", run).allMatch(n -> n == 1);
        assertThat(ends.values()).as("run %d: ends per node", run).allMatch(n -> n == 1);
        List<String> succeededSteps = new ArrayList<>();
        status.path("nodes").forEach(n -> {
            if (n.path("type").asText().equals("Retry") && n.path("phase").asText().equals("Succeeded")) {
                succeededSteps.add(n.path("name").asText());
            }
        });
        assertThat(succeededSteps).as("run %d: the 30 steps and tasks", run).hasSize(30).doesNotHaveDuplicates();
    }

    private static Process argowf(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
