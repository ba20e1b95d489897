package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mappings of a source file by location. The model keeps the location of each object but not of
 * each field, so lint finds the mapping an object was read from to point at the exact value it is
 * about (the {@code template:} value of a step, the text of a {@code when}). The index is built from
 * the document's own nodes ({@link io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument#source()}).
 */
final class SourceIndex {

    private final Map<Location, YMap> maps;

    private SourceIndex(Map<Location, YMap> maps) {
        this.maps = maps;
    }

    /** Indexes every mapping of a document as it was read. */
    static SourceIndex of(YNode document) {
        Map<Location, YMap> maps = new HashMap<>();
        collect(document, maps);
        return new SourceIndex(maps);
    }

    private static void collect(YNode node, Map<Location, YMap> maps) {
        if (node instanceof YMap map) {
            if (maps.putIfAbsent(map.location(), map) != null) {
                return; // an alias: already walked
            }
            for (YMap.Entry e : map.entries()) {
                collect(e.value(), maps);
            }
        } else if (node instanceof YSeq seq) {
            seq.items().forEach(item -> collect(item, maps));
        }
    }

    /** The mapping read at {@code location}. */
    Optional<YMap> map(Location location) {
        return Optional.ofNullable(location == null ? null : maps.get(location));
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
