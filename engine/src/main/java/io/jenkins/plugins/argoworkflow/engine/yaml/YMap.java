package io.jenkins.plugins.argoworkflow.engine.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML mapping (JSON object) with string keys, in document order. Keys are unique (the loader checks). */
public final class YMap implements YNode {

    /** One key and its value; the key keeps its own location for "unknown field" reports. */
    public record Entry(YScalar key, YNode value) {
        public String name() {
            return key.text();
        }
    }

    private final Map<String, Entry> entries;
    private final Location location;

    public YMap(List<Entry> entries, Location location) {
        LinkedHashMap<String, Entry> byName = new LinkedHashMap<>();
        for (Entry e : entries) {
            byName.put(e.name(), e);
        }
        this.entries = Collections.unmodifiableMap(byName);
        this.location = location;
    }

    public static YMap empty(Location location) {
        return new YMap(List.of(), location);
    }

    public Optional<YNode> get(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Iterable<Entry> entries() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String kindName() {
        return "mapping";
    }

    @Override
    public Object toJava() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            out.put(e.name(), e.value().toJava());
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YMap other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "YMap" + entries.keySet() + "@" + location;
    }
}
