package io.jenkins.plugins.argoworkflow.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NodeStatusTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static NodeStatus pod(NodePhase phase) {
        return new NodeStatus("wf-1", "wf[0].a", "a", NodeType.POD, "wf", "t", null, null, phase, null, T0);
    }

    @Test
    void finishedAtIsSetTheFirstTimeTheNodeIsFulfilled() {
        NodeStatus node = pod(NodePhase.PENDING);
        node.markPhase(NodePhase.RUNNING, null, T0.plusSeconds(1));
        assertThat(node.finishedAt()).isNull();
        node.markPhase(NodePhase.FAILED, "exit 1", T0.plusSeconds(2));
        node.markPhase(NodePhase.ERROR, null, T0.plusSeconds(3));
        assertThat(node.finishedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(node.message()).as("a null message keeps the last one").isEqualTo("exit 1");
    }

    @Test
    void aNodeCreatedFulfilledFinishesWhenItStarts() {
        assertThat(pod(NodePhase.SKIPPED).finishedAt()).isEqualTo(T0);
        assertThat(pod(NodePhase.OMITTED).finishedAt()).isEqualTo(T0);
    }

    @Test
    void phasesFollowArgosSets() {
        assertThat(NodePhase.SKIPPED.fulfilled()).isTrue();
        assertThat(NodePhase.SKIPPED.completed()).isFalse();
        assertThat(NodePhase.ERROR.failedOrError()).isTrue();
        assertThat(NodePhase.fromArgoName("Omitted")).isEqualTo(NodePhase.OMITTED);
        assertThatThrownBy(() -> NodePhase.fromArgoName("Done")).hasMessageContaining("unknown node phase");
    }

    @Test
    void aNodeIdIsAddedOnceAndFoundByName() {
        WorkflowStatus status = new WorkflowStatus("wf");
        NodeStatus node = new NodeStatus(NodeNames.nodeId("wf", "wf[0].a"), "wf[0].a", "a", NodeType.POD, "wf", "t",
                null, null, NodePhase.PENDING, null, T0);
        status.add(node);
        assertThatThrownBy(() -> status.add(node)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exists already");
        assertThat(status.nodeByName("wf[0].a")).containsSame(node);
        assertThat(status.nodeByName("wf[0].b")).isEmpty();
    }

    @Test
    void aChildIsListedOnceInTheOrderAddedWhetherTheNodeHasFewOrManyChildren() {
        NodeStatus node = pod(NodePhase.RUNNING);
        for (int i = 0; i < 20; i++) {
            node.addChild("c" + i);
            node.addChild("c" + (i / 2));
        }
        assertThat(node.children()).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 20).mapToObj(i -> "c" + i).toList());
    }
}
