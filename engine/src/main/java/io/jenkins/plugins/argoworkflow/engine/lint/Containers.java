package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.ContainerSetTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.UserContainer;
import java.util.ArrayList;
import java.util.List;

/** The containers a template starts: main (container or script), containerSet members, init containers, sidecars. */
final class Containers {

    private Containers() {
    }

    static List<Container> of(Template t) {
        List<Container> out = new ArrayList<>();
        if (t.mainContainer() != null) {
            out.add(t.mainContainer());
        }
        if (t.containerSet() != null) {
            for (ContainerSetTemplate.ContainerNode n : t.containerSet().containers()) {
                if (n != null && n.container() != null) {
                    out.add(n.container());
                }
            }
        }
        for (UserContainer u : t.initContainers()) {
            if (u != null && u.container() != null) {
                out.add(u.container());
            }
        }
        for (UserContainer u : t.sidecars()) {
            if (u != null && u.container() != null) {
                out.add(u.container());
            }
        }
        return out;
    }
}
