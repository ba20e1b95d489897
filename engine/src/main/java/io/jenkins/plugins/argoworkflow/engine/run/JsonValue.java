package io.jenkins.plugins.argoworkflow.engine.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.argoworkflow.engine.load.ArgoScalars;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSON value that keeps each number's text as written. Argo keeps loop items ({@code withItems},
 * {@code withParam}) as raw JSON and derives node names and {@code {{item}}} from that text, so
 * {@code 1.50} in a withParam list must stay {@code 1.50}; a double would print {@code 1.5}.
 */
public sealed interface JsonValue {

    record JString(String value) implements JsonValue {
    }

    /** A number with its JSON text. */
    record JNumber(String text) implements JsonValue {
    }

    record JBool(boolean value) implements JsonValue {
    }

    record JNull() implements JsonValue {
    }

    record JArray(List<JsonValue> items) implements JsonValue {
        public JArray {
            items = List.copyOf(items);
        }
    }

    /** An object, its keys in the order the JSON text gives them. */
    record JObject(Map<String, JsonValue> fields) implements JsonValue {
        public JObject {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    JNull NULL = new JNull();

    /** Reads one JSON value, keeping number texts and key order. */
    static JsonValue parse(String json) {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonValue v = read(p, p.nextToken());
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("more than one JSON value");
            }
            return v;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonValue read(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw new IllegalArgumentException("no JSON value");
        }
        return switch (t) {
            case START_OBJECT -> {
                Map<String, JsonValue> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    fields.put(name, read(p, p.nextToken()));
                }
                yield new JObject(fields);
            }
            case START_ARRAY -> {
                List<JsonValue> items = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(p, next));
                }
                yield new JArray(items);
            }
            case VALUE_STRING -> new JString(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JNumber(p.getText());
            case VALUE_TRUE -> new JBool(true);
            case VALUE_FALSE -> new JBool(false);
            case VALUE_NULL -> NULL;
            default -> throw new IllegalArgumentException("unexpected JSON token " + t);
        };
    }

    /**
     * A YAML node as Argo's YAML-to-JSON step turns it: scalars typed by YAML 1.1, numbers in Go's JSON
     * form ({@code 1.0} is {@code 1}, {@code 010} is {@code 8}), object keys sorted.
     */
    static JsonValue fromYaml(YNode node) {
        if (node instanceof YMap map) {
            Map<String, JsonValue> sorted = new TreeMap<>();
            map.entries().forEach(e -> sorted.put(e.name(), fromYaml(e.value())));
            return new JObject(sorted);
        }
        if (node instanceof YSeq seq) {
            return new JArray(seq.items().stream().map(JsonValue::fromYaml).toList());
        }
        YScalar s = (YScalar) node;
        return switch (s.kind()) {
            case STRING -> new JString(s.text());
            case BOOL -> new JBool(s.booleanValue());
            case NULL -> NULL;
            case INT -> new JNumber(s.integerValue().toString());
            case FLOAT -> new JNumber(ArgoScalars.goJsonFloat(s.doubleValue()));
        };
    }

    /** Compact JSON as Go writes it ({@code <>&} left as they are, as Argo's jsonutil.Fix restores them). */
    default String toJson() {
        StringBuilder out = new StringBuilder();
        JsonText.write(this, out);
        return out.toString();
    }
}
