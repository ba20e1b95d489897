package io.jenkins.plugins.argoworkflow.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource template's {@code successCondition} or {@code failureCondition}: Kubernetes label-selector syntax
 * over the object's JSON, as Argo's executor reads it ({@code labels.Parse} over gjson paths,
 * {@code workflow/executor/resource.go}). Requirements are separated by commas and all must hold:
 * {@code key}, {@code !key}, {@code key=v}, {@code key==v}, {@code key!=v}, {@code key in (a,b)},
 * {@code key notin (a,b)}, {@code key>n}, {@code key<n}; a key is a dotted path ({@code status.succeeded}).
 */
final class ResourceConditions {

    /** One requirement, shown as Kubernetes' {@code Requirement.String} shows it (in messages). */
    record Requirement(String key, String op, Set<String> values) {

        boolean matches(JsonNode object) {
            JsonNode value = lookup(object, key);
            boolean has = value != null && !value.isMissingNode() && !value.isNull();
            String text = has ? text(value) : null;
            return switch (op) {
                case "exists" -> has;
                case "!" -> !has;
                case "=", "==", "in" -> has && values.contains(text);
                case "!=", "notin" -> !has || !values.contains(text);
                case ">", "<" -> has && compare(text);
                default -> throw new IllegalStateException(op);
            };
        }

        private boolean compare(String text) {
            long actual;
            try {
                actual = Long.parseLong(text);
            } catch (NumberFormatException e) {
                return false;
            }
            long bound = Long.parseLong(values.iterator().next());
            return ">".equals(op) ? actual > bound : actual < bound;
        }

        @Override
        public String toString() {
            return switch (op) {
                case "exists" -> key;
                case "!" -> "!" + key;
                case "in", "notin" -> key + " " + op + " (" + String.join(",", values) + ")";
                default -> key + op + values.iterator().next();
            };
        }
    }

    private static final Pattern SET = Pattern.compile("([^\\s!=<>(),]+)\\s+(in|notin)\\s*\\(([^)]*)\\)");
    private static final Pattern OP = Pattern.compile("([^\\s!=<>(),]+)\\s*(==|!=|=|>|<)\\s*([^\\s,()]*)");
    private static final Pattern KEY = Pattern.compile("(!?)\\s*([^\\s!=<>(),]+)");

    private ResourceConditions() {
    }

    /**
     * The requirements of {@code condition} (none for an empty one).
     *
     * @throws IllegalArgumentException with what is wrong, for a condition that does not parse
     */
    static List<Requirement> parse(String condition) {
        List<Requirement> out = new ArrayList<>();
        if (condition == null || condition.isBlank()) {
            return out;
        }
        for (String part : split(condition)) {
            String p = part.trim();
            Matcher m;
            if ((m = SET.matcher(p)).matches()) {
                Set<String> values = new LinkedHashSet<>();
                for (String v : m.group(3).split(",")) {
                    values.add(v.trim());
                }
                out.add(new Requirement(m.group(1), m.group(2), values));
            } else if ((m = OP.matcher(p)).matches()) {
                String op = m.group(2);
                if ((op.equals(">") || op.equals("<")) && !m.group(3).matches("-?\\d+")) {
                    throw new IllegalArgumentException("for '" + op + "', the value must be an integer: " + p);
                }
                out.add(new Requirement(m.group(1), op, Set.of(m.group(3))));
            } else if ((m = KEY.matcher(p)).matches()) {
                out.add(new Requirement(m.group(2), m.group(1).isEmpty() ? "exists" : "!", Set.of()));
            } else {
                throw new IllegalArgumentException("cannot read requirement '" + p + "'");
            }
        }
        return out;
    }

    /** The value at a gjson-like dotted path (a number picks an array element), or null. */
    static JsonNode lookup(JsonNode object, String path) {
        JsonNode at = object;
        for (String segment : path.split("\\.")) {
            if (at == null) {
                return null;
            }
            at = at.isArray() && segment.matches("\\d+") ? at.get(Integer.parseInt(segment)) : at.get(segment);
        }
        return at;
    }

    /** gjson's {@code String()}: a string's text, else the JSON. */
    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.isValueNode() ? value.asText() : value.toString();
    }

    private static List<String> split(String condition) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(condition.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(condition.substring(start));
        return parts;
    }
}
