package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
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

    /** Main (when there is one), the init containers and the sidecars. */
    static List<Container> all(Template template) {
        List<Container> all = new ArrayList<>();
        if (template.mainContainer() != null) {
            all.add(template.mainContainer());
        }
        all.addAll(initContainers(template));
        all.addAll(sidecars(template));
        return all;
    }

    private static List<Container> mirrored(List<UserContainer> containers, Container main) {
        List<Container> result = new ArrayList<>();
        for (UserContainer u : containers) {
            Container c = u.container();
            if (u.mirrorVolumeMounts() && main != null && !main.volumeMounts().isEmpty()) {
                List<VolumeMount> mounts = new ArrayList<>(c.volumeMounts());
                mounts.addAll(main.volumeMounts());
                c = new Container(c.name(), c.image(), c.command(), c.args(), c.workingDir(), c.env(), mounts,
                        c.imagePullPolicy(), c.tty(), c.raw(), c.location());
            }
            result.add(c);
        }
        return result;
    }
}
