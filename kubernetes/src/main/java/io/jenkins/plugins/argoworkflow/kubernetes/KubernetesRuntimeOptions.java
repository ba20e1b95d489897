package io.jenkins.plugins.argoworkflow.kubernetes;

import java.time.Duration;
import java.util.Objects;

/**
 * What the Kubernetes runtime may do beyond running pods.
 *
 * @param allowResourceTemplates whether {@code resource} templates run: they create, apply, delete and read
 *                               any object the manifest names with the controller's own credentials (not a
 *                               pod's service account), so they are refused unless the operator allows them
 * @param resourcePollInterval how often a resource node's object is read while its success or failure
 *                             condition is not met
 */
public record KubernetesRuntimeOptions(boolean allowResourceTemplates, Duration resourcePollInterval) {

    /** Resource templates refused; objects polled every 2 s. */
    public static final KubernetesRuntimeOptions DEFAULTS = new KubernetesRuntimeOptions(false, Duration.ofSeconds(2));

    /** The setting's name in messages, for a user to find it. */
    static final String ALLOW_RESOURCE_TEMPLATES = "allowResourceTemplates";

    public KubernetesRuntimeOptions {
        Objects.requireNonNull(resourcePollInterval, "resourcePollInterval");
    }

    public KubernetesRuntimeOptions withAllowResourceTemplates(boolean allow) {
        return new KubernetesRuntimeOptions(allow, resourcePollInterval);
    }
}
