package io.jenkins.plugins.argoworkflow;

import hudson.slaves.Cloud;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import jenkins.model.Jenkins;
import org.csanchez.jenkins.plugins.kubernetes.KubernetesCloud;

/**
 * Finds the kubernetes-plugin cloud a step runs on: the one it names, else the operator's default, else the first
 * Kubernetes cloud; and the pods' namespace: the step's, else the default, else the cloud's. The clouds are read
 * through two functions so that the choice is tested without a Jenkins.
 */
final class KubernetesClouds {

    private final Function<String, Cloud> byName;
    private final List<KubernetesCloud> all;

    KubernetesClouds(Function<String, Cloud> byName, List<KubernetesCloud> all) {
        this.byName = byName;
        this.all = all;
    }

    /** The clouds of this Jenkins. */
    static KubernetesClouds ofJenkins() {
        Jenkins jenkins = Jenkins.get();
        return new KubernetesClouds(jenkins::getCloud, jenkins.clouds.getAll(KubernetesCloud.class));
    }

    /**
     * The cloud for a step that asked for {@code requested} (null: none) under {@code settings}.
     *
     * @throws NoCloudException saying what to configure when there is no such cloud, or no Kubernetes cloud at all
     */
    KubernetesCloud choose(String requested, PluginSettings settings) throws NoCloudException {
        if (requested != null) {
            return named(requested, "argoWorkflow: cloud '" + requested + "'");
        }
        if (settings.defaultCloud() != null) {
            return named(settings.defaultCloud(), "argoWorkflow: the default cloud '" + settings.defaultCloud()
                    + "' (Manage Jenkins » System » Argo Workflow)");
        }
        if (all.isEmpty()) {
            throw new NoCloudException("argoWorkflow runs its pods on a Kubernetes cloud, and none is configured: add one "
                    + "in Manage Jenkins » Clouds (Kubernetes plugin), then name it with 'cloud' or leave 'cloud' out to "
                    + "use the first");
        }
        return all.get(0);
    }

    /** The pods' namespace: the step's, the default's, the cloud's, else null (the client's own namespace). */
    static String namespace(String requested, PluginSettings settings, KubernetesCloud cloud) {
        if (requested != null) {
            return requested;
        }
        if (settings.defaultNamespace() != null) {
            return settings.defaultNamespace();
        }
        String own = cloud.getNamespace();
        return own == null || own.isBlank() ? null : own.trim();
    }

    private KubernetesCloud named(String name, String what) throws NoCloudException {
        Cloud cloud = byName.apply(name);
        if (cloud == null) {
            throw new NoCloudException(what + " does not exist; " + known());
        }
        if (!(cloud instanceof KubernetesCloud kubernetes)) {
            throw new NoCloudException(what + " is a " + cloud.getClass().getSimpleName()
                    + ", not a Kubernetes cloud; " + known());
        }
        return kubernetes;
    }

    /** No usable cloud, with what to configure; the step fails with this message (an AbortException: no trace). */
    static final class NoCloudException extends Exception {

        private static final long serialVersionUID = 1L;

        NoCloudException(String message) {
            super(message);
        }
    }

    private String known() {
        if (all.isEmpty()) {
            return "no Kubernetes cloud is configured (Manage Jenkins » Clouds)";
        }
        return "the Kubernetes clouds are: " + all.stream().map(c -> c.name).collect(Collectors.joining(", "));
    }
}
