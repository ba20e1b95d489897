package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.SourceLayout;
import io.jenkins.plugins.argoworkflow.engine.yaml.SourceLayout.Indexed;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The mappings of a source file by location. The model keeps the location of each object but not of
 * each field, so lint finds the mapping an object was read from to point at the exact value it is
 * about (the {@code template:} value of a step, the text of a {@code when}). The index is built from
 * the document's own nodes ({@link io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument#source()}).
 */
final class SourceIndex {

    private final SourceLayout layout;

    private SourceIndex(SourceLayout layout) {
        this.layout = layout;
    }

    /**
     * Indexes every mapping of a document as it was read: the layout the loader noted while reading a document's
     * root, else one walk of the tree.
     */
    static SourceIndex of(YNode document) {
        SourceLayout noted = document instanceof YMap root ? root.sourceLayout() : null;
        return new SourceIndex(noted != null ? noted : SourceLayout.of(document));
    }

    /** The mapping read at {@code location}. */
    Optional<YMap> map(Location location) {
        Indexed indexed = layout.at(location);
        return Optional.ofNullable(indexed == null ? null : indexed.map());
    }

    /**
     * The mapping read at {@code location} when a scalar of its subtree may hold a {@code {{}, else null (no
     * such mapping, or no tag there to check): {@link #map} and {@link #mayHoldTags} in one lookup, as lint asks
     * it for every task.
     */
    YMap mapWithTags(Location location) {
        Indexed indexed = layout.at(location);
        if (indexed == null) {
            return null;
        }
        YMap map = indexed.map();
        // as mayHoldTags(map), whose lookup by map.location() finds this same entry
        Indexed own = map.location().equals(location) ? indexed : layout.at(map.location());
        boolean mayHold = own == null || own.map() != map || own.to() < 0 || own.from() < own.to();
        return mayHold ? map : null;
    }

    /** False when no scalar of the mapping's subtree holds a {@code {{}, so that no tag there needs checking. */
    boolean mayHoldTags(YMap map) {
        Indexed indexed = layout.at(map.location());
        return indexed == null || indexed.map() != map || indexed.to() < 0 || indexed.from() < indexed.to();
    }

    /**
     * Gives {@code action} every scalar holding a {@code {{} below {@code node} (or {@code node} itself), in
     * the order a walk of the subtree meets them; a mapping of this document is not walked again.
     */
    void forEachTagged(YNode node, Consumer<YScalar> action) {
        if (node instanceof YMap map) {
            Indexed indexed = layout.at(map.location());
            if (indexed != null && indexed.map() == map && indexed.to() >= 0) {
                for (int i = indexed.from(); i < indexed.to(); i++) {
                    action.accept(layout.tagged(i));
                }
                return;
            }
            for (YMap.Entry e : map.entries()) {
                forEachTagged(e.value(), action);
            }
        } else if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                forEachTagged(item, action);
            }
        } else if (node instanceof YScalar s && SourceLayout.hasTag(s)) {
            action.accept(s);
        }
    }

    /** The node of field {@code key} of the mapping at {@code owner}. */
    Optional<YNode> value(Location owner, String key) {
        return map(owner).flatMap(m -> m.get(key));
    }

    /** Where the value of {@code key} is in the mapping at {@code owner}, else {@code owner} itself. */
    Location valueLocation(Location owner, String key) {
        return value(owner, key).map(YNode::location).orElse(owner == null ? Location.UNKNOWN : owner);
    }

    /** Where the value at {@code path} (keys and list indexes) is below the mapping at {@code owner}, else {@code owner}. */
    Location valueLocation(Location owner, List<Object> path) {
        Optional<YNode> node = map(owner).map(m -> (YNode) m);
        for (Object step : path) {
            node = node.flatMap(n -> child(n, step));
        }
        return node.map(YNode::location).orElse(owner == null ? Location.UNKNOWN : owner);
    }

    private static Optional<YNode> child(YNode node, Object step) {
        if (node instanceof YMap m && step instanceof String key) {
            return m.get(key);
        }
        if (node instanceof YSeq s && step instanceof Integer i && i < s.size()) {
            return Optional.of(s.get(i));
        }
        return Optional.empty();
    }
}
