package io.jenkins.plugins.argoworkflow.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import org.junit.jupiter.api.Test;

/** A leaf's pending reason is cleared when it moves on, as Argo's {@code assessNodeStatus} does, unless it fails. */
class PendingMessageTest {

    private static final String WORKFLOW = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: wf}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - {name: runs, template: leaf}
                  - {name: skips-running, template: leaf}
                  - {name: fails, template: leaf}
              - name: leaf
                container: {image: alpine, command: ["true"]}
            """;

    /** Reports each leaf Pending with a reason first, then what its name says. */
    private static final class PendingFirst implements NodeRuntime {
        @Override
        public void launch(LeafRequest request, NodeListener listener) {
            String node = request.nodeId();
            String name = request.nodeName();
            if (name.endsWith(".runs")) {
                listener.pending(node, "PodInitializing");
                listener.running(node, "10.0.0.1");
                listener.finished(node, LeafResult.succeeded(null));
            } else if (name.endsWith(".skips-running")) {
                listener.pending(node, "ContainerCreating");
                listener.finished(node, LeafResult.succeeded(null));
            } else {
                listener.pending(node, "ErrImagePull: pull access denied");
                listener.finished(node, new LeafResult(NodePhase.FAILED, null, null));
            }
        }

        @Override
        public void stop(String nodeId, StopReason reason) {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aPendingReasonIsClearedWhenTheLeafRunsOrSucceedsButKeptWhenItFails() {
        WorkflowStatus status = RunFixtures.run(WORKFLOW, new PendingFirst());

        assertThat(node(status, "runs").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "runs").message()).isNullOrEmpty();
        assertThat(node(status, "skips-running").message()).isNullOrEmpty();
        assertThat(node(status, "fails").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "fails").message()).isEqualTo("ErrImagePull: pull access denied");
    }

    private static NodeStatus node(WorkflowStatus status, String displayName) {
        return status.nodes().stream().filter(n -> displayName.equals(n.displayName())).findFirst().orElseThrow();
    }
}
