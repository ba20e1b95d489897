package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoints;
import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.VolumeMount;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Containers mount volumes that exist, and say what to run. */
final class ContainerRules {


    private final LintContext ctx;

    ContainerRules(LintContext ctx) {
        this.ctx = ctx;
    }

    void check() {
        WorkflowSpec spec = ctx.spec();
        Set<String> specVolumes = new LinkedHashSet<>(names(spec.volumes()));
        for (YNode claim : spec.volumeClaimTemplates()) {
            if (claim instanceof YMap m) {
                m.get("metadata").flatMap(meta -> meta instanceof YMap mm ? mm.get("name") : Optional.empty())
                        .ifPresent(n -> specVolumes.add(text(n)));
            }
        }
        for (Template t : spec.templates()) {
            Set<String> volumes = new LinkedHashSet<>(specVolumes);
            volumes.addAll(names(t.volumes()));
            List<VolumeMount> mounts = new ArrayList<>();
            Containers.of(t).forEach(c -> mounts.addAll(c.volumeMounts()));
            if (t.containerSet() != null) {
                mounts.addAll(t.containerSet().volumeMounts());
            }
            for (VolumeMount m : mounts) {
                if (m != null && m.name() != null && !m.name().contains("{{") && !volumes.contains(m.name())) {
                    ctx.error(ctx.at(m.location(), "name"), "templates." + t.name() + " volumeMount '" + m.name()
                            + "' names no volume; add it to spec.volumes, the template's volumes or "
                            + "spec.volumeClaimTemplates" + (volumes.isEmpty() ? "" : " (volumes are: "
                            + String.join(", ", volumes) + ")"));
                }
            }
            checkCommands(t);
        }
    }

    private void checkCommands(Template t) {
        Container defaults = defaultContainer(t);
        for (Container c : Containers.of(t)) {
            boolean hasCommand = !c.command().isEmpty() || (defaults != null && !defaults.command().isEmpty()
                    && c == t.mainContainer());
            String image = c.image() != null ? c.image() : defaults != null ? defaults.image() : null;
            if (hasCommand || ImageEntrypoints.lookup(ImageEntrypoints.DEFAULTS, image).isPresent()) {
                continue;
            }
            String what = t.script() != null && c == t.mainContainer()
                    ? "script template '" + t.name() + "' has no command; a script runs as COMMAND FILE, so add "
                            + "'command: [sh]' (or [python], [bash]...)"
                    : "container " + (c.name() != null ? "'" + c.name() + "' " : "") + "of template '" + t.name()
                            + "' has no command; argowf runs the command the way Argo's emissary executor wraps it, "
                            + "so without 'command' it cannot know what image '" + image + "' runs; add "
                            + "'command: [...]' (the image's entrypoint) or map the image with --image-command "
                            + image + "=CMD or an entry in an --image-index file (Argo's images: setting)";
            ctx.warning(c.location(), what);
        }
    }

    private Container defaultContainer(Template t) {
        Template d = ctx.spec().templateDefaults();
        if (d == null) {
            return null;
        }
        if (t.script() != null && d.script() != null) {
            return d.script().container();
        }
        return t.container() != null ? d.container() : null;
    }

    private static List<String> names(List<YNode> objects) {
        List<String> out = new ArrayList<>();
        for (YNode n : objects) {
            if (n instanceof YMap m) {
                m.get("name").ifPresent(v -> out.add(text(v)));
            }
        }
        return out;
    }

    private static String text(YNode n) {
        return n instanceof YScalar s ? s.text() : "";
    }
}
