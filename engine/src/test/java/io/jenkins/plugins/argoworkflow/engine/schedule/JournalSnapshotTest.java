package io.jenkins.plugins.argoworkflow.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.StatusJson;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ForwardingNodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's journal compacted into a snapshot is recovered exactly as the whole journal is: the snapshot plus the
 * segment after it replay through the same scheduler code to the same state, at every point of the run, and a
 * writer killed while writing a snapshot, or between the snapshot and the next segment, leaves a journal that
 * still recovers.
 */
class JournalSnapshotTest {

    /** Steps, a loop, retries (a failing first attempt), a DAG, a hook on Running, an exit handler. */
    private static final String WORKFLOW = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: snap}
            spec:
              entrypoint: main
              onExit: cleanup
              templates:
              - name: main
                steps:
                - - name: prepare
                    template: say
                    hooks:
                      running: {expression: "steps.prepare.status == 'Running'", template: say}
                - - {name: fan, template: say, withItems: [a, b, c, d, e]}
                  - {name: flaky, template: flaky}
                - - {name: graph, template: graph}
              - name: graph
                dag:
                  tasks:
                  - {name: A, template: say}
                  - {name: B, template: say, depends: A}
                  - {name: C, template: say, depends: A}
                  - {name: D, template: say, depends: B && C}
              - name: say
                retryStrategy: {limit: 2, retryPolicy: Always}
                container: {image: alpine, command: [echo, said]}
              - name: flaky
                retryStrategy: {limit: 3, retryPolicy: Always}
                container: {image: alpine, command: ["false"]}
              - name: cleanup
                container: {image: alpine, command: ["true"]}
            """;

    @TempDir
    Path tmp;

    /**
     * The scripted runtime, telling each leaf's pending reasons before it runs (as the Kubernetes runtime does)
     * and repeating a report after the end, both of which a snapshot leaves out; {@code adopting} finds leaves
     * that were running again.
     */
    private static NodeRuntime runtime(boolean adopting) {
        ScriptedRuntime scripted = new ScriptedRuntime().onTemplate("say", Outcome.print("said"))
                .onTemplate("flaky", r -> r.nodeName().endsWith("(0)") ? Outcome.exit(1) : Outcome.succeed());
        if (adopting) {
            scripted.adoptingRunningLeaves();
        }
        return new NodeRuntime() {
            @Override
            public void launch(LeafRequest request, NodeListener listener) {
                listener.pending(request.nodeId(), "ContainerCreating");
                listener.pending(request.nodeId(), "PodInitializing");
                scripted.launch(request, chatty(listener));
            }

            @Override
            public void adopt(LeafRequest request, NodeListener listener) {
                scripted.adopt(request, chatty(listener));
            }

            @Override
            public void stop(String nodeId, StopReason reason) {
                scripted.stop(nodeId, reason);
            }

            @Override
            public void close() {
                scripted.close();
            }
        };
    }

    private static NodeListener chatty(NodeListener listener) {
        return new ForwardingNodeListener(listener) {
            @Override
            public void finished(String nodeId, LeafResult result) {
                delegate.finished(nodeId, result);
                delegate.running(nodeId, null); // a late report, ignored
            }
        };
    }

    /** The whole journal of an uninterrupted run, kept in memory, and the run's end. */
    private record Recorded(List<JournalEntry> entries, WorkflowStatus status) {
    }

    private static Recorded uninterrupted() throws Exception {
        List<JournalEntry> entries = Collections.synchronizedList(new ArrayList<>());
        Journal memory = new Journal() {
            @Override
            public void append(JournalEntry entry) {
                entries.add(entry);
            }

            @Override
            public void close() {
            }
        };
        WorkflowStatus status;
        try (WorkflowRun run = WorkflowRun.start(RunFixtures.workflow(WORKFLOW), new TemplateStore(), runtime(false),
                RunOptions.defaults().withJournal(memory))) {
            status = run.completion().get(10, TimeUnit.SECONDS);
        }
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        return new Recorded(List.copyOf(entries), status);
    }

    /** Recovers from {@code entries} on a fixed clock, appending to {@code journal}; its status as JSON. */
    private static String recover(List<JournalEntry> entries, Journal journal) throws Exception {
        try (WorkflowRun run = WorkflowRun.recover(RunFixtures.workflow(WORKFLOW), new TemplateStore(), runtime(true),
                new RunOptions(null, RunFixtures.CLOCK, RunListener.NONE, journal), entries)) {
            WorkflowStatus status = run.completion().get(10, TimeUnit.SECONDS);
            assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
            return StatusJson.toJson(status, true);
        }
    }

    /** Writes {@code entries} to a state directory, with a snapshot taken after the first {@code snapshotAt}. */
    private static Path written(Path dir, List<JournalEntry> entries, int snapshotAt) throws IOException {
        StateDirJournal journal = StateDirJournal.open(dir, Long.MAX_VALUE);
        try (journal) {
            entries.subList(0, snapshotAt).forEach(journal::append);
            journal.snapshotNow();
            entries.subList(snapshotAt, entries.size()).forEach(journal::append);
        }
        return dir;
    }

    @Test
    void snapshotPlusSegmentRecoversAsTheWholeJournalAtEveryCutAndAsTheUninterruptedRun() throws Exception {
        Recorded run = uninterrupted();
        List<JournalEntry> all = run.entries();
        int cases = 0;
        long mostDropped = 0;
        for (int cut = 1; cut <= all.size(); cut++) {
            List<JournalEntry> prefix = all.subList(0, cut);
            String whole = recover(prefix, Journal.NONE);
            for (int snapshotAt : new int[] {cut / 2, cut}) {
                if (snapshotAt == 0) {
                    continue;
                }
                Path dir = written(tmp.resolve(cut + "-" + snapshotAt), prefix, snapshotAt);
                List<JournalEntry> read = Journal.readStateDir(dir);
                mostDropped = Math.max(mostDropped, JournalFiles.readSnapshot(dir.resolve(Journal.SNAPSHOT_FILE))
                        .header().dropped());
                String at = "the run cut after " + cut + " of " + all.size() + " entries, snapshot after " + snapshotAt;
                assertThat(read.size()).as(at).isLessThanOrEqualTo(cut);
                // The recovered run appends to the same directory; recovering that journal again (a second crash,
                // after the end) replays to the very same state: the positions appended after a snapshot agree.
                String fromSnapshot;
                try (Journal appending = Journal.inStateDir(dir, 7)) {
                    fromSnapshot = recover(read, appending);
                }
                assertThat(fromSnapshot).as(at).isEqualTo(whole);
                assertThat(recover(Journal.readStateDir(dir), Journal.NONE)).as(at + ", recovered twice")
                        .isEqualTo(whole);
                cases++;
            }
        }
        assertThat(cases).isGreaterThan(2 * all.size() - 3);
        assertThat(mostDropped).as("the snapshots left out replayed reports").isGreaterThan(20);
        // Recovered from its whole journal, the finished run is the uninterrupted one.
        assertThat(recover(all, Journal.NONE)).isEqualTo(StatusJson.toJson(run.status(), true));
    }

    @Test
    void snapshotLeavesOutEndedLeavesLaunchesSupersededPendingReasonsAndLateReports() throws Exception {
        List<JournalEntry> all = uninterrupted().entries();
        Path dir = written(tmp.resolve("all"), all, all.size());
        JournalFiles.Snapshot snapshot = JournalFiles.readSnapshot(dir.resolve(Journal.SNAPSHOT_FILE));
        List<JournalEntry> kept = snapshot.entries();
        long leaves = all.stream().filter(e -> e.kind() == JournalEntry.Kind.FINISHED).count();
        assertThat(kept).filteredOn(e -> e.kind() == JournalEntry.Kind.LAUNCHED).isEmpty();
        assertThat(kept).filteredOn(e -> e.kind() == JournalEntry.Kind.PENDING).isEmpty();
        assertThat(kept).filteredOn(e -> e.kind() == JournalEntry.Kind.FINISHED).hasSize((int) leaves);
        assertThat(kept).filteredOn(e -> e.kind() == JournalEntry.Kind.RUNNING).hasSize((int) leaves);
        assertThat(snapshot.header().dropped()).isEqualTo(leaves * 3); // two pending reasons, one late report
        assertThat(snapshot.header().covers()).isEqualTo(all.size());
        assertThat(snapshot.header().uid()).isEqualTo(all.get(0).uid());
        // Each kept event's position is lowered by the replayed events left out before it.
        int k = 0;
        long droppedSoFar = 0;
        for (JournalEntry e : all) {
            JournalEntry next = k < kept.size() ? kept.get(k) : null;
            if (next != null && next.kind() == e.kind() && java.util.Objects.equals(next.node(), e.node())
                    && java.util.Objects.equals(next.time(), e.time())) {
                if (e.kind().replayed()) {
                    assertThat(next.position()).as("%s", next).isEqualTo(e.position() - droppedSoFar);
                }
                k++;
            } else if (e.kind().replayed()) {
                droppedSoFar++;
            }
        }
        assertThat(k).as("the snapshot keeps the journal's order").isEqualTo(kept.size());
        assertThat(droppedSoFar).isEqualTo(snapshot.header().dropped());
        assertThat(Files.readString(dir.resolve(Journal.FILE))).startsWith("{\"segmentFrom\":" + all.size() + ",");
    }

    @Test
    void launchesAndEndsSeenTwiceStayInTheSnapshot() {
        JournalEntry begin = JournalEntry.begin("wf", "u", RunFixtures.CLOCK.instant());
        List<JournalEntry> entries = List.of(begin, JournalEntry.launched("n1"), JournalEntry.launched("n1"),
                JournalEntry.finished("n1", io.jenkins.plugins.argoworkflow.engine.run.NodePhase.SUCCEEDED, null,
                        io.jenkins.plugins.argoworkflow.engine.run.NodeIo.EMPTY).at(3, RunFixtures.CLOCK.instant()),
                JournalEntry.finished("n1", io.jenkins.plugins.argoworkflow.engine.run.NodePhase.SUCCEEDED, null,
                        io.jenkins.plugins.argoworkflow.engine.run.NodeIo.EMPTY).at(4, RunFixtures.CLOCK.instant()));
        assertThat(JournalCompaction.compact(entries).entries()).isEqualTo(entries);
    }

    @Test
    void runWithSnapshotsInTheBackgroundInterruptedAfterAnyLeafEndsRecoversToTheSameEnd() throws Exception {
        Recorded reference = uninterrupted();
        long leaves = reference.status().nodes().stream().filter(n -> n.type() == NodeType.POD).count();
        int withSnapshot = 0;
        for (int crashAfter = 1; crashAfter < leaves; crashAfter++) {
            Path dir = tmp.resolve("live-" + crashAfter);
            StateDirJournal files = StateDirJournal.open(dir, 5);
            CutJournal journal = new CutJournal(files, crashAfter);
            try (WorkflowRun run = WorkflowRun.start(RunFixtures.workflow(WORKFLOW), new TemplateStore(), runtime(false),
                    RunOptions.defaults().withJournal(journal))) {
                CompletableFuture.anyOf(journal.cut, run.completion()).get(10, TimeUnit.SECONDS);
            }
            files.close();
            withSnapshot += files.snapshotsTaken() > 0 ? 1 : 0;
            List<JournalEntry> recorded = Journal.readStateDir(dir);
            List<String> ended = recorded.stream().filter(e -> e.kind() == JournalEntry.Kind.FINISHED)
                    .map(JournalEntry::node).toList();
            ScriptedRuntime second = new ScriptedRuntime().onTemplate("say", Outcome.print("said"))
                    .onTemplate("flaky", r -> r.nodeName().endsWith("(0)") ? Outcome.exit(1) : Outcome.succeed())
                    .adoptingRunningLeaves();
            WorkflowStatus recovered;
            try (second; Journal appending = Journal.inStateDir(dir, 5);
                    WorkflowRun run = WorkflowRun.recover(RunFixtures.workflow(WORKFLOW), new TemplateStore(), second,
                            RunOptions.defaults().withJournal(appending), recorded)) {
                recovered = run.completion().get(10, TimeUnit.SECONDS);
            }
            String at = "interrupted after " + crashAfter + " leaves ended";
            assertThat(recovered.phase()).as(at).isEqualTo(WorkflowPhase.SUCCEEDED);
            assertThat(phases(recovered)).as(at).isEqualTo(phases(reference.status()));
            assertThat(second.launched()).as(at + ": no ended leaf runs again")
                    .noneMatch(r -> ended.contains(r.nodeId()));
        }
        assertThat(withSnapshot).as("runs whose journal had a snapshot when cut").isGreaterThan((int) leaves / 2);
    }

    /** Passes entries on until {@code cutAfter} leaves have ended, then nothing (the writer was killed). */
    private static final class CutJournal implements Journal {
        private final Journal to;
        private final int cutAfter;
        private int finished;
        final CompletableFuture<Void> cut = new CompletableFuture<>();

        CutJournal(Journal to, int cutAfter) {
            this.to = to;
            this.cutAfter = cutAfter;
        }

        @Override
        public synchronized void append(JournalEntry entry) {
            if (!cut.isDone()) {
                to.append(entry);
                if (entry.kind() == JournalEntry.Kind.FINISHED && ++finished == cutAfter) {
                    cut.complete(null);
                }
            }
        }

        @Override
        public void close() {
        }
    }

    @Test
    void writerKilledBetweenTheSnapshotAndTheNextSegmentLeavesAJournalThatReadsTheSame() throws Exception {
        List<JournalEntry> all = uninterrupted().entries();
        int half = all.size() / 2;
        Path dir = tmp.resolve("window");
        Path before = tmp.resolve("segment-before-snapshot");
        try (StateDirJournal journal = StateDirJournal.open(dir, Long.MAX_VALUE)) {
            all.subList(0, half).forEach(journal::append);
            journal.snapshotNow(); // a first snapshot, so that the segment no longer starts at 0
            all.subList(half, half + 10).forEach(journal::append);
            Files.copy(dir.resolve(Journal.FILE), before);
            journal.snapshotNow();
        }
        List<JournalEntry> expected = Journal.readStateDir(dir);
        // Killed after the snapshot's rename, before the new segment's: the old segment is still in place.
        Files.copy(before, dir.resolve(Journal.FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Journal.readStateDir(dir)).isEqualTo(expected);
        // Carried on from there, the journal takes the rest and recovers to the uninterrupted run's end.
        try (Journal journal = Journal.inStateDir(dir, Long.MAX_VALUE)) {
            all.subList(half + 10, all.size()).forEach(journal::append);
        }
        assertThat(recover(Journal.readStateDir(dir), Journal.NONE)).isEqualTo(recover(all, Journal.NONE));
    }

    @Test
    void leftoversOfASnapshotBeingWrittenAreIgnoredAndRemoved() throws Exception {
        List<JournalEntry> all = uninterrupted().entries();
        Path dir = written(tmp.resolve("leftovers"), all, all.size() / 2);
        List<JournalEntry> expected = Journal.readStateDir(dir);
        Path snapshotTemp = dir.resolve(Journal.SNAPSHOT_FILE + ".tmp");
        Path segmentTemp = dir.resolve(Journal.FILE + ".tmp");
        Files.writeString(snapshotTemp, "{\"snapshot\":1,\"workflowName\":\"snap\",\"cov");
        Files.writeString(segmentTemp, "{\"segmentFrom\":9");
        assertThat(Journal.readStateDir(dir)).isEqualTo(expected);
        Journal.inStateDir(dir).close();
        assertThat(snapshotTemp).doesNotExist();
        assertThat(segmentTemp).doesNotExist();
        assertThat(Journal.readStateDir(dir)).isEqualTo(expected);
    }

    @Test
    void tornLastLineAfterASnapshotIsIgnoredAndCutOffBeforeTheNextAppend() throws Exception {
        List<JournalEntry> all = uninterrupted().entries();
        int cut = all.size() - 5;
        Path dir = written(tmp.resolve("torn"), all.subList(0, cut), cut / 2);
        Files.writeString(dir.resolve(Journal.FILE), "{\"kind\":\"FINISHED\",\"posi", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        List<JournalEntry> read = Journal.readStateDir(dir);
        assertThat(read).hasSize(Journal.readStateDir(written(tmp.resolve("whole"), all.subList(0, cut), cut / 2))
                .size());
        try (Journal journal = Journal.inStateDir(dir)) {
            all.subList(cut, all.size()).forEach(journal::append);
        }
        assertThat(recover(Journal.readStateDir(dir), Journal.NONE)).isEqualTo(recover(all, Journal.NONE));
    }

    @Test
    void damagedSnapshotIsAnErrorNamingTheFileOnceTheSegmentNoLongerHoldsTheWholeJournal() throws Exception {
        List<JournalEntry> all = uninterrupted().entries();
        Path dir = written(tmp.resolve("damaged"), all, all.size() / 2);
        Path snapshot = dir.resolve(Journal.SNAPSHOT_FILE);
        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[bytes.length - 10] ^= 1;
        Files.write(snapshot, bytes);
        assertThatThrownBy(() -> Journal.readStateDir(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining(snapshot.toString())
                .hasMessageContaining("checksum does not match")
                .hasMessageContaining("cannot be recovered: start the workflow again");
        assertThatThrownBy(() -> Journal.inStateDir(dir)).hasMessageContaining(snapshot.toString());
    }

    @Test
    void damagedSnapshotIsPassedOverWhileTheSegmentStillHoldsTheWholeJournal() throws Exception {
        List<JournalEntry> all = uninterrupted().entries();
        Path dir = tmp.resolve("fallback");
        Path whole = tmp.resolve("whole-journal");
        try (StateDirJournal journal = StateDirJournal.open(dir, Long.MAX_VALUE)) {
            all.forEach(journal::append);
            Files.copy(dir.resolve(Journal.FILE), whole);
            journal.snapshotNow();
        }
        // Killed before the first new segment, and the snapshot damaged since.
        Files.copy(whole, dir.resolve(Journal.FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve(Journal.SNAPSHOT_FILE), "{\"snapshot\":1}\ngarbage\n");
        assertThat(Journal.readStateDir(dir)).isEqualTo(all);
        // The next snapshot replaces the damaged one.
        try (StateDirJournal journal = StateDirJournal.open(dir, Long.MAX_VALUE)) {
            journal.snapshotNow();
        }
        assertThat(recover(Journal.readStateDir(dir), Journal.NONE)).isEqualTo(recover(all, Journal.NONE));
    }

    @Test
    void journalWrittenBeforeSnapshotsReadsAsItAlwaysDid() throws Exception {
        List<JournalEntry> all = uninterrupted().entries();
        Path dir = Files.createDirectories(tmp.resolve("old"));
        try (Journal journal = Journal.appendingTo(dir.resolve(Journal.FILE))) {
            all.forEach(journal::append);
        }
        assertThat(Journal.readStateDir(dir)).isEqualTo(Journal.read(dir.resolve(Journal.FILE))).isEqualTo(all);
        assertThat(Journal.readStateDir(tmp.resolve("none"))).isEmpty();
    }

    private static java.util.Map<String, String> phases(WorkflowStatus status) {
        return status.nodes().stream().collect(java.util.stream.Collectors.toMap(
                n -> n.name().replace(status.workflowName(), "WF"), n -> n.phase().argoName(), (a, b) -> a,
                java.util.TreeMap::new));
    }
}
