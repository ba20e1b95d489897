package io.jenkins.plugins.argoworkflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.cli.run.LiveTree;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live node tree on a terminal: drawn in place below the logs, at most every 200 ms. */
class LiveTreeTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = T0;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final StringWriter out = new StringWriter();
    private final TestClock clock = new TestClock();
    private final LiveTree tree = new LiveTree(new PrintWriter(out, true), clock, 30);

    private static NodeStatus node(String id, String name, String boundary, NodeType type, NodePhase phase) {
        return new NodeStatus(id, name, name, type, boundary, "t", null, null, phase, null, T0);
    }

    @Test
    void treeIsRedrawnInPlaceBelowTheLogsWithDurationsUpToNow() {
        NodeStatus root = node("wf", "wf", null, NodeType.STEPS, NodePhase.RUNNING);
        NodeStatus leaf = node("wf-1", "build", "wf", NodeType.POD, NodePhase.RUNNING);
        tree.nodeChanged(root);
        String first = out.toString();
        assertThat(first).contains("● wf").doesNotContain("\u001b[");

        clock.advance(Duration.ofMillis(100));
        tree.nodeChanged(leaf);
        tree.log(leaf, "compiling");
        assertThat(out.toString()).as("not redrawn within 200 ms").isEqualTo(first);

        clock.advance(Duration.ofSeconds(65));
        leaf.markPhase(NodePhase.SUCCEEDED, null, T0.plusSeconds(3));
        tree.nodeChanged(leaf);
        String redrawn = out.toString().substring(first.length());
        assertThat(redrawn).startsWith("\u001b[" + first.lines().count() + "F\u001b[J" + "build: compiling");
        assertThat(redrawn).contains("● wf").containsPattern("✔ build\\s+t\\s+3s");
        assertThat(redrawn.lines().filter(l -> l.contains("● wf")).findFirst().orElseThrow()).contains("1m5s");

        tree.finished(new WorkflowStatus("wf"));
        assertThat(out.toString()).endsWith("\u001b[" + (redrawn.lines().count() - 1) + "F\u001b[J");
    }

    @Test
    void aTallTreeKeepsToItsHeight() {
        LiveTree small = new LiveTree(new PrintWriter(out, true), clock, 10);
        small.nodeChanged(node("wf", "wf", null, NodeType.DAG, NodePhase.RUNNING));
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofSeconds(1));
            small.nodeChanged(node("n" + i, "task-" + i, "wf", NodeType.POD, NodePhase.RUNNING));
        }
        String last = out.toString().substring(out.toString().lastIndexOf("\u001b[J") + 3);
        assertThat(last.lines()).hasSize(10).contains("  ... 43 more above");
        assertThat(last).contains("task-49").doesNotContain("task-10 ");
    }

    @Test
    void drawsOnATerminalUnlessToldOtherwise() {
        assertThat(LiveTree.wanted(Map.of("TERM", "xterm-256color"), true)).isTrue();
        assertThat(LiveTree.wanted(Map.of("TERM", "dumb"), true)).isFalse();
        assertThat(LiveTree.wanted(Map.of("TERM", "xterm"), false)).isFalse();
        assertThat(LiveTree.wanted(Map.of("ARGOWF_PROGRESS", "tree"), false)).isTrue();
        assertThat(LiveTree.wanted(Map.of("TERM", "xterm", "ARGOWF_PROGRESS", "plain"), true)).isFalse();
    }
}
