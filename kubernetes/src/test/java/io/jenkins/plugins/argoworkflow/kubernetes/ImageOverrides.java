package io.jenkins.plugins.argoworkflow.kubernetes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Images of the corpus replaced by others for a cluster run ({@code ARGOWF_E2E_IMAGES}), for a cluster that
 * pulls from a mirror or has the images preloaded under other names: {@code FROM=TO} pairs separated by commas,
 * {@code argoproj/argosay:v2=registry.local:5000/argosay:v2,busybox=registry.local:5000/busybox}. An image is
 * replaced where a workflow's YAML or JSON names it as an {@code image:} value, quoted or not.
 */
record ImageOverrides(Map<String, String> images) {

    /** The pairs of {@code spec}; empty or null gives none. */
    static ImageOverrides parse(String spec) {
        Map<String, String> images = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new IllegalArgumentException("ARGOWF_E2E_IMAGES: '" + pair.strip() + "' is not FROM=TO;"
                            + " give image replacements as FROM=TO pairs separated by commas, e.g."
                            + " argoproj/argosay:v2=registry.local:5000/argosay:v2");
                }
                images.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return new ImageOverrides(Map.copyOf(images));
    }

    /** {@code text} with every {@code image:} value that is a key of the map replaced by its value. */
    String apply(String text) {
        for (Map.Entry<String, String> e : images.entrySet()) {
            // image: busybox | image: "busybox" | "image": "busybox", — the value whole, not a prefix of another
            Pattern value = Pattern.compile("(\"?image\"?\\s*:\\s*([\"']?))" + Pattern.quote(e.getKey())
                    + "(\\2)(?=\\s*(?:$|,|}|#))", Pattern.MULTILINE);
            text = value.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + e.getValue() + m.group(3)));
        }
        return text;
    }
}
