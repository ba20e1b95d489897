package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.TemplateText;
import io.jenkins.plugins.argoworkflow.engine.expr.Unresolved;
import io.jenkins.plugins.argoworkflow.engine.expr.Variables;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.ArtifactLocation;
import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.ContainerSetTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.EnvVar;
import io.jenkins.plugins.argoworkflow.engine.model.Inputs;
import io.jenkins.plugins.argoworkflow.engine.model.IntOrString;
import io.jenkins.plugins.argoworkflow.engine.model.Outputs;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.ResourceTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.ScriptTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.SuspendTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.UserContainer;
import io.jenkins.plugins.argoworkflow.engine.model.ValueFrom;
import io.jenkins.plugins.argoworkflow.engine.model.VolumeMount;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/**
 * Substitutes {@code {{...}}} in the fields of a template that a runtime reads, for one node: the container
 * or script (typed fields and the raw Kubernetes tree), output and input paths, deadlines, a suspend's
 * duration. Tags it cannot resolve stay as written, as Argo's template pass leaves them.
 */
final class TemplateRenderer {

    private final Variables variables;
    /** Only looks for tags ({@link #hasTags}): replaces nothing. */
    private final boolean probing;
    private boolean sawTag;

    TemplateRenderer(Variables variables) {
        this(variables, false);
    }

    private TemplateRenderer(Variables variables, boolean probing) {
        this.variables = variables;
        this.probing = probing;
    }

    /**
     * Whether any field {@link #render} reads holds a tag: when none does, rendering gives the template as it is,
     * for every node, so a scheduler can hand out the template itself.
     */
    static boolean hasTags(Template t) {
        TemplateRenderer probe = new TemplateRenderer(Variables.empty(), true);
        probe.render(t);
        return probe.sawTag;
    }

    /** The template with its tags replaced; throws the expression layer's error for a broken tag. */
    Template render(Template t) {
        return new Template(t.name(), inputs(t.inputs()), outputs(t.outputs()), t.nodeSelector(), t.affinity(),
                t.metadata(), t.daemon(), t.steps(), container(t.container()), containerSet(t.containerSet()),
                script(t.script()),
                resource(t.resource()), t.dag(), suspend(t.suspend()), t.data(), t.http(), t.plugin(),
                t.volumes().stream().map(this::node).toList(), userContainers(t.initContainers()),
                userContainers(t.sidecars()), t.archiveLocation(), intOrString(t.activeDeadlineSeconds()),
                t.retryStrategy(), t.parallelism(), t.failFast(), t.tolerations(), t.schedulerName(),
                t.priorityClassName(), t.serviceAccountName(), t.automountServiceAccountToken(), t.executor(),
                t.hostAliases(), t.securityContext(), text(t.podSpecPatch()), t.metrics(), t.synchronization(),
                t.memoize(), text(t.timeout()), text(t.pendingTimeout()), t.annotations(), t.podResources(),
                t.resourceClaims(), t.location());
    }

    private ResourceTemplate resource(ResourceTemplate r) {
        return r == null ? null : new ResourceTemplate(text(r.action()), text(r.mergeStrategy()), text(r.manifest()),
                r.manifestFromArtifact(), r.setOwnerReference(), text(r.successCondition()), text(r.failureCondition()),
                texts(r.flags()), r.location());
    }

    String text(String s) {
        if (s == null || !s.contains("{{")) {
            return s;
        }
        if (probing) {
            sawTag = true;
            return s;
        }
        return TemplateText.parse(s).render(variables, Unresolved.KEEP);
    }

    private List<String> texts(List<String> list) {
        return list.stream().map(this::text).toList();
    }

    private IntOrString intOrString(IntOrString v) {
        return v == null || v.isInt() ? v : IntOrString.of(text(v.stringValue()));
    }

    private Container container(Container c) {
        if (c == null) {
            return null;
        }
        List<EnvVar> env = c.env().stream()
                .map(e -> new EnvVar(e.name(), text(e.value()), e.valueFrom(), e.location())).toList();
        List<VolumeMount> mounts = c.volumeMounts().stream()
                .map(m -> new VolumeMount(m.name(), text(m.mountPath()), text(m.subPath()), m.readOnly(), m.location()))
                .toList();
        return new Container(c.name(), text(c.image()), texts(c.command()), texts(c.args()), text(c.workingDir()), env,
                mounts, c.imagePullPolicy(), c.tty(), (YMap) node(c.raw()), c.location());
    }

    private ContainerSetTemplate containerSet(ContainerSetTemplate set) {
        if (set == null) {
            return null;
        }
        return new ContainerSetTemplate(set.containers().stream()
                .map(c -> new ContainerSetTemplate.ContainerNode(container(c.container()), c.dependencies())).toList(),
                set.volumeMounts(), set.retryStrategy());
    }

    private List<UserContainer> userContainers(List<UserContainer> list) {
        return list.stream().map(u -> new UserContainer(container(u.container()), u.mirrorVolumeMounts())).toList();
    }

    private ScriptTemplate script(ScriptTemplate s) {
        return s == null ? null : new ScriptTemplate(container(s.container()), text(s.source()));
    }

    private SuspendTemplate suspend(SuspendTemplate s) {
        return s == null ? null : new SuspendTemplate(text(s.duration()));
    }

    private Inputs inputs(Inputs in) {
        return new Inputs(in.parameters(), in.artifacts().stream().map(this::artifact).toList());
    }

    private Outputs outputs(Outputs out) {
        List<Parameter> params = new ArrayList<>();
        for (Parameter p : out.parameters()) {
            ValueFrom v = p.valueFrom();
            ValueFrom rendered = v == null ? null : new ValueFrom(text(v.path()), v.jsonPath(), v.jqFilter(), v.event(),
                    v.parameter(), v.supplied(), v.configMapKeyRef(), v.defaultValue(), v.expression(), v.location());
            params.add(new Parameter(p.name(), p.defaultValue(), text(p.value()), rendered, p.globalName(),
                    p.enumValues(), p.description(), p.location()));
        }
        return new Outputs(params, out.artifacts().stream().map(this::artifact).toList(), out.result(), out.exitCode());
    }

    private Artifact artifact(Artifact a) {
        return new Artifact(a.name(), text(a.path()), a.mode(), a.from(), a.archiveLogs(), a.archive(), a.globalName(),
                a.optional(), text(a.subPath()), a.recurseMode(), a.fromExpression(), storage(a.storage()), a.artifactGC(),
                a.deleted(), a.location());
    }

    private ArtifactLocation storage(ArtifactLocation at) {
        return at == null ? null : new ArtifactLocation(at.kind(), (YMap) node(at.settings()), at.location());
    }

    /** A raw Kubernetes tree with the tags of its string scalars replaced. */
    YNode node(YNode n) {
        if (n instanceof YScalar s) {
            return s.kind() == YScalar.Kind.STRING && s.text().contains("{{") ? YScalar.string(text(s.text()), s.location())
                    : s;
        }
        if (n instanceof YSeq seq) {
            return new YSeq(seq.items().stream().map(this::node).toList(), seq.location());
        }
        YMap map = (YMap) n;
        List<YMap.Entry> entries = new ArrayList<>(map.size());
        for (YMap.Entry e : map.entries()) {
            entries.add(new YMap.Entry(e.key(), node(e.value())));
        }
        return new YMap(entries, map.location());
    }
}
