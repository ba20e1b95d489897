package io.jenkins.plugins.argoworkflow.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.ResourceTemplate;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One {@code resource} node, run by the controller itself with its own client (Argo runs {@code kubectl} in
 * a pod under the workflow's service account): the action on the manifest's object, then, when the template
 * has conditions, the object read every poll interval until the failure condition holds (Failed) or every
 * success requirement does (Succeeded), then the {@code jsonPath} output parameters read from it.
 */
final class ResourceLeaf {

    private final KubernetesClient client;
    private final String namespace;
    private final LeafRequest request;
    private final NodeListener listener;
    private final Duration poll;
    private final AtomicBoolean done = new AtomicBoolean();

    ResourceLeaf(KubernetesClient client, String namespace, LeafRequest request, NodeListener listener, Duration poll) {
        this.client = client;
        this.namespace = namespace;
        this.request = request;
        this.listener = listener;
        this.poll = poll;
    }

    /** Runs the node to its end; on its own thread, interrupted when the node is stopped. */
    void run() {
        try {
            finish(execute());
        } catch (KubernetesClientException | IllegalArgumentException e) {
            finish(LeafResult.error(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(LeafResult.error("the resource node was stopped"));
        }
    }

    /** Ends the node now (stopped, or the runtime closes); a later end is ignored. */
    void finish(LeafResult result) {
        if (done.compareAndSet(false, true)) {
            listener.finished(request.nodeId(), result);
        }
    }

    private LeafResult execute() throws InterruptedException {
        ResourceTemplate r = request.template().resource();
        if (r.manifest() == null || r.manifest().isBlank()) {
            return LeafResult.error("resource template '" + request.template().name() + "': argowf runs resource"
                    + " templates from their manifest only (not manifestFrom or flags alone)");
        }
        GenericKubernetesResource object = Serialization.unmarshal(r.manifest(), GenericKubernetesResource.class);
        if (object == null || object.getKind() == null || object.getMetadata() == null
                || object.getMetadata().getName() == null && object.getMetadata().getGenerateName() == null) {
            return LeafResult.error("Kind and name are both required but at least one of them is missing from the"
                    + " manifest");
        }
        if (object.getMetadata().getNamespace() == null) {
            object.getMetadata().setNamespace(namespace);
        }
        List<ResourceConditions.Requirement> success = ResourceConditions.parse(r.successCondition());
        List<ResourceConditions.Requirement> failure = ResourceConditions.parse(r.failureCondition());
        listener.running(request.nodeId(), null);
        String action = r.action() == null ? "" : r.action();
        GenericKubernetesResource acted = switch (action) {
            case "get" -> client.resource(object).get();
            case "create" -> client.resource(object).create();
            case "apply" -> client.resource(object).createOr(NonDeletingOperation::update);
            case "replace" -> client.resource(object).update();
            case "patch" -> client.resource(object).patch(PatchContext.of(patchType(r.mergeStrategy())));
            case "delete" -> {
                client.resource(object).delete();
                yield null;
            }
            default -> throw new IllegalArgumentException("resource action '" + action + "' is not run by argowf"
                    + " yet; it runs get, create, apply, replace, patch and delete");
        };
        if ("delete".equals(action)) {
            return LeafResult.succeeded(NodeIo.EMPTY);
        }
        if (acted == null) {
            return LeafResult.error(object.getKind() + " " + object.getMetadata().getName() + " not found in namespace "
                    + object.getMetadata().getNamespace());
        }
        listener.log(request.nodeId(), object.getKind().toLowerCase(java.util.Locale.ROOT) + "/"
                + acted.getMetadata().getName() + " " + action);
        Resource<GenericKubernetesResource> handle = client.resource(acted);
        JsonNode json = Serialization.jsonMapper().valueToTree(acted);
        if (!success.isEmpty() || !failure.isEmpty()) {
            while (true) {
                for (ResourceConditions.Requirement req : failure) {
                    if (req.matches(json)) {
                        return new LeafResult(NodePhase.FAILED, "failure condition '" + req + "' evaluated true",
                                NodeIo.EMPTY);
                    }
                }
                JsonNode current = json;
                if (success.stream().allMatch(req -> req.matches(current))) {
                    break;
                }
                Thread.sleep(poll.toMillis());
                GenericKubernetesResource now = handle.get();
                if (now == null) {
                    return LeafResult.error("The resource has been deleted while its status was still being checked."
                            + " Will not be retried: " + object.getKind() + " " + acted.getMetadata().getName());
                }
                json = Serialization.jsonMapper().valueToTree(now);
            }
        }
        return LeafResult.succeeded(outputs(json));
    }

    /** kubectl patch's {@code --type}: strategic (the default) or merge; a JSON patch needs flags argowf does not run. */
    private static PatchType patchType(String mergeStrategy) {
        return switch (mergeStrategy == null || mergeStrategy.isEmpty() ? "strategic" : mergeStrategy) {
            case "strategic" -> PatchType.STRATEGIC_MERGE;
            case "merge" -> PatchType.JSON_MERGE;
            default -> throw new IllegalArgumentException("resource patch with mergeStrategy '" + mergeStrategy
                    + "' is not run by argowf yet; use strategic or merge");
        };
    }

    private NodeIo outputs(JsonNode json) {
        List<NodeIo.Parameter> params = new ArrayList<>();
        for (Parameter p : request.template().outputs().parameters()) {
            if (p.valueFrom() == null || p.valueFrom().jsonPath() == null) {
                continue;
            }
            JsonNode value = ResourceConditions.lookup(json, jsonPath(p.valueFrom().jsonPath()));
            if (value == null || value.isMissingNode()) {
                throw new IllegalArgumentException("output parameter '" + p.name() + "': jsonPath "
                        + p.valueFrom().jsonPath() + " finds nothing in the object");
            }
            params.add(new NodeIo.Parameter(p.name(), ResourceConditions.text(value)));
        }
        return new NodeIo(params, List.of(), null, null);
    }

    /** kubectl's {@code {.status.x[0].y}} as a dotted path ({@code status.x.0.y}). */
    static String jsonPath(String expression) {
        String path = expression.trim();
        if (path.startsWith("{") && path.endsWith("}")) {
            path = path.substring(1, path.length() - 1);
        }
        path = path.replaceAll("\\[(\\d+)]", ".$1");
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
