package io.jenkins.plugins.argoworkflow.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One item of a loop ({@code withItems}, {@code withParam}, {@code withSequence}), rendered as Argo renders
 * it in node names and in {@code {{item}}}.
 */
public record LoopItem(JsonValue value) {

    /**
     * The text inside a loop child's name, {@code name(i:TEXT)}: strings as their JSON text without quotes
     * (escapes kept), maps as sorted {@code key:value} pairs joined by commas, lists as {@code [a b]}; every
     * parenthesis removed.
     */
    public String description() {
        String text;
        if (value instanceof JsonValue.JObject o) {
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<String, JsonValue> e : o.fields().entrySet()) {
                pairs.add(e.getKey() + ":" + itemString(e.getValue()));
            }
            pairs.sort(null);
            text = String.join(",", pairs);
        } else if (value instanceof JsonValue.JArray a) {
            List<String> parts = new ArrayList<>();
            a.items().forEach(i -> parts.add(itemString(i)));
            text = "[" + String.join(" ", parts) + "]";
        } else if (value instanceof JsonValue.JNull) {
            text = "[]";
        } else {
            text = itemString(value);
        }
        return text.replace("(", "").replace(")", "");
    }

    /** What {@code {{item}}} stands for: a string item's own text, any other item's compact JSON. */
    public String asVariable() {
        if (value instanceof JsonValue.JString s) {
            return s.value();
        }
        return value.toJson();
    }

    /** Argo's Item.String(): compact JSON, a string without its quotes (its escapes kept). */
    private static String itemString(JsonValue v) {
        String json = v.toJson();
        if (v instanceof JsonValue.JString) {
            return json.substring(1, json.length() - 1);
        }
        return json;
    }
}
