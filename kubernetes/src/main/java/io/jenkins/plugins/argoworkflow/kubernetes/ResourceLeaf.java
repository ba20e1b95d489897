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
        String manifest;
        try {
            manifest = manifest(r);
        } catch (ArtifactException e) {
            return LeafResult.error(e.getMessage());
        }
        KubectlFlags flags = KubectlFlags.parse(request.template().name(), r.flags());
        if (manifest.isBlank() && !flags.namesObject()) {
            return LeafResult.error("Must provide at least one of flags or manifest.");
        }
        String action = r.action() == null ? "" : r.action();
        if ("patch".equals(action) && (flags.namesObject() || "json".equals(r.mergeStrategy()))) {
            return patchNamed(r, manifest, flags);
        }
        GenericKubernetesResource object = Serialization.unmarshal(manifest, GenericKubernetesResource.class);
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
        if (flags.namespace() != null) {
            object.getMetadata().setNamespace(flags.namespace());
        }
        listener.running(request.nodeId(), null);
        ownerReference(r);
        GenericKubernetesResource acted = switch (action) {
            case "get" -> client.resource(object).get();
            case "create" -> client.resource(object).create();
            case "apply" -> client.resource(object).createOr(NonDeletingOperation::update);
            case "replace" -> client.resource(object).update();
            case "patch" -> patch(client.resource(object), r.mergeStrategy());
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
        return awaitConditions(r, acted, success, failure);
    }

    /** Reads the object every poll interval until a condition decides, then its output parameters. */
    private LeafResult awaitConditions(ResourceTemplate r, GenericKubernetesResource acted,
            List<ResourceConditions.Requirement> success, List<ResourceConditions.Requirement> failure)
            throws InterruptedException {
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
                            + " Will not be retried: " + acted.getKind() + " " + acted.getMetadata().getName());
                }
                json = Serialization.jsonMapper().valueToTree(now);
            }
        }
        return LeafResult.succeeded(outputs(json));
    }

    /** kubectl patch's {@code --type}: strategic (the default), merge or json. */
    private static PatchType patchType(String mergeStrategy) {
        return switch (mergeStrategy == null || mergeStrategy.isEmpty() ? "strategic" : mergeStrategy) {
            case "strategic" -> PatchType.STRATEGIC_MERGE;
            case "merge" -> PatchType.JSON_MERGE;
            case "json" -> PatchType.JSON;
            default -> throw new IllegalArgumentException("resource patch with mergeStrategy '" + mergeStrategy
                    + "' is unknown; use strategic, merge or json");
        };
    }

    /** Patches with the object itself as the patch; a server without strategic merge for it is named. */
    private GenericKubernetesResource patch(Resource<GenericKubernetesResource> target, String mergeStrategy) {
        try {
            return target.patch(PatchContext.of(patchType(mergeStrategy)));
        } catch (KubernetesClientException e) {
            throw unsupportedMediaType(e, mergeStrategy);
        }
    }

    /**
     * kubectl's {@code patch <resource> <name> --patch-file <manifest>}, the form Argo runs when flags name the
     * object (a JSON patch always): the manifest is the patch itself (a JSON patch is a list of operations).
     */
    private LeafResult patchNamed(ResourceTemplate r, String manifest, KubectlFlags flags) throws InterruptedException {
        if (!flags.namesObject()) {
            return LeafResult.error("resource template '" + request.template().name() + "': a JSON patch names the"
                    + " object it patches in flags, as kubectl patch does: flags: [<resource>, <name>]");
        }
        io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext type = flags.resolve(client);
        String ns = flags.namespace() != null ? flags.namespace() : namespace;
        var resources = client.genericKubernetesResources(type);
        Resource<GenericKubernetesResource> target = type.isNamespaceScoped()
                ? resources.inNamespace(ns).withName(flags.name()) : resources.withName(flags.name());
        String patch;
        try {
            patch = Serialization.jsonMapper().writeValueAsString(Serialization.yamlMapper().readTree(manifest));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return LeafResult.error("resource template '" + request.template().name() + "': the patch is not YAML or"
                    + " JSON: " + e.getOriginalMessage());
        }
        listener.running(request.nodeId(), null);
        ownerReference(r);
        GenericKubernetesResource acted;
        try {
            acted = target.patch(PatchContext.of(patchType(r.mergeStrategy())), patch);
        } catch (KubernetesClientException e) {
            throw unsupportedMediaType(e, r.mergeStrategy());
        }
        listener.log(request.nodeId(), type.getKind().toLowerCase(java.util.Locale.ROOT) + "/" + flags.name()
                + " patched");
        return awaitConditions(r, acted, ResourceConditions.parse(r.successCondition()),
                ResourceConditions.parse(r.failureCondition()));
    }

    private static KubernetesClientException unsupportedMediaType(KubernetesClientException e, String mergeStrategy) {
        if (e.getCode() != 415) {
            return e;
        }
        return new KubernetesClientException("the API server refused a " + (mergeStrategy == null
                || mergeStrategy.isEmpty() ? "strategic" : mergeStrategy) + " merge patch (415 Unsupported Media"
                + " Type); custom resources take no strategic merge patch: set mergeStrategy: merge (or json)", e);
    }

    /** The manifest: {@code manifest}, else the input artifact {@code manifestFrom} names. */
    private String manifest(ResourceTemplate r) throws ArtifactException, InterruptedException {
        if (r.manifestFromArtifact() == null) {
            return r.manifest() == null ? "" : r.manifest();
        }
        java.nio.file.Path scratch = null;
        try {
            scratch = java.nio.file.Files.createTempDirectory("argowf-manifest-");
            return InputArtifacts.text(request, r.manifestFromArtifact(), request.artifactStore(), scratch);
        } catch (java.io.IOException e) {
            throw new ArtifactException("artifact " + r.manifestFromArtifact() + " failed to load: " + e.getMessage());
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * Argo makes the Workflow object the owner of what the template creates, so that deleting the workflow
     * deletes it. argowf keeps no Workflow object in the cluster to own anything: the object is created without
     * an owner, and the node's log says so.
     */
    private void ownerReference(ResourceTemplate r) {
        if (r.setOwnerReference()) {
            listener.log(request.nodeId(), "argowf: setOwnerReference ignored: argowf keeps no Workflow object in the"
                    + " cluster to own the resource; it stays after the run until deleted");
        }
    }

    private static void deleteTree(java.nio.file.Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        } catch (java.io.IOException e) {
            System.getLogger(ResourceLeaf.class.getName()).log(System.Logger.Level.WARNING,
                    "could not remove " + dir + ": " + e);
        }
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
