package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.model.IntOrString;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of one mapping as one Argo type, the way Argo's strict JSON decoding does: each
 * accessor names a field the type has, {@link #finish()} reports every other key as an unknown field at
 * the key's location, and a value of the wrong shape is an error at the value's location. A YAML null
 * reads as an absent field, as Go's decoder leaves a field unset for JSON null.
 */
public final class Fields {

    private final YMap map;
    private final String typeName;
    private final ModelReader reader;
    private final Set<String> known = new LinkedHashSet<>();

    Fields(YMap map, String typeName, ModelReader reader) {
        this.map = map;
        this.typeName = typeName;
        this.reader = reader;
    }

    public Location location() {
        return map.location();
    }

    public YMap map() {
        return map;
    }

    /** Where a field's key is, or the mapping's own location when the field is absent. */
    public Location keyLocation(String key) {
        return map.entry(key).map(e -> e.key().location()).orElse(map.location());
    }

    /** The field's node, or null when it is absent or null. Marks the field as known. */
    public YNode raw(String key) {
        known.add(key);
        YNode node = map.get(key).orElse(null);
        if (node instanceof YScalar s && s.isNull()) {
            return null;
        }
        return node;
    }

    /** Marks fields that the type has but the model keeps only as part of another value. */
    public void known(String... keys) {
        known.addAll(List.of(keys));
    }

    public String string(String key) {
        YNode node = raw(key);
        return node == null ? null : reader.string(node, typeName + "." + key);
    }

    /** An Argo AnyString field: strings, and numbers and booleans as their JSON text. */
    public String anyString(String key) {
        YNode node = raw(key);
        return node == null ? null : reader.anyString(node, typeName + "." + key);
    }

    /** A list of Argo AnyStrings. */
    public List<String> anyStrings(String key) {
        return scalars(key, "a list", reader::anyString);
    }

    /** A list of scalars, each read by {@code read} (which reports what it cannot read and gives null). */
    private List<String> scalars(String key, String expected, java.util.function.BiFunction<YNode, String, String> read) {
        YNode node = raw(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YSeq seq)) {
            reader.typeError(node, typeName + "." + key, expected);
            return List.of();
        }
        List<String> out = new ArrayList<>(seq.size());
        for (YNode item : seq.items()) {
            String s = read.apply(item, typeName + "." + key + "[]");
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    public String string(String key, String orElse) {
        String s = string(key);
        return s == null ? orElse : s;
    }

    public Boolean bool(String key) {
        YNode node = raw(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YScalar s && s.kind() == YScalar.Kind.BOOL) {
            return s.booleanValue();
        }
        reader.typeError(node, typeName + "." + key, "true or false");
        return null;
    }

    public boolean bool(String key, boolean orElse) {
        Boolean b = bool(key);
        return b == null ? orElse : b;
    }

    public Long integer(String key) {
        YNode node = raw(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YScalar s) {
            BigInteger v = ArgoScalars.asGoInteger(s);
            if (v != null && v.bitLength() < 64) {
                return v.longValue();
            }
        }
        reader.typeError(node, typeName + "." + key, "an integer");
        return null;
    }

    public IntOrString intOrString(String key) {
        YNode node = raw(key);
        return node == null ? null : reader.intOrString(node, typeName + "." + key);
    }

    public List<String> strings(String key) {
        return scalars(key, "a list of strings", reader::string);
    }

    public Map<String, String> stringMap(String key) {
        YNode node = raw(key);
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof YMap m)) {
            reader.typeError(node, typeName + "." + key, "a mapping of strings");
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (YMap.Entry e : m.entries()) {
            String s = reader.string(e.value(), typeName + "." + key + "." + e.name());
            out.put(e.name(), s == null ? "" : s);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A mapping field read as a model type; null when absent. */
    public <T> T object(String key, NodeReader<T> read) {
        YNode node = raw(key);
        return node == null ? null : read.read(node, reader);
    }

    /** A list field whose items are read as a model type; empty when absent. */
    public <T> List<T> list(String key, NodeReader<T> read) {
        YNode node = raw(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YSeq seq)) {
            reader.typeError(node, typeName + "." + key, "a list");
            return List.of();
        }
        List<T> out = new ArrayList<>(seq.size());
        for (YNode item : seq.items()) {
            if (item instanceof YScalar s && s.isNull()) {
                continue;
            }
            T value = read.read(item, reader);
            if (value != null) {
                out.add(value);
            }
        }
        return List.copyOf(out);
    }

    /** A mapping field whose values are read as a model type, in document order; empty when absent. */
    public <T> Map<String, T> map(String key, NodeReader<T> read) {
        YNode node = raw(key);
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof YMap m)) {
            reader.typeError(node, typeName + "." + key, "a mapping");
            return Map.of();
        }
        Map<String, T> out = new LinkedHashMap<>();
        for (YMap.Entry e : m.entries()) {
            T value = read.read(e.value(), reader);
            if (value != null) {
                out.put(e.name(), value);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Reports every key no accessor asked for, as Argo's strict decoding does. */
    public void finish() {
        for (YMap.Entry e : map.entries()) {
            if (!known.contains(e.name())) {
                reader.unknownField(e.key(), typeName, known);
            }
        }
    }
}
