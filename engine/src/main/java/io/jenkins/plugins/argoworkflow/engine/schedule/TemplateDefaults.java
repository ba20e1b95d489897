package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.Inputs;
import io.jenkins.plugins.argoworkflow.engine.model.Outputs;
import io.jenkins.plugins.argoworkflow.engine.model.ScriptTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code spec.templateDefaults} applied to a template, as Argo does before it runs one: the defaults are
 * merged under the template (what the template sets wins; a container's or script's fields are merged one by
 * one), and the template keeps its own type (Argo resets it after the merge), so defaults for containers
 * and for scripts can stand side by side.
 */
final class TemplateDefaults {

    private TemplateDefaults() {
    }

    static Template apply(Template t, Template d) {
        if (d == null) {
            return t;
        }
        return new Template(t.name(), t.inputs() == Inputs.NONE ? d.inputs() : t.inputs(),
                t.outputs() == Outputs.NONE ? d.outputs() : t.outputs(), or(t.nodeSelector(), d.nodeSelector()),
                or(t.affinity(), d.affinity()), or(t.metadata(), d.metadata()), or(t.daemon(), d.daemon()), t.steps(),
                t.container() == null ? null : container(t.container(), d.container()), t.containerSet(),
                t.script() == null ? null : script(t.script(), d.script()), t.resource(), t.dag(), t.suspend(), t.data(),
                t.http(), t.plugin(), or(t.volumes(), d.volumes()), or(t.initContainers(), d.initContainers()),
                or(t.sidecars(), d.sidecars()), or(t.archiveLocation(), d.archiveLocation()),
                or(t.activeDeadlineSeconds(), d.activeDeadlineSeconds()), or(t.retryStrategy(), d.retryStrategy()),
                or(t.parallelism(), d.parallelism()), or(t.failFast(), d.failFast()), or(t.tolerations(), d.tolerations()),
                or(t.schedulerName(), d.schedulerName()), or(t.priorityClassName(), d.priorityClassName()),
                or(t.serviceAccountName(), d.serviceAccountName()),
                or(t.automountServiceAccountToken(), d.automountServiceAccountToken()), or(t.executor(), d.executor()),
                or(t.hostAliases(), d.hostAliases()), or(t.securityContext(), d.securityContext()),
                or(t.podSpecPatch(), d.podSpecPatch()), or(t.metrics(), d.metrics()),
                or(t.synchronization(), d.synchronization()), or(t.memoize(), d.memoize()), or(t.timeout(), d.timeout()),
                or(t.pendingTimeout(), d.pendingTimeout()), or(t.annotations(), d.annotations()),
                or(t.podResources(), d.podResources()), or(t.resourceClaims(), d.resourceClaims()), t.location());
    }

    private static ScriptTemplate script(ScriptTemplate t, ScriptTemplate d) {
        if (d == null) {
            return t;
        }
        return new ScriptTemplate(container(t.container(), d.container()), t.source().isEmpty() ? d.source() : t.source());
    }

    private static Container container(Container t, Container d) {
        if (d == null) {
            return t;
        }
        return new Container(or(t.name(), d.name()), or(t.image(), d.image()), or(t.command(), d.command()),
                or(t.args(), d.args()), or(t.workingDir(), d.workingDir()), or(t.env(), d.env()),
                or(t.volumeMounts(), d.volumeMounts()), or(t.imagePullPolicy(), d.imagePullPolicy()), t.tty() || d.tty(),
                raw(t.raw(), d.raw()), t.location());
    }

    /** The raw container trees merged key by key, the template's keys winning. */
    private static YMap raw(YMap t, YMap d) {
        List<YMap.Entry> entries = new ArrayList<>();
        for (YMap.Entry e : d.entries()) {
            if (!t.has(e.name())) {
                entries.add(e);
            }
        }
        t.entries().forEach(entries::add);
        return new YMap(entries, t.location());
    }

    private static <T> T or(T own, T fallback) {
        if (own == null) {
            return fallback;
        }
        if ((own instanceof Collection<?> c && c.isEmpty()) || (own instanceof Map<?, ?> m && m.isEmpty())) {
            return fallback;
        }
        return own;
    }
}
