package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Lists the namespace's run pods now and then and hands each leaf its pod as the list shows it: the
 * informer's watch resumes from its last resourceVersion after the API server was unreachable, and what
 * happened meanwhile reaches it only if the server still has those events (a real one answers 410 Gone when
 * it has not, and fabric8 then relists; a server that simply starts over, as fabric8's mock does, loses them).
 * This pass makes no event lost either way: a leaf whose pod ended during an outage ends, and one whose
 * pod is gone (deleted while nobody watched) is {@code pod deleted}, as Argo's {@code podReconciliation}
 * does for pods missing from its informer. One list request per period per runtime, only while leaves whose
 * pods were created are running; also right after a write went through again after failures.
 */
final class PodResync implements AutoCloseable {

    /** How often the pods are listed while leaves run. */
    static final Duration PERIOD = Duration.ofSeconds(10);

    private final Supplier<List<Pod>> list;
    private final Supplier<Collection<LeafPod>> leaves;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "argowf-kubernetes-resync");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();

    /**
     * @param list the run pods of the namespace, from the API server (not the informer's cache)
     * @param leaves the leaves under way
     */
    PodResync(Supplier<List<Pod>> list, Supplier<Collection<LeafPod>> leaves) {
        this.list = list;
        this.leaves = leaves;
    }

    /** Starts the periodic pass (once). */
    void start(Duration period) {
        if (started.compareAndSet(false, true)) {
            timer.scheduleWithFixedDelay(this::resyncQuietly, period.toMillis(), period.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Runs a pass soon, on the resync thread; passes asked for while one is queued are one. */
    void soon() {
        if (queued.compareAndSet(false, true)) {
            timer.execute(() -> {
                queued.set(false);
                resyncQuietly();
            });
        }
    }

    private void resyncQuietly() {
        try {
            resync();
        } catch (KubernetesClientException e) {
            // The API server is still away: the next pass lists again.
            System.getLogger(PodResync.class.getName()).log(System.Logger.Level.DEBUG,
                    "listing the run pods failed: " + e.getMessage());
        }
    }

    /**
     * One pass. Only leaves whose create had returned before the list was asked for are judged, so that a
     * pod is never taken for deleted because the list was older than it.
     *
     * @return how many leaves the pass looked at
     */
    int resync() {
        List<LeafPod> created = leaves.get().stream().filter(LeafPod::created).toList();
        if (created.isEmpty()) {
            return 0;
        }
        Map<String, Pod> pods = list.get().stream()
                .collect(Collectors.toMap(p -> p.getMetadata().getName(), Function.identity(), (a, b) -> b));
        for (LeafPod leaf : created) {
            Pod pod = pods.get(leaf.podName());
            if (pod == null) {
                leaf.deleted();
            } else {
                leaf.observe(pod);
            }
        }
        return created.size();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
