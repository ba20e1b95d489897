package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;

/** An HTTP template. Recognised; not run yet. */
public record HttpTemplate(String method, String url, YNode headers, Long timeoutSeconds, String successCondition,
        String body, YNode bodyFrom, boolean insecureSkipVerify) {
}
