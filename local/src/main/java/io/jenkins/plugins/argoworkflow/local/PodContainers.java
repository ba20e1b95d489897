package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.ContainerSetTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.UserContainer;
import io.jenkins.plugins.argoworkflow.engine.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;

/**
 * The containers of a leaf's pod besides main, as Argo's pod builder adds them: init containers and
 * sidecars, each with the main container's volume mounts appended when it sets {@code mirrorVolumeMounts}.
 */
final class PodContainers {

    private PodContainers() {
    }

    static List<Container> initContainers(Template template) {
        return mirrored(template.initContainers(), template.mainContainer());
    }

    static List<Container> sidecars(Template template) {
        return mirrored(template.sidecars(), template.mainContainer());
    }

    /** Main (when there is one), a containerSet's containers, the init containers and the sidecars. */
    static List<Container> all(Template template) {
        List<Container> all = new ArrayList<>();
        if (template.mainContainer() != null) {
            all.add(template.mainContainer());
        }
        setContainers(template).forEach(c -> all.add(c.container()));
        all.addAll(initContainers(template));
        all.addAll(sidecars(template));
        return all;
    }

    /**
     * A containerSet's containers with their dependencies, each also mounting the set's {@code volumeMounts}, as
     * Argo gives every container of the set those mounts; empty for other templates.
     */
    static List<ContainerSetTemplate.ContainerNode> setContainers(Template template) {
        ContainerSetTemplate set = template.containerSet();
        if (set == null) {
            return List.of();
        }
        List<ContainerSetTemplate.ContainerNode> result = new ArrayList<>();
        for (ContainerSetTemplate.ContainerNode node : set.containers()) {
            result.add(new ContainerSetTemplate.ContainerNode(withMounts(node.container(), set.volumeMounts()),
                    node.dependencies()));
        }
        return result;
    }

    private static Container withMounts(Container c, List<VolumeMount> extra) {
        if (extra.isEmpty()) {
            return c;
        }
        List<VolumeMount> mounts = new ArrayList<>(c.volumeMounts());
        mounts.addAll(extra);
        return new Container(c.name(), c.image(), c.command(), c.args(), c.workingDir(), c.env(), mounts,
                c.imagePullPolicy(), c.tty(), c.raw(), c.location());
    }

    private static List<Container> mirrored(List<UserContainer> containers, Container main) {
        List<Container> result = new ArrayList<>();
        for (UserContainer u : containers) {
            boolean mirror = u.mirrorVolumeMounts() && main != null;
            result.add(mirror ? withMounts(u.container(), main.volumeMounts()) : u.container());
        }
        return result;
    }
}
