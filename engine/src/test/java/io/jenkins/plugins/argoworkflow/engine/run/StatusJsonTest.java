package io.jenkins.plugins.argoworkflow.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusJsonTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00.750Z");
    private static final Instant T1 = Instant.parse("2026-11-23T10:00:05Z");

    private static WorkflowStatus twoNodeRun() {
        WorkflowStatus status = new WorkflowStatus("hello");
        status.start(T0);
        NodeStatus root = status.add(new NodeStatus("hello", "hello", "hello", NodeType.STEPS, null, "main", null,
                "local/hello", NodePhase.RUNNING, null, T0));
        String groupName = NodeNames.stepGroup("hello", 0);
        NodeStatus group = status.add(new NodeStatus(NodeNames.nodeId("hello", groupName), groupName,
                NodeNames.displayName(groupName, "hello"), NodeType.STEP_GROUP, "hello", null, null, null,
                NodePhase.RUNNING, null, T0));
        root.addChild(group.id());
        String stepName = NodeNames.step(groupName, "say");
        NodeStatus step = status.add(new NodeStatus(NodeNames.nodeId("hello", stepName), stepName,
                NodeNames.displayName(stepName, "hello"), NodeType.POD, "hello", "whalesay", null, "local/hello",
                NodePhase.PENDING, null, T0));
        group.addChild(step.id());
        step.setInputs(new NodeIo(List.of(new NodeIo.Parameter("message", "hi")), List.of(), null, null));
        step.markPhase(NodePhase.FAILED, "Error (exit code 1)", T1);
        step.setOutputs(new NodeIo(List.of(), List.of(), "oops", "1"));
        return status;
    }

    @Test
    void writesArgosStatusShape() throws Exception {
        WorkflowStatus status = twoNodeRun();
        status.finish(WorkflowPhase.FAILED, "child 'hello-1' failed", T1);

        JsonNode json = new ObjectMapper().readTree(StatusJson.toJson(status, false));

        assertThat(json.get("phase").asText()).isEqualTo("Failed");
        assertThat(json.get("startedAt").asText()).as("seconds precision, UTC").isEqualTo("2026-11-23T10:00:00Z");
        assertThat(json.get("message").asText()).isEqualTo("child 'hello-1' failed");
        assertThat(json.get("progress").asText()).as("one pod, not done").isEqualTo("0/1");
        JsonNode step = json.get("nodes").get(NodeNames.nodeId("hello", "hello[0].say"));
        assertThat(step.get("name").asText()).isEqualTo("hello[0].say");
        assertThat(step.get("displayName").asText()).isEqualTo("say");
        assertThat(step.get("type").asText()).isEqualTo("Pod");
        assertThat(step.get("boundaryID").asText()).isEqualTo("hello");
        assertThat(step.get("finishedAt").asText()).isEqualTo("2026-11-23T10:00:05Z");
        assertThat(step.get("progress").asText()).isEqualTo("0/1");
        assertThat(step.get("inputs").toString()).isEqualTo("{\"parameters\":[{\"name\":\"message\",\"value\":\"hi\"}]}");
        assertThat(step.get("outputs").toString()).isEqualTo("{\"result\":\"oops\",\"exitCode\":\"1\"}");
        JsonNode group = json.get("nodes").get(NodeNames.nodeId("hello", "hello[0]"));
        assertThat(group.get("displayName").asText()).isEqualTo("[0]");
        assertThat(group.get("nodeFlag").toString()).as("Argo writes an empty flag on group nodes").isEqualTo("{}");
        assertThat(group.get("children")).extracting(JsonNode::asText).containsExactly(step.get("id").asText());
    }

    @Test
    void unsetTimesAreNullAndEmptyFieldsAreLeftOut() throws Exception {
        WorkflowStatus status = twoNodeRun();

        JsonNode json = new ObjectMapper().readTree(StatusJson.toJson(status, true));

        assertThat(json.get("finishedAt").isNull()).isTrue();
        assertThat(json.has("message")).isFalse();
        assertThat(json.has("outputs")).isFalse();
        JsonNode root = json.get("nodes").get("hello");
        assertThat(root.get("finishedAt").isNull()).isTrue();
        assertThat(root.has("message")).isFalse();
        assertThat(root.has("boundaryID")).isFalse();
        assertThat(root.has("nodeFlag")).isFalse();
        assertThat(root.fieldNames()).toIterable().containsSubsequence("id", "name", "displayName", "type",
                "templateName", "templateScope", "phase", "startedAt", "finishedAt", "children");
    }
}
