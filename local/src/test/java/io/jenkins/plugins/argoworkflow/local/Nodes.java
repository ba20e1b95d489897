package io.jenkins.plugins.argoworkflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Templates from YAML text, leaf requests, and a listener that records what a runtime reports. */
final class Nodes {

    private Nodes() {
    }

    /** The template named {@code name} of a workflow whose {@code templates:} list is {@code templatesYaml}. */
    static Template template(String name, String templatesYaml) {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: wf
                spec:
                  entrypoint: %s
                  templates:
                %s""".formatted(name, templatesYaml.indent(2));
        LoadedFile file = new WorkflowLoader().load("wf.yaml", yaml);
        assertThat(file.diagnostics()).as("the fixture loads").noneMatch(d -> d.isError());
        Workflow workflow = (Workflow) file.documents().get(0);
        return workflow.spec().templates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    static LeafRequest request(String nodeId, Template template) {
        return request(nodeId, template, null);
    }

    static LeafRequest request(String nodeId, Template template, Duration timeout) {
        return new LeafRequest("wf", nodeId, "wf." + nodeId, nodeId, "wf-" + nodeId, template, null, timeout,
                Map.of());
    }

    /** Runs a whole workflow (named {@code wf}) with the engine and a local runtime of {@code options}. */
    static WorkflowStatus runWorkflow(String yaml, LocalRuntimeOptions options) throws Exception {
        LoadedFile file = new WorkflowLoader().load("wf.yaml", yaml);
        assertThat(file.diagnostics()).as("the fixture loads").noneMatch(d -> d.isError());
        Workflow workflow = (Workflow) file.documents().get(0);
        try (LocalRuntime runtime = new LocalRuntime(options);
                WorkflowRun run = WorkflowRun.start(workflow, new TemplateStore(), runtime,
                        RunOptions.defaults().withName("wf"))) {
            return run.completion().get(60, TimeUnit.SECONDS);
        }
    }

    static NodeStatus node(WorkflowStatus status, String name) {
        return status.nodeByName(name).orElseThrow(() -> new AssertionError("no node " + name + "; nodes: "
                + status.nodes().stream().map(NodeStatus::name).toList()));
    }

    /** Records one node's reports; {@link #result()} waits for {@code finished} with a deadline. */
    static final class Recorder implements NodeListener {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> running = new CompletableFuture<>();
        private final CompletableFuture<LeafResult> finished = new CompletableFuture<>();
        private final AtomicInteger finishedCalls = new AtomicInteger();

        @Override
        public void running(String nodeId, String hostOrPodIp) {
            running.complete(null);
        }

        @Override
        public void log(String nodeId, String line) {
            lines.add(line);
        }

        @Override
        public void finished(String nodeId, LeafResult result) {
            finishedCalls.incrementAndGet();
            finished.complete(result);
        }

        LeafResult result() {
            try {
                LeafResult result = finished.get(30, TimeUnit.SECONDS);
                assertThat(finishedCalls).as("finished calls").hasValue(1);
                return result;
            } catch (Exception e) {
                throw new AssertionError("the node did not finish within 30 s; log: " + lines, e);
            }
        }
    }
}
