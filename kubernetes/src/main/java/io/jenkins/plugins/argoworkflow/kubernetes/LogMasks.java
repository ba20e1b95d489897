package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.argoworkflow.engine.spi.SecretMask;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * The secret values each run's node logs are masked with ({@link SecretMask}), as the local runtime masks what it
 * reads from {@code --secret-dir}: before a leaf's log is streamed, every Secret its pod references is read once
 * per run (leaves side by side wait for the one read) and its decoded values join the run's mask. Reading needs
 * {@code get} on the Secrets, which the controller's Role need not grant (SECURITY.md): a refusal is noted once
 * per run and Secret in the log of the leaf that read it, and that Secret's values are not masked. Values are
 * kept in memory until the run ends, and never written anywhere.
 */
final class LogMasks {

    private final KubernetesClient client;
    private final String namespace;
    private final ApiRetry retry;
    private final Map<String, RunMask> runs = new ConcurrentHashMap<>();

    /** A run's mask, and the reads of its Secrets (done or under way), by name. */
    private static final class RunMask {
        final SecretMask mask = new SecretMask();
        final Map<String, CompletableFuture<Void>> reads = new ConcurrentHashMap<>();
    }

    LogMasks(KubernetesClient client, String namespace, ApiRetry retry) {
        this.client = client;
        this.namespace = namespace;
        this.retry = retry;
    }

    /**
     * The mask of run {@code run}, with the values of every Secret in {@code secrets} in it: read now, unless this
     * run read it already or another leaf is reading it (then waited for).
     *
     * @param note takes the one line said about a Secret this call could not read
     * @throws InterruptedException while waiting; the Secrets not read yet are left to a later call
     */
    SecretMask mask(String run, Set<String> secrets, Consumer<String> note) throws InterruptedException {
        RunMask masks = runs.computeIfAbsent(run, r -> new RunMask());
        for (String name : secrets) {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> under = masks.reads.putIfAbsent(name, mine);
            if (under != null) {
                try {
                    under.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e); // never: reads complete normally
                }
                continue;
            }
            try {
                read(name, masks.mask, note);
            } catch (InterruptedException e) {
                masks.reads.remove(name, mine); // not read: the next leaf reads it
                throw e;
            } finally {
                mine.complete(null);
            }
        }
        return masks.mask;
    }

    /** Forgets the run's values: it has ended. */
    void forget(String run) {
        runs.remove(run);
    }

    /** Forgets every run's values. */
    void clear() {
        runs.clear();
    }

    private void read(String name, SecretMask mask, Consumer<String> note) throws InterruptedException {
        Secret secret;
        try {
            secret = retry.call("reading secret " + name,
                    () -> client.secrets().inNamespace(namespace).withName(name).get());
        } catch (KubernetesClientException e) {
            note.accept("argowf: secret " + name + " is not masked in logs: " + (e.getCode() == 403
                    ? "the controller may not read it (403); grant get on secrets (resourceNames) to mask, see"
                            + " SECURITY.md"
                    : "it could not be read (" + e.getMessage() + ")"));
            return;
        }
        if (secret == null) {
            return; // none (an optional one): nothing of it can reach the pod
        }
        if (secret.getData() != null) {
            for (String encoded : secret.getData().values()) {
                if (encoded != null) {
                    mask.add(decode(encoded));
                }
            }
        }
        if (secret.getStringData() != null) { // an API server turns these into data; a mock may keep them
            secret.getStringData().values().stream().filter(v -> v != null).forEach(mask::add);
        }
    }

    private static String decode(String encoded) {
        try {
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return encoded; // not base64, which an API server never sends: masked as it came
        }
    }

    /**
     * The Secrets {@code pod} references, whose values its containers can print: env
     * {@code valueFrom.secretKeyRef} and {@code envFrom[].secretRef} of every container (init containers and
     * sidecars too), and {@code secret} volumes and {@code projected} volumes' secret sources.
     */
    static Set<String> referenced(Pod pod) {
        Set<String> names = new TreeSet<>();
        if (pod.getSpec() == null) {
            return names;
        }
        List<Container> containers = new ArrayList<>(list(pod.getSpec().getInitContainers()));
        containers.addAll(list(pod.getSpec().getContainers()));
        for (Container c : containers) {
            for (EnvVar env : list(c.getEnv())) {
                if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                    add(names, env.getValueFrom().getSecretKeyRef().getName());
                }
            }
            for (EnvFromSource from : list(c.getEnvFrom())) {
                if (from.getSecretRef() != null) {
                    add(names, from.getSecretRef().getName());
                }
            }
        }
        for (var volume : list(pod.getSpec().getVolumes())) {
            if (volume.getSecret() != null) {
                add(names, volume.getSecret().getSecretName());
            }
            if (volume.getProjected() != null) {
                for (VolumeProjection source : list(volume.getProjected().getSources())) {
                    if (source.getSecret() != null) {
                        add(names, source.getSecret().getName());
                    }
                }
            }
        }
        return names;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static void add(Set<String> names, String name) {
        if (name != null && !name.isEmpty()) {
            names.add(name);
        }
    }
}
