package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulated kubelet reads from Secrets and ConfigMaps for a pod, as a kubelet does (with its own
 * credentials, so none of it is the controller's): env {@code valueFrom.secretKeyRef}/{@code configMapKeyRef},
 * {@code envFrom} (with {@code prefix}; {@code env} wins), and {@code secret}/{@code configMap} volumes projected
 * as one file per key ({@code items} select and rename). A missing object or key that is not {@code optional}
 * is a {@link Missing}: the kubelet then leaves the pod Pending, as a real one does.
 */
final class SimulatedKeys {

    /** A Secret, ConfigMap or key the pod needs that is not there, in the kubelet's words. */
    static final class Missing extends Exception {
        final String reason;

        Missing(String reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    private final KubernetesClient client;
    private final String namespace;

    SimulatedKeys(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /** The variables {@code c}'s env and envFrom take from Secrets and ConfigMaps (literal values aside). */
    Map<String, String> env(Container c) throws Missing {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : c.getEnvFrom()) {
            String prefix = from.getPrefix() == null ? "" : from.getPrefix();
            Map<String, String> keys = null;
            if (from.getSecretRef() != null) {
                keys = secret(from.getSecretRef().getName(), Boolean.TRUE.equals(from.getSecretRef().getOptional()),
                        "CreateContainerConfigError");
            } else if (from.getConfigMapRef() != null) {
                keys = configMap(from.getConfigMapRef().getName(),
                        Boolean.TRUE.equals(from.getConfigMapRef().getOptional()), "CreateContainerConfigError");
            }
            if (keys != null) {
                keys.forEach((k, v) -> env.put(prefix + k, v));
            }
        }
        for (EnvVar e : c.getEnv()) {
            if (e.getValueFrom() == null) {
                continue;
            }
            var secretRef = e.getValueFrom().getSecretKeyRef();
            var configRef = e.getValueFrom().getConfigMapKeyRef();
            if (secretRef != null) {
                boolean optional = Boolean.TRUE.equals(secretRef.getOptional());
                key(secret(secretRef.getName(), optional, "CreateContainerConfigError"), "secret", secretRef.getName(),
                        secretRef.getKey(), optional, e.getName(), env);
            } else if (configRef != null) {
                boolean optional = Boolean.TRUE.equals(configRef.getOptional());
                key(configMap(configRef.getName(), optional, "CreateContainerConfigError"), "configmap",
                        configRef.getName(), configRef.getKey(), optional, e.getName(), env);
            }
        }
        return env;
    }

    /** Writes the files of a {@code secret} or {@code configMap} volume into {@code dir}; false for other kinds. */
    boolean project(Volume volume, Path dir) throws Missing, IOException {
        Map<String, String> keys;
        List<KeyToPath> items;
        if (volume.getSecret() != null) {
            keys = secret(volume.getSecret().getSecretName(), Boolean.TRUE.equals(volume.getSecret().getOptional()),
                    "ContainerCreating");
            items = volume.getSecret().getItems();
        } else if (volume.getConfigMap() != null) {
            keys = configMap(volume.getConfigMap().getName(), Boolean.TRUE.equals(volume.getConfigMap().getOptional()),
                    "ContainerCreating");
            items = volume.getConfigMap().getItems();
        } else {
            return false;
        }
        Files.createDirectories(dir);
        if (keys == null) {
            return true;
        }
        Map<String, String> files = new LinkedHashMap<>();
        if (items == null || items.isEmpty()) {
            files.putAll(keys);
        } else {
            for (KeyToPath item : items) {
                if (!keys.containsKey(item.getKey())) {
                    throw new Missing("ContainerCreating", "MountVolume.SetUp failed for volume \"" + volume.getName()
                            + "\": references non-existent key " + item.getKey());
                }
                files.put(item.getPath() == null ? item.getKey() : item.getPath(), keys.get(item.getKey()));
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path to = dir.resolve(file.getKey());
            Files.createDirectories(to.getParent());
            Files.writeString(to, file.getValue());
        }
        return true;
    }

    private static void key(Map<String, String> keys, String kind, String name, String key, boolean optional,
            String variable, Map<String, String> env) throws Missing {
        if (keys == null) {
            return;
        }
        String value = keys.get(key);
        if (value == null && !optional) {
            throw new Missing("CreateContainerConfigError", "couldn't find key " + key + " in " + kind + " "
                    + namespace(name));
        }
        if (value != null) {
            env.put(variable, value);
        }
    }

    private static String namespace(String name) {
        return KubeletSimulator.NAMESPACE + "/" + name;
    }

    /** The Secret's keys and decoded values; null when it is missing and optional. */
    private Map<String, String> secret(String name, boolean optional, String reason) throws Missing {
        Secret secret = client.secrets().inNamespace(namespace).withName(name).get();
        Map<String, String> keys = found(secret, "secret", name, optional, reason);
        if (keys != null && secret.getData() != null) {
            secret.getData().forEach((k, v) -> keys.put(k,
                    new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
        }
        if (keys != null && secret.getStringData() != null) {
            keys.putAll(secret.getStringData());
        }
        return keys;
    }

    /** The ConfigMap's keys and values; null when it is missing and optional. */
    private Map<String, String> configMap(String name, boolean optional, String reason) throws Missing {
        ConfigMap map = client.configMaps().inNamespace(namespace).withName(name).get();
        Map<String, String> keys = found(map, "configmap", name, optional, reason);
        if (keys != null && map.getData() != null) {
            keys.putAll(map.getData());
        }
        return keys;
    }

    /** An empty map for the keys of {@code object}; null when it is missing and optional; else missing. */
    private static Map<String, String> found(Object object, String kind, String name, boolean optional, String reason)
            throws Missing {
        if (object != null) {
            return new LinkedHashMap<>();
        }
        if (optional) {
            return null;
        }
        throw new Missing(reason, kind + " \"" + name + "\" not found");
    }
}
