package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code podSpecPatch} (the workflow's, then the template's), applied as a strategic merge patch the way
 * Argo applies it, for the subset of the strategic merge rules pod specs need: mappings merge key by key, a
 * {@code null} value deletes the key, lists of objects that all have a {@code name} (containers,
 * initContainers, volumes, env, volumeMounts, ports...) merge item by item on that name, and every other
 * list is replaced. Not supported: {@code $patch} and {@code $retainKeys} directives, and merge keys other
 * than {@code name} (tolerations and hostAliases are replaced as a whole). Written by hand because fabric8
 * has no client-side strategic merge.
 */
final class PodSpecPatch {

    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    private PodSpecPatch() {
    }

    /** The patches to apply in order, or null when there are none. */
    static String combine(String workflowPatch, String templatePatch) {
        List<String> patches = new ArrayList<>();
        if (workflowPatch != null && !workflowPatch.isBlank()) {
            patches.add(workflowPatch);
        }
        if (templatePatch != null && !templatePatch.isBlank()) {
            patches.add(templatePatch);
        }
        return patches.isEmpty() ? null : String.join("\n---\n", patches);
    }

    /** {@code pod} with its spec patched by each YAML or JSON document of {@code patches}. */
    static Pod apply(Pod pod, String patches) {
        Map<String, Object> spec = JSON.convertValue(pod.getSpec(), mapType());
        for (String patch : patches.split("\n---\n")) {
            Object parsed;
            try {
                parsed = JSON.unmarshal(patch, Object.class);
            } catch (RuntimeException e) {
                throw new PodBuildException("podSpecPatch is not valid YAML or JSON: " + e.getMessage());
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new PodBuildException("podSpecPatch must be a mapping of PodSpec fields, not: " + patch.strip());
            }
            spec = merge(spec, cast(map));
        }
        Pod patched = new io.fabric8.kubernetes.api.model.PodBuilder(pod).build();
        patched.setSpec(JSON.convertValue(spec, PodSpec.class));
        return patched;
    }

    static Map<String, Object> merge(Map<String, Object> target, Map<String, Object> patch) {
        Map<String, Object> out = new LinkedHashMap<>(target);
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            Object have = out.get(e.getKey());
            Object want = e.getValue();
            if (want == null) {
                out.remove(e.getKey());
            } else if (have instanceof Map<?, ?> h && want instanceof Map<?, ?> w) {
                out.put(e.getKey(), merge(cast(h), cast(w)));
            } else if (have instanceof List<?> h && want instanceof List<?> w && named(h) && named(w)) {
                out.put(e.getKey(), mergeByName(h, w));
            } else {
                out.put(e.getKey(), want);
            }
        }
        return out;
    }

    private static List<Object> mergeByName(List<?> target, List<?> patch) {
        List<Object> out = new ArrayList<>(target);
        for (Object item : patch) {
            Map<String, Object> w = cast((Map<?, ?>) item);
            int at = indexOf(out, w.get("name"));
            if (at < 0) {
                out.add(w);
            } else {
                out.set(at, merge(cast((Map<?, ?>) out.get(at)), w));
            }
        }
        return out;
    }

    private static int indexOf(List<Object> items, Object name) {
        for (int i = 0; i < items.size(); i++) {
            if (name.equals(((Map<?, ?>) items.get(i)).get("name"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") != null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }
}
