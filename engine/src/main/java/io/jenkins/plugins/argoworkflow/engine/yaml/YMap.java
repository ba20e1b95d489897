package io.jenkins.plugins.argoworkflow.engine.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

    /** Mappings larger than this also get a map by key; smaller ones are searched (nearly every mapping is). */
    private static final int SEARCHED = 8;

    // A list rather than a LinkedHashMap per mapping: a document of 10,000 DAG tasks has tens of thousands of
    // small mappings, and walking them (lint's source index) chased a linked map's nodes and allocated
    // iterators; a list is a third of the memory and is walked in order.
    private final List<Entry> entries;
    /** By key, for a large mapping only; null otherwise. */
    private final Map<String, Entry> byName;
    private final Location location;
    /** For a document's root as the loader read it: its mappings and tags (see {@link SourceLayout}); else null. */
    private SourceLayout sourceLayout;

    public YMap(List<Entry> entries, Location location) {
        // As a map put would: a repeated key (the loader refuses them) keeps its first place and its last value.
        List<Entry> list = new ArrayList<>(entries.size());
        Map<String, Integer> at = entries.size() > SEARCHED ? new HashMap<>() : null;
        for (Entry e : entries) {
            Integer i = at != null ? at.get(e.name()) : indexOf(list, e.name());
            if (i == null) {
                if (at != null) {
                    at.put(e.name(), list.size());
                }
                list.add(e);
            } else {
                list.set(i, e);
            }
        }
        this.entries = Collections.unmodifiableList(list);
        Map<String, Entry> named = null;
        if (list.size() > SEARCHED) {
            named = new HashMap<>();
            for (Entry e : list) {
                named.put(e.name(), e);
            }
        }
        this.byName = named;
        this.location = location;
    }

    private static Integer indexOf(List<Entry> list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (java.util.Objects.equals(list.get(i).name(), name)) {
                return i;
            }
        }
        return null;
    }

    public static YMap empty(Location location) {
        return new YMap(List.of(), location);
    }

    private Entry find(String key) {
        if (byName != null) {
            return byName.get(key);
        }
        Integer i = indexOf(entries, key);
        return i == null ? null : entries.get(i);
    }

    public Optional<YNode> get(String key) {
        Entry e = find(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(find(key));
    }

    public boolean has(String key) {
        return find(key) != null;
    }

    public Iterable<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** For the root of a document as {@link YamlLoader} read it, the layout it noted while reading; else null. */
    public SourceLayout sourceLayout() {
        return sourceLayout;
    }

    /** Set by the loader before it hands the document out. */
    void sourceLayout(SourceLayout layout) {
        this.sourceLayout = layout;
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
        for (Entry e : entries) {
            out.put(e.name(), e.value().toJava());
        }
        return out;
    }

    /** Equal to a mapping with the same entries, in any order (as the map of entries by key it was). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof YMap other) || other.entries.size() != entries.size()) {
            return false;
        }
        for (Entry e : entries) {
            if (!e.equals(other.find(e.name()))) {
                return false;
            }
        }
        return true;
    }

    /** The hash of the map of entries by key ({@link Map#hashCode}). */
    @Override
    public int hashCode() {
        int h = 0;
        for (Entry e : entries) {
            h += java.util.Objects.hashCode(e.name()) ^ e.hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        return "YMap" + entries.stream().map(Entry::name).toList() + "@" + location;
    }
}
