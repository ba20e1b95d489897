package io.jenkins.plugins.argoworkflow.engine.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into {@link YNode}s with locations. JSON is read by Jackson rather than as YAML
 * because YAML 1.1 forbids tabs where JSON allows them, and Kubernetes decodes JSON input as JSON.
 */
final class JsonReader {

    private final String file;
    private final YamlLimits limits;
    private long nodes;

    JsonReader(String file, YamlLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Whether {@code text} is a JSON document rather than YAML: its first non-blank character opens an object. */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{';
            }
        }
        return false;
    }

    YNode read(String text) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxCodePoints())
                        .build())
                .build();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            YNode root = value(parser, first, 0);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new YamlException(at(parser.currentTokenLocation()), "JSON syntax error: more than one value;"
                        + " a file holds one JSON document");
            }
            return root;
        } catch (JsonParseException e) {
            throw new YamlException(at(e.getLocation()), "JSON syntax error: " + e.getOriginalMessage(), e);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new YamlException(Location.ofFile(file), "the JSON document is too large or too deep: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new YamlException(Location.ofFile(file), "cannot read JSON: " + e.getMessage(), e);
        }
    }

    private YNode value(JsonParser p, JsonToken token, int depth) throws IOException {
        Location at = at(p.currentTokenLocation());
        if (++nodes > limits.maxNodes()) {
            throw new YamlException(at, "the document has more than " + limits.maxNodes() + " nodes; it is refused as too large");
        }
        return switch (token) {
            case START_OBJECT -> object(p, at, depth);
            case START_ARRAY -> array(p, at, depth);
            case VALUE_STRING -> YScalar.string(p.getText(), at);
            case VALUE_NUMBER_INT -> new YScalar(p.getText(), YScalar.Kind.INT, at);
            case VALUE_NUMBER_FLOAT -> new YScalar(p.getText(), YScalar.Kind.FLOAT, at);
            case VALUE_TRUE -> new YScalar("true", YScalar.Kind.BOOL, at);
            case VALUE_FALSE -> new YScalar("false", YScalar.Kind.BOOL, at);
            case VALUE_NULL -> new YScalar("null", YScalar.Kind.NULL, at);
            default -> throw new YamlException(at, "JSON syntax error: unexpected " + token);
        };
    }

    private YMap object(JsonParser p, Location at, int depth) throws IOException {
        Map<String, YMap.Entry> entries = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            YScalar key = YScalar.string(p.currentName(), at(p.currentTokenLocation()));
            YMap.Entry previous = entries.get(key.text());
            if (previous != null) {
                throw new YamlException(key.location(), "duplicate key \"" + key.text() + "\" (first set at line "
                        + previous.key().location().line() + "); remove one of them");
            }
            entries.put(key.text(), new YMap.Entry(key, value(p, p.nextToken(), depth + 1)));
        }
        return new YMap(List.copyOf(entries.values()), at);
    }

    private YSeq array(JsonParser p, Location at, int depth) throws IOException {
        List<YNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(p, t, depth + 1));
        }
        return new YSeq(items, at);
    }

    private Location at(JsonLocation location) {
        if (location == null) {
            return Location.ofFile(file);
        }
        return new Location(file, location.getLineNr(), location.getColumnNr());
    }
}
