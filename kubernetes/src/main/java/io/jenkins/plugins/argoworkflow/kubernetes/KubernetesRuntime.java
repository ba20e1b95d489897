package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.PodResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoint;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeListener;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.SecretMask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs leaf nodes as pods ({@link PodManifest}) through fabric8. One shared informer on the namespace,
 * selected by the {@code argo-workflow/run} label, feeds every node of every run: no request per pod to
 * follow it. Per leaf the runtime makes: the pod's create, one streaming read of main's log, the delete
 * after it ends, and an exec into {@code wait} only when the outputs are too big for main's termination
 * message; per run, one read of each Secret its pods reference, whose values its logs show masked.
 */
public final class KubernetesRuntime implements NodeRuntime {

    static final String RUN_LABEL = "argo-workflow/run";
    /** The kubelet's default grace between SIGTERM and SIGKILL, for stop and deadline. */
    private static final long STOP_GRACE_SECONDS = 30;

    private final KubernetesClient client;
    /** Whether {@link #close} closes the client too (it does when this runtime made it). */
    private final boolean ownsClient;
    private final PodSettings settings;
    private final KubernetesRuntimeOptions options;
    /** Resource nodes under way, by node ID. */
    private final Map<String, ResourceRun> resources = new ConcurrentHashMap<>();
    private final PodManifest manifest;
    private final Map<String, LeafPod> byPod = new ConcurrentHashMap<>();
    private final Map<String, LeafPod> byNode = new ConcurrentHashMap<>();
    private final ExecutorService io;
    private final VolumeClaims claims;
    /** The secret values each run's node logs are masked with. */
    private final LogMasks masks;
    /** Runs' cleanups still under way, which {@link #close} waits for. */
    private final List<Future<?>> cleanups = new java.util.concurrent.CopyOnWriteArrayList<>();
    private SharedIndexInformer<Pod> informer;
    /** Relists the run pods now and then, so that no pod's end is missed across an API outage. */
    private final PodResync resync;
    /** Creates and deletes retried while the API server is away or pushes back. */
    private final ApiRetry retry;
    /** The artifact repository of runs that name none, or null (their artifacts then err the node). */
    private volatile ArtifactStore defaultArtifactStore;
    /** Pods whose podGC deleteDelayDuration is under way, by name. */
    private final Map<String, java.util.concurrent.ScheduledFuture<?>> delayed = new ConcurrentHashMap<>();
    private final java.util.concurrent.ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "argowf-kubernetes-podgc");
        t.setDaemon(true);
        return t;
    });

    /** A runtime over {@code client}, which stays open after {@link #close} (Jenkins owns its clients). */
    public KubernetesRuntime(KubernetesClient client, PodSettings settings) {
        this(client, settings, KubernetesRuntimeOptions.DEFAULTS);
    }

    /** A runtime over {@code client} with {@code options}; the client stays open after {@link #close}. */
    public KubernetesRuntime(KubernetesClient client, PodSettings settings, KubernetesRuntimeOptions options) {
        this(client, settings, options, false);
    }

    private KubernetesRuntime(KubernetesClient client, PodSettings settings, KubernetesRuntimeOptions options,
            boolean ownsClient) {
        this.options = options;
        this.ownsClient = ownsClient;
        this.client = client;
        this.settings = settings;
        this.manifest = new PodManifest(settings);
        this.resync = new PodResync(() -> pods().withLabel(RUN_LABEL).list().getItems(), byPod::values);
        this.retry = ApiRetry.standard(resync::soon);
        this.claims = new VolumeClaims(client, settings.namespace(), retry);
        this.masks = new LogMasks(client, settings.namespace(), retry);
        AtomicInteger threads = new AtomicInteger();
        this.io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "argowf-kubernetes-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A resource node and the thread that runs it. */
    private record ResourceRun(ResourceLeaf leaf, Future<?> work) {
    }

    /** This runtime takes resource templates, and refuses them node by node unless its options allow them. */
    @Override
    public boolean runsResourceTemplates() {
        return true;
    }

    /**
     * Keeps the artifacts of runs that name no repository ({@code RunOptions.artifactStore}) in {@code store}:
     * {@code argowf run} gives a directory in its work or state directory, as the local runtime keeps.
     */
    public void setDefaultArtifactStore(ArtifactStore store) {
        this.defaultArtifactStore = store;
    }

    /** {@code request} with the default artifact repository when it names none. */
    private LeafRequest withStore(LeafRequest request) {
        ArtifactStore store = defaultArtifactStore;
        if (request.artifactStore() != null || store == null) {
            return request;
        }
        return new LeafRequest(request.workflowName(), request.nodeId(), request.nodeName(), request.displayName(),
                request.podName(), request.template(), request.inputs(), request.timeout(), request.labels(),
                request.workflowVolumes(), store, request.workflowSpec());
    }

    @Override
    public void launch(LeafRequest original, NodeListener listener) {
        LeafRequest request = withStore(original);
        if (request.template().resource() != null) {
            launchResource(request, listener);
            return;
        }
        Pod pod;
        try {
            pod = manifest.build(request);
        } catch (PodBuildException e) {
            listener.finished(request.nodeId(), LeafResult.error(e.getMessage()));
            return;
        }
        LeafPod leaf = new LeafPod(this, request, listener, pod.getMetadata().getName(), LogMasks.referenced(pod));
        byPod.put(leaf.podName(), leaf);
        byNode.put(request.nodeId(), leaf);
        io.execute(() -> {
            String noInputs = leaf.prepareInputs();
            if (noInputs != null) {
                leaf.failBeforePod(noInputs);
                return;
            }
            try {
                claims.ensure(request.workflowName(), request.workflowSpec(), pod);
            } catch (KubernetesClientException e) {
                leaf.fail("the persistent volume claims of pod " + leaf.podName() + " could not be created in"
                        + " namespace " + settings.namespace() + ": " + e.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                leaf.fail("the runtime was closed before pod " + leaf.podName() + " was created");
                return;
            }
            try {
                create(leaf, pod);
            } catch (KubernetesClientException e) {
                leaf.fail("pod " + leaf.podName() + " could not be created in namespace " + settings.namespace()
                        + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                leaf.fail("the runtime was closed before pod " + leaf.podName() + " was created");
            }
        });
    }

    /**
     * Creates the leaf's pod, retrying while the API server is away; an AlreadyExists answer for a pod with
     * this node's identity labels means an earlier attempt did create it (its answer was lost): created.
     */
    private void create(LeafPod leaf, Pod pod) throws InterruptedException {
        String what = "creating pod " + leaf.podName();
        try {
            retry.call(what, () -> {
                watchNamespace();
                return pods().resource(pod).create();
            });
        } catch (KubernetesClientException e) {
            if (!ApiRetry.alreadyExists(e)) {
                throw e;
            }
            Pod there = retry.call(what, () -> pod(leaf.podName()).get());
            Map<String, String> labels = there == null || there.getMetadata().getLabels() == null ? Map.of()
                    : there.getMetadata().getLabels();
            if (there == null || !labels.entrySet().containsAll(leaf.request().labels().entrySet())) {
                throw new KubernetesClientException("a pod of that name exists and is not this node's (its labels: "
                        + labels + "); delete it, or run the workflow under another name", e.getCode(), e.getStatus());
            }
        }
        leaf.markCreated();
        Long grace = leaf.stopGrace();
        if (grace != null) {
            // Stopped while its create was still being retried: the stop's delete may have come first.
            delete(leaf.podName(), grace);
        }
    }

    /**
     * Finds the leaf's pod again by its identity labels ({@code argo-workflow/run}, {@code argo-workflow/node})
     * and reports on it as if this runtime had created it: no second pod. No pod: the node was lost.
     */
    @Override
    public void adopt(LeafRequest original, NodeListener listener) {
        LeafRequest request = withStore(original);
        if (request.labels().isEmpty()) {
            NodeRuntime.super.adopt(request, listener);
            return;
        }
        io.execute(() -> {
            List<Pod> found;
            try {
                watchNamespace();
                found = pods().withLabels(request.labels()).list().getItems();
            } catch (KubernetesClientException e) {
                listener.finished(request.nodeId(), LeafResult.error(LOST + " (the pods of namespace "
                        + settings.namespace() + " could not be listed: " + e.getMessage() + ")"));
                return;
            }
            if (found.isEmpty()) {
                NodeRuntime.super.adopt(request, listener);
                return;
            }
            String name = found.get(0).getMetadata().getName();
            LeafPod leaf = new LeafPod(this, request, listener, name, LogMasks.referenced(found.get(0)));
            leaf.markCreated();
            // An init still waiting for its inputs gets them from this controller (from the run's store again).
            String noInputs = leaf.prepareInputs();
            if (noInputs != null) {
                listener.finished(request.nodeId(), LeafResult.error(noInputs));
                return;
            }
            byPod.put(name, leaf);
            byNode.put(request.nodeId(), leaf);
            // Events before the leaf was known went unseen: start from the pod as it is now.
            Pod now;
            try {
                now = pod(name).get();
            } catch (KubernetesClientException e) {
                now = found.get(0);
            }
            if (now == null) {
                leaf.deleted();
            } else {
                leaf.observe(now);
            }
        });
    }

    private void launchResource(LeafRequest request, NodeListener listener) {
        if (!options.allowResourceTemplates()) {
            listener.finished(request.nodeId(), LeafResult.error("resource template '" + request.template().name()
                    + "' refused: resource templates act on the cluster with the controller's own credentials;"
                    + " an operator allows them with the Kubernetes runtime's "
                    + KubernetesRuntimeOptions.ALLOW_RESOURCE_TEMPLATES + " setting"));
            return;
        }
        ResourceLeaf leaf = new ResourceLeaf(client, settings.namespace(), request, listener,
                options.resourcePollInterval());
        java.util.concurrent.FutureTask<Void> work = new java.util.concurrent.FutureTask<>(() -> {
            try {
                leaf.run();
            } finally {
                resources.remove(request.nodeId());
            }
            return null;
        });
        resources.put(request.nodeId(), new ResourceRun(leaf, work));
        io.execute(work);
    }

    @Override
    public void stop(String nodeId, StopReason reason) {
        ResourceRun resource = resources.remove(nodeId);
        if (resource != null) {
            resource.work().cancel(true);
            resource.leaf().finish(LeafResult.error("the resource node was stopped"));
            return;
        }
        LeafPod leaf = byNode.get(nodeId);
        if (leaf != null) {
            // The kubelet sends SIGTERM to each container's first process: emissary.sh passes it to the command.
            long grace = reason == StopReason.TERMINATE ? 0 : STOP_GRACE_SECONDS;
            leaf.markStopped(grace);
            io.execute(() -> delete(leaf.podName(), grace));
        }
    }

    /**
     * Deletes the pods podGC kept for the run's end ({@code OnWorkflowCompletion}, {@code OnWorkflowSuccess}),
     * and the run's volumeClaimTemplates' claims as its {@code volumeClaimGC} says.
     */
    @Override
    public void runEnded(String workflowName, WorkflowSpec spec, WorkflowPhase phase) {
        masks.forget(workflowName);
        collectRunPods(workflowName, spec, phase);
        if (VolumeClaims.templates(spec).isEmpty()) {
            return;
        }
        cleanups.removeIf(Future::isDone);
        cleanups.add(io.submit(() -> claims.runEnded(workflowName, spec, phase)));
    }

    @Override
    public void close() {
        for (Future<?> cleanup : cleanups) {
            try {
                cleanup.get(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                System.getLogger(KubernetesRuntime.class.getName()).log(System.Logger.Level.WARNING,
                        "a run's persistent volume claims may be left: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (delayed) {
            delays.shutdownNow();
        }
        for (String podName : List.copyOf(delayed.keySet())) {
            // argowf exits after close: a pod whose podGC delay has not passed is deleted now rather than left.
            if (delayed.remove(podName) != null) {
                delete(podName, 0);
            }
        }
        for (ResourceRun resource : List.copyOf(resources.values())) {
            resource.work().cancel(true);
            resource.leaf().finish(LeafResult.error("the runtime was closed while the node ran"));
        }
        for (LeafPod leaf : List.copyOf(byPod.values())) {
            leaf.fail("the runtime was closed while the node ran");
            delete(leaf.podName(), 0);
        }
        synchronized (this) {
            if (informer != null) {
                informer.stop();
            }
        }
        resync.close();
        io.shutdownNow();
        masks.clear();
        if (ownsClient) {
            client.close();
        }
    }

    /**
     * Stops watching and reporting without touching any pod, as a controller that crashed would: for tests of
     * {@link #adopt}.
     */
    void abandon() {
        byPod.clear();
        byNode.clear();
        delays.shutdownNow();
        delayed.clear();
        synchronized (this) {
            if (informer != null) {
                informer.stop();
            }
        }
        resync.close();
        io.shutdownNow();
    }

    /**
     * A runtime on the cluster of a kubeconfig, as {@code kubectl} would pick it.
     *
     * @param kubeconfig the kubeconfig file, or null for {@code KUBECONFIG}, {@code ~/.kube/config} or the
     *                   in-cluster service account
     * @param context the context to use, or null for the kubeconfig's current context
     * @param namespace the pods' namespace, or null for the context's namespace (else {@code default})
     * @throws IllegalArgumentException with a message for the user when the kubeconfig cannot be read
     */
    public static KubernetesRuntime connect(Path kubeconfig, String context, String namespace) {
        return connect(kubeconfig, context, namespace, KubernetesRuntimeOptions.DEFAULTS);
    }

    /** As {@link #connect(Path, String, String)}, with {@code options}. */
    public static KubernetesRuntime connect(Path kubeconfig, String context, String namespace,
            KubernetesRuntimeOptions options) {
        return connect(kubeconfig, context, namespace, options, Map.of());
    }

    /**
     * As {@link #connect(Path, String, String, KubernetesRuntimeOptions)}, with {@code images} added to the
     * built-in image index ({@link PodSettings#withImages}).
     */
    public static KubernetesRuntime connect(Path kubeconfig, String context, String namespace,
            KubernetesRuntimeOptions options, Map<String, ImageEntrypoint> images) {
        Config config;
        if (kubeconfig != null) {
            try {
                config = Config.fromKubeconfig(context, Files.readString(kubeconfig), kubeconfig.toString());
            } catch (IOException | KubernetesClientException e) {
                throw new IllegalArgumentException("cannot read kubeconfig " + kubeconfig + ": " + e.getMessage(), e);
            }
        } else {
            config = Config.autoConfigure(context);
        }
        String ns = namespace != null ? namespace : config.getNamespace() != null ? config.getNamespace() : "default";
        KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
        return new KubernetesRuntime(client, PodSettings.defaults(ns).withImages(images), options, true);
    }

    PodResource pod(String name) {
        return pods().withName(name);
    }

    /** Runs {@code command} in a container of pod {@code podName} ({@link PodExec}); its exit code. */
    int exec(String podName, String container, List<String> command, Path stdin, java.io.OutputStream out,
            java.io.OutputStream err, java.time.Duration timeout) throws ExecutionException, TimeoutException,
            InterruptedException, IOException {
        return PodExec.run(client, settings.namespace(), podName, container, command, stdin, out, err, timeout);
    }

    ExecutorService io() {
        return io;
    }

    /**
     * The mask of run {@code run}'s node logs, with the values of {@code secrets} (Secrets a pod references) read
     * into it once per run ({@link LogMasks}); a Secret that cannot be read is said to {@code note}.
     */
    SecretMask logMask(String run, Set<String> secrets, Consumer<String> note) throws InterruptedException {
        return masks.mask(run, secrets, note);
    }

    /**
     * A leaf ends: forget it, and delete its pod as the workflow's podGC says (phase null: the pod is gone). A
     * pod this leaf did not make (its create failed: perhaps another's pod has the name) is not touched.
     */
    void ended(LeafPod leaf, NodePhase phase) {
        byPod.remove(leaf.podName());
        byNode.remove(leaf.nodeId());
        PodGcPolicy gc = PodGcPolicy.of(leaf.request().workflowSpec());
        if (phase != null && leaf.created() && gc.deleteWhenNodeEnds(leaf.podLabels(), phase)) {
            deleteLater(leaf.podName(), gc.delay());
        }
    }

    /** Deletes the pod now, or after {@code delay} ({@link #close} deletes the ones still waiting at once). */
    private void deleteLater(String podName, java.time.Duration delay) {
        if (delay.isZero()) {
            delete(podName, 0);
            return;
        }
        synchronized (delayed) {
            if (delays.isShutdown()) { // closing: nothing would delete it later
                delete(podName, 0);
                return;
            }
            delayed.put(podName, delays.schedule(() -> {
                if (delayed.remove(podName) != null) {
                    delete(podName, 0);
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** The pods of run {@code workflowName} the informer knows, which podGC kept until the run's end. */
    private void collectRunPods(String workflowName, WorkflowSpec spec, WorkflowPhase phase) {
        PodGcPolicy gc = PodGcPolicy.of(spec);
        SharedIndexInformer<Pod> watching;
        synchronized (this) {
            watching = informer;
        }
        if (watching == null) {
            return;
        }
        for (Pod pod : watching.getStore().list()) {
            Map<String, String> labels = pod.getMetadata().getLabels();
            if (labels != null && workflowName.equals(labels.get(RUN_LABEL)) && gc.deleteWhenRunEnds(labels, phase)
                    && !byPod.containsKey(pod.getMetadata().getName())) {
                deleteLater(pod.getMetadata().getName(), gc.delay());
            }
        }
    }

    private io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<Pod, io.fabric8.kubernetes.api.model.PodList,
            PodResource> pods() {
        return client.pods().inNamespace(settings.namespace());
    }

    /** Deletes a pod, retrying for {@link ApiRetry#DEFAULT_BOUND} while the API server is away. */
    private void delete(String podName, long graceSeconds) {
        try {
            retry.call("deleting pod " + podName, () -> pods().withName(podName).withGracePeriod(graceSeconds).delete());
        } catch (KubernetesClientException e) {
            System.getLogger(KubernetesRuntime.class.getName()).log(System.Logger.Level.WARNING,
                    "pod " + podName + " could not be deleted and is left: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the namespace's informer once; it lists before it returns, so no event of a new pod is missed. */
    private synchronized void watchNamespace() {
        if (informer != null) {
            return;
        }
        informer = pods().withLabel(RUN_LABEL).inform(new ResourceEventHandler<>() {
            @Override
            public void onAdd(Pod pod) {
                observe(pod);
            }

            @Override
            public void onUpdate(Pod before, Pod pod) {
                observe(pod);
            }

            @Override
            public void onDelete(Pod pod, boolean finalStateUnknown) {
                LeafPod leaf = byPod.get(pod.getMetadata().getName());
                if (leaf != null) {
                    leaf.deleted();
                }
            }
        }, 0);
        resync.start(PodResync.PERIOD);
    }

    private void observe(Pod pod) {
        LeafPod leaf = byPod.get(pod.getMetadata().getName());
        if (leaf != null) {
            leaf.observe(pod);
        }
    }
}
