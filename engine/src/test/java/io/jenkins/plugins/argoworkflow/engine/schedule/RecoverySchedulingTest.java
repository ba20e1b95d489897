package io.jenkins.plugins.argoworkflow.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run interrupted at any point is recovered from its journal: it ends as an uninterrupted run ends, with
 * the same nodes, and no leaf that had ended is run again.
 */
class RecoverySchedulingTest {

    private static final String WORKFLOW = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {generateName: wf-}
            spec:
              entrypoint: main
              onExit: cleanup
              templates:
              - name: main
                steps:
                - - {name: prepare, template: say}
                - - name: fan
                    template: say
                    withItems: [a, b, c, d, e, f, g, h]
                  - {name: flaky, template: flaky}
                - - {name: graph, template: graph}
                - - {name: maybe, template: say, when: "{{steps.prepare.outputs.result}} == said"}
              - name: graph
                dag:
                  tasks:
                  - {name: A, template: say}
                  - {name: B, template: say, depends: A}
                  - {name: C, template: say, depends: A}
                  - {name: D, template: say, depends: B && C}
                  - name: E
                    template: say
                    depends: D
                    withSequence: {count: "5"}
              - name: say
                retryStrategy: {limit: 2, retryPolicy: Always}
                container: {image: alpine, command: [echo, said]}
              - name: flaky
                retryStrategy: {limit: 3, retryPolicy: Always}
                container: {image: alpine, command: ["false"]}
              - name: cleanup
                container: {image: alpine, command: ["true"]}
            """;

    /** The scripted behaviour: `flaky` fails its first attempt; every `say` prints "said". */
    private static ScriptedRuntime runtime() {
        return new ScriptedRuntime().onTemplate("say", Outcome.print("said"))
                .onTemplate("flaky", r -> r.nodeName().endsWith("(0)") ? Outcome.exit(1) : Outcome.succeed());
    }

    /** A journal kept in memory that, after {@code crashAfter} leaf reports, records nothing more (a kill). */
    private static final class CrashingJournal implements Journal {
        private final List<JournalEntry> entries = Collections.synchronizedList(new ArrayList<>());
        private final int crashAfter;
        private int finished;
        private final CompletableFuture<Void> crashed = new CompletableFuture<>();
        private final CompletableFuture<Void> launched = new CompletableFuture<>();

        CrashingJournal(int crashAfter) {
            this.crashAfter = crashAfter;
        }

        @Override
        public synchronized void append(JournalEntry entry) {
            if (crashed.isDone()) {
                return;
            }
            entries.add(entry);
            if (entry.kind() == JournalEntry.Kind.LAUNCHED) {
                launched.complete(null);
            }
            if (entry.kind() == JournalEntry.Kind.FINISHED && ++finished == crashAfter) {
                crashed.complete(null);
            }
        }

        @Override
        public void close() {
        }
    }

    @Test
    void runInterruptedAfterAnyLeafEndsIsRecoveredToTheSameEndWithoutRunningEndedLeavesAgain() throws Exception {
        WorkflowStatus reference = runToEnd(runtime(), Journal.NONE);
        Map<String, String> referencePhases = phases(reference);
        long leaves = reference.nodes().stream().filter(n -> n.type() == NodeType.POD).count();
        assertThat(leaves).as("the workflow's size").isGreaterThanOrEqualTo(20);

        for (int crashAfter = 1; crashAfter < leaves; crashAfter++) {
            CrashingJournal journal = new CrashingJournal(crashAfter);
            ScriptedRuntime first = runtime();
            try (first; WorkflowRun run = WorkflowRun.start(RunFixtures.workflow(WORKFLOW), new TemplateStore(), first,
                    new RunOptions(null, Clock.systemUTC(), RunListener.NONE, journal))) {
                CompletableFuture.anyOf(journal.crashed, run.completion()).get(10, TimeUnit.SECONDS);
            }
            List<JournalEntry> recorded = List.copyOf(journal.entries);
            List<String> ended = recorded.stream().filter(e -> e.kind() == JournalEntry.Kind.FINISHED)
                    .map(JournalEntry::node).toList();

            ScriptedRuntime second = runtime().adoptingRunningLeaves();
            WorkflowStatus recovered;
            try (second; WorkflowRun run = WorkflowRun.recover(RunFixtures.workflow(WORKFLOW), new TemplateStore(),
                    second, new RunOptions(null, Clock.systemUTC(), RunListener.NONE), recorded)) {
                recovered = run.completion().get(10, TimeUnit.SECONDS);
            }

            String at = "interrupted after " + crashAfter + " leaves ended";
            assertThat(recovered.workflowName()).as(at).isEqualTo(recorded.get(0).workflowName());
            assertThat(recovered.phase()).as(at).isEqualTo(WorkflowPhase.SUCCEEDED);
            assertThat(phases(recovered)).as(at).isEqualTo(referencePhases);
            assertThat(second.launched()).as(at + ": no ended leaf runs again")
                    .noneMatch(r -> ended.contains(r.nodeId()));
            assertThat(second.adopted()).as(at + ": only leaves that were running are adopted")
                    .allMatch(r -> recorded.stream().anyMatch(e -> e.kind() == JournalEntry.Kind.LAUNCHED
                            && e.node().equals(r.nodeId())) && !ended.contains(r.nodeId()));
        }
    }

    @Test
    void leafRunningWhenTheRunWasInterruptedIsAdoptedAndItsRetryPolicyApplies() throws Exception {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: slow
                  templates:
                  - name: slow
                    retryStrategy: {limit: 1, retryPolicy: OnError}
                    container: {image: alpine, command: [sleep, "60"]}
                """;
        CrashingJournal journal = new CrashingJournal(Integer.MAX_VALUE);
        ScriptedRuntime first = new ScriptedRuntime().onTemplate("slow", Outcome.succeed().after(java.time.Duration.ofMinutes(1)));
        try (first; WorkflowRun run = WorkflowRun.start(RunFixtures.workflow(yaml), new TemplateStore(), first,
                new RunOptions(null, Clock.systemUTC(), RunListener.NONE, journal))) {
            journal.launched.get(10, TimeUnit.SECONDS);
        }
        ScriptedRuntime second = new ScriptedRuntime();
        WorkflowStatus recovered;
        try (second; WorkflowRun run = WorkflowRun.recover(RunFixtures.workflow(yaml), new TemplateStore(), second,
                new RunOptions(null, Clock.systemUTC(), RunListener.NONE), List.copyOf(journal.entries))) {
            recovered = run.completion().get(10, TimeUnit.SECONDS);
        }
        assertThat(recovered.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(RunFixtures.node(recovered, "wf(0)").message()).isEqualTo(NodeRuntime.LOST);
        assertThat(RunFixtures.node(recovered, "wf(1)").phase().argoName()).isEqualTo("Succeeded");
        assertThat(second.launched()).extracting(r -> r.nodeName()).containsExactly("wf(1)");
    }

    @Test
    void timerRunningWhenTheRunWasInterruptedWaitsOnlyForWhatIsLeftOfIt() throws Exception {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: wait, template: wait}
                  - name: wait
                    suspend: {duration: "3"}
                """;
        CrashingJournal journal = new CrashingJournal(Integer.MAX_VALUE);
        try (WorkflowRun run = WorkflowRun.start(RunFixtures.workflow(yaml), new TemplateStore(), new ScriptedRuntime(),
                new RunOptions(null, Clock.systemUTC(), RunListener.NONE, journal))) {
            Thread.sleep(2_000); // the run is interrupted two seconds into the three-second suspend
        }
        WorkflowStatus recovered;
        try (WorkflowRun run = WorkflowRun.recover(RunFixtures.workflow(yaml), new TemplateStore(), new ScriptedRuntime(),
                new RunOptions(null, Clock.systemUTC(), RunListener.NONE), List.copyOf(journal.entries))) {
            recovered = run.completion().get(10, TimeUnit.SECONDS);
        }
        NodeStatus wait = RunFixtures.node(recovered, "wf[0].wait");
        assertThat(recovered.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(java.time.Duration.between(wait.startedAt(), wait.finishedAt()))
                .as("the suspend lasted its three seconds in all, not three more after the recovery")
                .isBetween(java.time.Duration.ofMillis(2_900), java.time.Duration.ofMillis(4_500));
    }

    @Test
    void journalFileIsReadBackAndATornLastLineIsIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(Journal.FILE);
        WorkflowStatus original;
        try (Journal journal = Journal.appendingTo(file)) {
            original = runToEnd(runtime(), journal);
        }
        Files.writeString(file, "{\"kind\":\"FINI", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        List<JournalEntry> read = Journal.read(file);
        assertThat(read.get(0).kind()).isEqualTo(JournalEntry.Kind.BEGIN);
        assertThat(read.get(0).workflowName()).isEqualTo(original.workflowName());
        assertThat(read).filteredOn(e -> e.kind() == JournalEntry.Kind.FINISHED)
                .hasSize((int) original.nodes().stream().filter(n -> n.type() == NodeType.POD).count());

        // Recovering a finished run replays it to the same end and runs nothing.
        ScriptedRuntime again = runtime();
        WorkflowStatus replayed;
        try (again; WorkflowRun run = WorkflowRun.recover(RunFixtures.workflow(WORKFLOW), new TemplateStore(), again,
                new RunOptions(null, Clock.systemUTC(), RunListener.NONE), read)) {
            replayed = run.completion().get(10, TimeUnit.SECONDS);
        }
        assertThat(again.launched()).isEmpty();
        assertThat(phases(replayed)).isEqualTo(phases(original));
        assertThat(replayed.startedAt()).isEqualTo(original.startedAt());
        // A leaf keeps the times of its reports; nodes changed by what followed get the time of the report.
        assertThat(RunFixtures.node(replayed, original.workflowName() + "[0].prepare(0)").finishedAt())
                .isEqualTo(RunFixtures.node(original, original.workflowName() + "[0].prepare(0)").finishedAt());
    }

    private static WorkflowStatus runToEnd(NodeRuntime runtime, Journal journal) throws Exception {
        try (runtime; WorkflowRun run = WorkflowRun.start(RunFixtures.workflow(WORKFLOW), new TemplateStore(), runtime,
                new RunOptions(null, Clock.systemUTC(), RunListener.NONE, journal))) {
            return run.completion().get(10, TimeUnit.SECONDS);
        }
    }

    /** Every node's phase by its name with the run's name taken out (runs of generateName differ in it). */
    private static Map<String, String> phases(WorkflowStatus status) {
        return status.nodes().stream().collect(Collectors.toMap(
                n -> n.name().replace(status.workflowName(), "WF"), n -> n.phase().argoName(), (a, b) -> a, TreeMap::new));
    }
}
