package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The pod a template runs as, with given inputs, without a cluster ({@code argowf pod}, golden files). The
 * template is run as the workflow's entrypoint with the inputs as workflow arguments (Argo hands those to the
 * entrypoint's inputs), by the real engine, so that every {@code {{...}}} is substituted as in a run; the
 * first leaf the engine launches is captured instead of run.
 */
public final class PodPreview {

    /** The clock of previews, so that {@code {{workflow.creationTimestamp}}} and the like do not vary. */
    public static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private PodPreview() {
    }

    /**
     * @param workflow the workflow that holds (or references) the template
     * @param template the template to preview; a container or script template
     * @param parameters input values by name
     */
    public static Pod of(Workflow workflow, TemplateStore store, String template, Map<String, String> parameters,
            PodSettings settings) throws InterruptedException {
        return new PodManifest(settings).build(leaf(workflow, store, template, parameters));
    }

    /** The leaf request the engine makes for {@code template} run with {@code parameters}. */
    public static LeafRequest leaf(Workflow workflow, TemplateStore store, String template,
            Map<String, String> parameters) throws InterruptedException {
        List<Parameter> args = new ArrayList<>();
        parameters.forEach((k, v) -> args.add(new Parameter(k, null, v, null, null, List.of(), null,
                workflow.location())));
        WorkflowSpec spec = workflow.spec().withEntrypoint(template).withArguments(new Arguments(args, List.of()));
        Workflow preview = new Workflow(workflow.apiVersion(), workflow.metadata(), spec, workflow.source(),
                workflow.location());
        Capture capture = new Capture();
        RunOptions options = new RunOptions(name(workflow), Clock.fixed(EPOCH, ZoneOffset.UTC), null);
        try (WorkflowRun run = WorkflowRun.start(preview, store, capture, options)) {
            CompletableFuture.anyOf(capture.request, run.completion()).get();
            if (capture.request.isDone() && capture.request.get().nodeName().equals(options.workflowName())) {
                return capture.request.get();
            }
            if (capture.request.isDone()) {
                // The entrypoint's first leaf is not the template itself: the template only calls others.
                String type = spec.template(template).map(t -> String.valueOf(t.type())).orElse("calling");
                throw new PodBuildException("template '" + template + "' is a " + type
                        + " template; the kubernetes runtime runs container and script templates");
            }
            WorkflowStatus status = run.completion().get();
            throw new PodBuildException("template '" + template + "' runs no pod of its own"
                    + (status.message() == null ? "" : ": " + status.message()));
        } catch (ExecutionException e) {
            throw new IllegalStateException("the preview run failed unexpectedly", e.getCause());
        }
    }

    /** The workflow's name; for a {@code generateName} workflow the prefix and {@code preview}, fixed. */
    static String name(Workflow workflow) {
        String name = workflow.metadata().name();
        if (name != null && !name.isEmpty()) {
            return name;
        }
        String prefix = workflow.metadata().generateName();
        return (prefix == null ? "workflow-" : prefix) + "preview";
    }

    /** A runtime that keeps the first leaf it is given and ends every leaf at once. */
    private static final class Capture implements NodeRuntime {
        final CompletableFuture<LeafRequest> request = new CompletableFuture<>();

        @Override
        public void launch(LeafRequest leaf, NodeListener listener) {
            request.complete(leaf);
            listener.finished(leaf.nodeId(), LeafResult.error("previewed, not run"));
        }

        @Override
        public void stop(String nodeId, StopReason reason) {
            // Leaves end as soon as they are launched: nothing is ever running.
        }

        @Override
        public void close() {
            // Holds nothing.
        }
    }
}
