package io.jenkins.plugins.argoworkflow.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScriptedRuntimeTest {

    private static final Template SAY = ((Workflow) new WorkflowLoader().load("t.yaml", """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: t}
            spec:
              entrypoint: say
              templates:
              - name: say
                container: {image: alpine, command: [echo]}
            """).documents().get(0)).spec().templates().get(0);

    /** Records reports and completes when the node finishes. */
    private static final class Recorder implements NodeListener {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final CompletableFuture<LeafResult> done = new CompletableFuture<>();

        @Override
        public void running(String nodeId, String ip) {
        }

        @Override
        public void log(String nodeId, String line) {
            lines.add(line);
        }

        @Override
        public void finished(String nodeId, LeafResult result) {
            done.complete(result);
        }
    }

    private static LeafRequest request(String nodeName) {
        return new LeafRequest("t", "t-1", nodeName, "say", "t-say-1", SAY, null, null, Map.of());
    }

    @Test
    void aScriptedFailureEndsFailedWithArgosMessageAndKeepsOutputs() throws Exception {
        try (ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("say", new ScriptedRuntime.Outcome(3, "partial\n", Map.of("p", "v"), Duration.ZERO, null))) {
            Recorder r = new Recorder();
            runtime.launch(request("t[0].a"), r);

            LeafResult result = r.done.get(5, TimeUnit.SECONDS);
            assertThat(result.phase()).isEqualTo(NodePhase.FAILED);
            assertThat(result.message()).isEqualTo("main: Error (exit code 3)");
            assertThat(result.outputs().result()).isEqualTo("partial");
            assertThat(result.outputs().exitCode()).isEqualTo("3");
            assertThat(result.outputs().parameters()).extracting(p -> p.name() + "=" + p.value()).containsExactly("p=v");
            assertThat(r.lines).containsExactly("partial");
        }
    }

    @Test
    void aNodeScriptWinsOverItsTemplatesAndDelayedNodesCanBeStopped() throws Exception {
        try (ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("say", ScriptedRuntime.Outcome.print("hi").after(Duration.ofMinutes(5)))
                .onNode("t[0].b", ScriptedRuntime.Outcome.error("pod deleted"))) {
            Recorder b = new Recorder();
            runtime.launch(request("t[0].b"), b);
            assertThat(b.done.get(5, TimeUnit.SECONDS)).isEqualTo(LeafResult.error("pod deleted"));

            Recorder a = new Recorder();
            runtime.launch(request("t[0].a"), a);
            assertThat(a.done).isNotDone();
            runtime.stop("t-1", NodeRuntime.StopReason.DEADLINE);
            LeafResult stopped = a.done.get(5, TimeUnit.SECONDS);
            assertThat(stopped.phase()).isEqualTo(NodePhase.FAILED);
            assertThat(stopped.message()).isEqualTo("Step exceeded its deadline");
            assertThat(runtime.launched()).extracting(LeafRequest::nodeName).containsExactly("t[0].b", "t[0].a");
        }
    }
}
