package io.jenkins.plugins.argoworkflow.engine.model;

import java.util.Objects;

/**
 * Kubernetes's IntOrString, used by Argo for retry limits, backoff factors, template deadlines...:
 * {@code limit: 3} is the integer 3, {@code limit: "3"} the string "3" (both mean three retries; a string
 * may also hold an expression such as {@code "{{inputs.parameters.n}}"}).
 */
public record IntOrString(Long intValue, String stringValue) {

    public IntOrString {
        if ((intValue == null) == (stringValue == null)) {
            throw new IllegalArgumentException("exactly one of intValue and stringValue is set");
        }
    }

    public static IntOrString of(long value) {
        return new IntOrString(value, null);
    }

    public static IntOrString of(String value) {
        return new IntOrString(null, Objects.requireNonNull(value));
    }

    public boolean isInt() {
        return intValue != null;
    }

    @Override
    public String toString() {
        return isInt() ? Long.toString(intValue) : stringValue;
    }
}
