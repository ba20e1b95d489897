package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link Variables} over a map of flat names; the tree is built once, at construction. */
final class MapVariables implements Variables {

    private final Map<String, Object> flat;
    private final Map<String, Object> tree;

    MapVariables(Map<String, ?> flat) {
        this.flat = Collections.unmodifiableMap(new LinkedHashMap<>(flat));
        this.tree = Collections.unmodifiableMap(expand(this.flat));
    }

    Map<String, Object> flat() {
        return flat;
    }

    @Override
    public boolean contains(String name) {
        return flat.containsKey(name);
    }

    @Override
    public Object get(String name) {
        return flat.get(name);
    }

    @Override
    public Map<String, Object> tree() {
        return tree;
    }

    /** Argo's expand.Expand: dotted names to nested maps, a name that has longer names under it left out. */
    private static Map<String, Object> expand(Map<String, Object> flat) {
        List<String> names = new ArrayList<>(flat.keySet());
        Collections.sort(names);
        Set<String> parents = new HashSet<>();
        for (String name : names) {
            for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
                parents.add(name.substring(0, dot));
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        for (String name : names) {
            if (parents.contains(name)) {
                continue;
            }
            String[] parts = name.split("\\.", -1);
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Object next = node.get(parts[i]);
                if (!(next instanceof Map<?, ?>)) {
                    next = new LinkedHashMap<String, Object>();
                    node.put(parts[i], next);
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) next;
                node = child;
            }
            node.put(parts[parts.length - 1], flat.get(name));
        }
        return root;
    }

    @Override
    public String toString() {
        return flat.toString();
    }
}
