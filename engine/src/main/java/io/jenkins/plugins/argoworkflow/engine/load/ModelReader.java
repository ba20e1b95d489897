package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostics;
import io.jenkins.plugins.argoworkflow.engine.model.IntOrString;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import java.math.BigInteger;
import java.util.Collection;

/**
 * The shared state of reading one document into the model: where diagnostics go, and the rules for
 * scalars and shapes that every type's reader applies in the same way.
 */
public final class ModelReader {

    private final Diagnostics diagnostics;

    public ModelReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * Starts reading a mapping as {@code typeName}. A node of another shape is reported and read as an
     * empty mapping, so that reading goes on and finds the remaining problems.
     */
    public Fields fields(YNode node, String typeName) {
        if (node instanceof YMap map) {
            return new Fields(map, typeName, this);
        }
        typeError(node, typeName, "a mapping");
        return new Fields(YMap.empty(node.location()), typeName, this);
    }

    /** A value for a field Argo types as a Go string (see {@link ArgoScalars#asGoString}). */
    String string(YNode node, String field) {
        if (node instanceof YScalar s) {
            if (s.isNull()) {
                return null;
            }
            String value = ArgoScalars.asGoString(s);
            if (value == null) {
                diagnostics.error(node.location(), field + " must be a string, not " + s.kindName() + " '" + s.text()
                        + "'; quote it: \"" + s.text() + "\"");
            }
            return value;
        }
        typeError(node, field, "a string");
        return null;
    }

    /** A value for one of Argo's AnyString fields, which also take numbers and booleans (see {@link ArgoScalars}). */
    String anyString(YNode node, String field) {
        if (node instanceof YScalar s) {
            if (s.isNull()) {
                return null;
            }
            String value = ArgoScalars.asAnyString(s);
            if (value == null) {
                diagnostics.error(node.location(), field + " '" + s.text() + "' has no JSON form; quote it: \""
                        + s.text() + "\"");
            }
            return value;
        }
        typeError(node, field, "a string, a number or a boolean");
        return null;
    }

    IntOrString intOrString(YNode node, String field) {
        if (node instanceof YScalar s) {
            switch (s.kind()) {
                case STRING:
                    return IntOrString.of(s.text());
                case INT:
                case FLOAT:
                    BigInteger v = ArgoScalars.asGoInteger(s);
                    if (v != null && v.bitLength() < 32) {
                        return IntOrString.of(v.longValue());
                    }
                    break;
                default:
                    break;
            }
        }
        typeError(node, field, "an integer or a string");
        return null;
    }

    void typeError(YNode node, String field, String expected) {
        String got = node instanceof YScalar s ? s.kindName() + " '" + s.text() + "'" : "a " + node.kindName();
        diagnostics.error(node.location(), field + " must be " + expected + ", not " + got);
    }

    void unknownField(YScalar key, String typeName, Collection<String> known) {
        String suggestion = closest(key.text(), known);
        diagnostics.error(key.location(), "unknown field \"" + key.text() + "\" in " + typeName
                + (suggestion != null ? "; did you mean \"" + suggestion + "\"?" : "; remove it or check its indentation"));
    }

    public void error(Location location, String message) {
        diagnostics.error(location, message);
    }

    /** The known name nearest to {@code name} when it is near enough to be a typo. */
    static String closest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(1, name.length() / 4) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
