package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A resource template's {@code flags}, which Argo hands to {@code kubectl}. argowf acts through the API, not
 * kubectl, so it takes only what names the object to act on, the form Argo's JSON patches need
 * ({@code flags: [configmap, settings]}, {@code [deployment.apps/web, -n, prod]}), and ignores
 * {@code --validate=false} (no client-side validation runs anyway); any other flag is refused with a clear
 * error rather than silently dropped.
 *
 * @param resource the resource type as kubectl takes it (plural, singular, kind or short name, with
 *                 {@code .group} where ambiguous), or null when the flags name none
 * @param name the object's name, or null
 * @param namespace the namespace given by {@code -n}/{@code --namespace}, or null
 */
record KubectlFlags(String resource, String name, String namespace) {

    static final KubectlFlags NONE = new KubectlFlags(null, null, null);

    /**
     * The flags read as a target.
     *
     * @throws IllegalArgumentException naming the flag argowf does not run, and what to do instead
     */
    static KubectlFlags parse(String template, List<String> flags) {
        if (flags == null || flags.isEmpty()) {
            return NONE;
        }
        List<String> words = new ArrayList<>();
        String namespace = null;
        for (int i = 0; i < flags.size(); i++) {
            String f = flags.get(i);
            if (f.equals("-n") || f.equals("--namespace")) {
                if (i + 1 >= flags.size()) {
                    throw refused(template, f);
                }
                namespace = flags.get(++i);
            } else if (f.startsWith("--namespace=")) {
                namespace = f.substring("--namespace=".length());
            } else if (f.equals("--validate=false") || f.equals("--validate=ignore")) {
                continue; // requests to the API are not validated on the client: nothing to turn off
            } else if (f.startsWith("-")) {
                throw refused(template, f);
            } else {
                words.add(f);
            }
        }
        if (words.size() == 1 && words.get(0).contains("/")) {
            String[] typeAndName = words.get(0).split("/", 2);
            return new KubectlFlags(typeAndName[0], typeAndName[1], namespace);
        }
        if (words.size() == 2) {
            return new KubectlFlags(words.get(0), words.get(1), namespace);
        }
        if (words.isEmpty()) {
            return new KubectlFlags(null, null, namespace);
        }
        throw new IllegalArgumentException("resource template '" + template + "': flags " + flags + " do not name"
                + " one object; argowf takes flags: [<resource>, <name>] (or <resource>/<name>), with -n <namespace>");
    }

    boolean namesObject() {
        return resource != null && name != null;
    }

    private static IllegalArgumentException refused(String template, String flag) {
        return new IllegalArgumentException("resource template '" + template + "': flag '" + flag + "' is not"
                + " supported: argowf acts through the Kubernetes API, not kubectl, and takes as flags only the"
                + " object to act on ([<resource>, <name>], -n <namespace>) and --validate=false; remove it");
    }

    /**
     * The API resource {@link #resource} names, found by discovery as kubectl finds it: the core group first,
     * then each group's preferred version.
     *
     * @throws IllegalArgumentException when the cluster serves no such resource
     */
    ResourceDefinitionContext resolve(KubernetesClient client) {
        String[] typeAndGroup = resource.split("\\.", 2);
        String type = typeAndGroup[0].toLowerCase(Locale.ROOT);
        String group = typeAndGroup.length > 1 ? typeAndGroup[1] : null;
        List<String> groupVersions = new ArrayList<>();
        if (group == null) {
            groupVersions.add("v1");
        }
        if (group != null || find(client, "v1", type) == null) {
            for (APIGroup g : client.getApiGroups().getGroups()) {
                if (group == null || g.getName().equals(group)) {
                    groupVersions.add(g.getPreferredVersion().getGroupVersion());
                }
            }
        }
        for (String gv : groupVersions) {
            APIResource found = find(client, gv, type);
            if (found != null) {
                return ResourceDefinitionContext.fromApiResource(gv, found);
            }
        }
        throw new IllegalArgumentException("the cluster serves no resource type '" + resource + "' (flags name the"
                + " object as kubectl does: [<resource>, <name>], e.g. [configmap, settings])");
    }

    private static APIResource find(KubernetesClient client, String groupVersion, String type) {
        APIResourceList list = client.getApiResources(groupVersion);
        if (list == null) {
            return null;
        }
        for (APIResource r : list.getResources()) {
            if (r.getName().contains("/")) {
                continue; // a subresource
            }
            if (r.getName().equals(type) || type.equals(r.getSingularName())
                    || type.equalsIgnoreCase(r.getKind()) || r.getShortNames().contains(type)) {
                return r;
            }
        }
        return null;
    }
}
