package io.jenkins.plugins.argoworkflow.engine.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mappings of a document by location, and every scalar value holding a {@code {{} in the order a full walk
 * of the document meets them (an alias's again where the alias is), with the run of them each mapping's subtree
 * holds. Lint reads it to point at the value it is about and to find the tags to check.
 *
 * <p>The loader builds it while it builds the nodes ({@link YMap#sourceLayout()} of a document's root), when the
 * nodes are in the processor's cache, so that lint does not walk a large document again; {@link #of} walks a tree
 * built otherwise (JSON, a mapping made in code, a document with merge keys). Both give the same layout.
 */
public final class SourceLayout {

    /** A mapping, and the run {@code [from, to)} of {@link #tagged} its subtree holds ({@code to} -1 while walked). */
    public static final class Indexed {
        private final YMap map;
        private final int from;
        private int to = -1;

        Indexed(YMap map, int from) {
            this.map = map;
            this.from = from;
        }

        public YMap map() {
            return map;
        }

        public int from() {
            return from;
        }

        public int to() {
            return to;
        }
    }

    private final Map<Location, Indexed> maps = new HashMap<>();
    private final List<YScalar> tagged = new ArrayList<>();
    /** False once the loader met what it does not reproduce a walk of (a merge key, two mappings at one location). */
    private boolean faithful = true;

    SourceLayout() {
    }

    /** The layout of {@code root}'s tree, by a walk of it. */
    public static SourceLayout of(YNode root) {
        SourceLayout layout = new SourceLayout();
        layout.walk(root);
        return layout;
    }

    /** The mapping first met at {@code location}, or null. */
    public Indexed at(Location location) {
        return location == null ? null : maps.get(location);
    }

    /** The tagged scalar at {@code i} of the walk's order. */
    public YScalar tagged(int i) {
        return tagged.get(i);
    }

    /** How many tagged scalars a walk meets (aliases counted again). */
    public int taggedCount() {
        return tagged.size();
    }

    /** True when the scalar's text holds a {@code {{}. */
    public static boolean hasTag(YScalar s) {
        return s.text().contains("{{");
    }

    private void walk(YNode node) {
        if (node instanceof YMap map) {
            // one lookup per mapping: the first mapping read at a location keeps it
            Indexed indexed = new Indexed(map, tagged.size());
            Indexed seen = maps.putIfAbsent(map.location(), indexed);
            if (seen != null && seen.map == map) {
                // an alias: its tags again, as a walk of the tree meets them again, without walking it
                if (seen.to >= 0) {
                    tagged.addAll(List.copyOf(tagged.subList(seen.from, seen.to)));
                }
                return;
            }
            for (YMap.Entry e : map.entries()) {
                walk(e.value());
            }
            indexed.to = tagged.size();
        } else if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                walk(item);
            }
        } else if (node instanceof YScalar s && hasTag(s)) {
            tagged.add(s);
        }
    }

    // --- built by the loader, node by node, in the order a walk meets them ---

    /** Where the run of tags of a mapping the loader starts to build begins. */
    int mark() {
        return tagged.size();
    }

    /** A mapping the loader built, its subtree's tags from {@code from} on. */
    void built(YMap map, int from) {
        Indexed indexed = new Indexed(map, from);
        indexed.to = tagged.size();
        // A walk indexes a mapping before its subtree; the loader after. Two mappings at one location (which the
        // loader does not make) would be kept in the other order, so then the layout is left to a walk.
        if (maps.putIfAbsent(map.location(), indexed) != null) {
            faithful = false;
        }
    }

    /** A scalar value (not a key) the loader built. */
    void value(YScalar s) {
        if (hasTag(s)) {
            tagged.add(s);
        }
    }

    /** An alias, met again where the alias is: what a walk does there. */
    void alias(YNode node) {
        walk(node);
    }

    /** The loader met what it does not reproduce a walk of (a merge key's entries are walked in the merged order). */
    void unfaithful() {
        faithful = false;
    }

    boolean faithful() {
        return faithful;
    }
}
