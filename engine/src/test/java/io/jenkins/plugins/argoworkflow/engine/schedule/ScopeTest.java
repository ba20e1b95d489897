package io.jenkins.plugins.argoworkflow.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00.750Z");

    private static NodeStatus node(String id, NodePhase phase) {
        return new NodeStatus(id, "wf.a", "a", NodeType.POD, "wf", "t", null, null, phase, null, T0);
    }

    @Test
    void aFinishedNodeOffersItsIdStatusAndTimesToTheSecondAsTheyWereWhenPut() {
        NodeStatus a = node("wf-1", NodePhase.RUNNING);
        a.markPhase(NodePhase.SUCCEEDED, null, T0.plusSeconds(2));
        Scope scope = new Scope(null).putNode("tasks.a", a);
        a.markPhase(NodePhase.ERROR, null, T0.plusSeconds(5));

        assertThat(scope.get("tasks.a.id")).isEqualTo("wf-1");
        assertThat(scope.get("tasks.a.status")).isEqualTo("Succeeded");
        assertThat(scope.get("tasks.a.startedAt")).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(scope.get("tasks.a.finishedAt")).isEqualTo("2026-11-23T10:00:02Z");
        assertThat(scope.contains("tasks.a.status")).isTrue();
        assertThat(scope.contains("tasks.b.status")).isFalse();
        assertThat(scope.contains("tasks.a.outputs.parameters.status")).isFalse();
        assertThat(scope.flat()).containsOnlyKeys("tasks.a.id", "tasks.a.status", "tasks.a.startedAt",
                "tasks.a.finishedAt");
    }

    @Test
    void anUnfinishedNodeHasNoFinishedAt() {
        Scope scope = new Scope(null).putNode("steps.a", node("wf-2", NodePhase.RUNNING));
        assertThat(scope.contains("steps.a.finishedAt")).isFalse();
        assertThat(scope.get("steps.a.finishedAt")).isNull();
        assertThat(scope.flat()).doesNotContainKey("steps.a.finishedAt").containsEntry("steps.a.status", "Running");
    }

    @Test
    void nearerLayersAndNamesPutOneByOneWin() {
        Scope outer = new Scope(null).putNode("tasks.a", node("wf-1", NodePhase.SUCCEEDED));
        Scope inner = outer.child().put("tasks.a.status", "Failed");
        assertThat(inner.get("tasks.a.status")).isEqualTo("Failed");
        assertThat(inner.get("tasks.a.id")).isEqualTo("wf-1");
        assertThat(inner.flat()).containsEntry("tasks.a.status", "Failed");
        Scope same = new Scope(null).put("tasks.a.id", "mine").putNode("tasks.a", node("wf-1", NodePhase.SUCCEEDED));
        assertThat(same.get("tasks.a.id")).isEqualTo("mine");
        assertThat(same.flat()).containsEntry("tasks.a.id", "mine");
    }
}
