package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoint;
import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoints;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.UserContainer;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The user's containers as the pod runs them: main and sidecars wrapped by the emissary script (run by the
 * busybox that {@code init} copies into {@code /var/run/argo}), init containers as written. The container is
 * the template's raw Kubernetes tree (resources, env, envFrom, securityContext... kept as written) with the
 * typed, substituted command in front. A container without {@code command} gets its image's from the image
 * index (Argo's {@code images:} setting), as Argo's controller does before it wraps the command.
 */
final class Wrapping {

    private static final String EMISSARY = PodManifest.VAR_RUN_ARGO + "/emissary.sh";
    private static final String BUSYBOX = PodManifest.VAR_RUN_ARGO + "/busybox";

    private Wrapping() {
    }

    /** main: result captured, output parameters and artifacts copied out, outputs in its termination message. */
    static Container main(Template t, boolean script, NodeIo inputs, Map<String, ImageEntrypoint> images) {
        io.jenkins.plugins.argoworkflow.engine.model.Container c = t.mainContainer();
        Container main = container(c.raw(), PodManifest.MAIN);
        List<String> argv = argv(c, images, "main", t.name());
        if (script) {
            argv.add(PodManifest.SCRIPT_PATH);
        }
        String termination = main.getTerminationMessagePath() != null ? main.getTerminationMessagePath()
                : PodManifest.DEFAULT_TERMINATION_LOG;
        List<String> options = new ArrayList<>(List.of("-m", termination, "-r"));
        for (NodeIo.Artifact in : inputs.artifacts()) {
            if (in.path() == null || !in.path().startsWith("/")) {
                throw new PodBuildException("template '" + t.name() + "': input artifact '" + in.name()
                        + "' needs an absolute path to be placed at; give it path: /some/where");
            }
            options.addAll(List.of("-i", in.name(), in.path(), mode(t, in.name())));
        }
        for (Parameter p : t.outputs().parameters()) {
            if (p.valueFrom() != null && p.valueFrom().path() != null) {
                options.addAll(List.of("-p", p.name(), p.valueFrom().path()));
            }
        }
        for (Artifact a : t.outputs().artifacts()) {
            if (a.path() != null) {
                options.addAll(List.of("-a", a.name(), a.path()));
            }
        }
        wrap(main, PodManifest.MAIN, options, argv);
        main.getVolumeMounts().add(PodManifest.varRunArgo());
        return main;
    }

    /** The input's declared {@code mode} for emissary.sh: octal, {@code R} first when recursive, else {@code -}. */
    private static String mode(Template t, String input) {
        return t.inputs().artifacts().stream().filter(a -> a.name().equals(input) && a.mode() != null).findFirst()
                .map(a -> (a.recurseMode() ? "R" : "") + Long.toOctalString(a.mode())).orElse("-");
    }

    /** A sidecar: wrapped so that {@code wait} can stop it once main has ended. */
    static Container sidecar(UserContainer s, Container main, Map<String, ImageEntrypoint> images) {
        io.jenkins.plugins.argoworkflow.engine.model.Container c = s.container();
        Container sidecar = container(c.raw(), c.name());
        List<String> argv = argv(c, images, "sidecar '" + c.name() + "'", null);
        wrap(sidecar, c.name(), List.of(), argv);
        mirror(s, sidecar, main);
        sidecar.getVolumeMounts().add(PodManifest.varRunArgo());
        return sidecar;
    }

    /** A template's init container: runs as written after {@code init}, as in Argo. */
    static Container userInit(UserContainer u, Container main) {
        Container init = container(u.container().raw(), u.container().name());
        mirror(u, init, main);
        init.getVolumeMounts().add(PodManifest.varRunArgo());
        return init;
    }

    private static Container container(YMap raw, String name) {
        Object tree = raw.toJava();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>((java.util.Map<String, Object>) tree);
        // Argo's own fields beside the Kubernetes container's.
        fields.remove("source");
        fields.remove("mirrorVolumeMounts");
        fields.put("name", name);
        Container c = PodManifest.convert(fields);
        c.setVolumeMounts(new ArrayList<>(c.getVolumeMounts()));
        return c;
    }

    private static void wrap(Container c, String name, List<String> options, List<String> argv) {
        List<String> command = new ArrayList<>(List.of(BUSYBOX, "sh", EMISSARY, name));
        command.addAll(options);
        command.add("--");
        command.addAll(argv);
        c.setCommand(command);
        c.setArgs(List.of());
    }

    /**
     * The command and args to wrap: the container's, or without a command what the image index says its image
     * runs. Otherwise the image's entrypoint would have to be read from its registry, which this runtime does
     * not do; lint warns of such containers.
     */
    private static List<String> argv(io.jenkins.plugins.argoworkflow.engine.model.Container c,
            Map<String, ImageEntrypoint> images, String what, String template) {
        return new ArrayList<>(ImageEntrypoints.argv(images, c.image(), c.command(), c.args())
                .orElseThrow(() -> new PodBuildException((template == null ? "" : "template '" + template + "': ")
                        + what + " container (image " + c.image() + ") has no command, and the image index has no"
                        + " entry for its image; the kubernetes runtime wraps the command and cannot read an image's"
                        + " entrypoint from its registry: add command to the template, or an entry for " + c.image()
                        + " to the image index (argowf --image-index FILE; in Jenkins, Image index under Manage Jenkins »"
                        + " System » Argo Workflow; Argo's images: setting)")));
    }

    private static void mirror(UserContainer u, Container target, Container main) {
        if (!u.mirrorVolumeMounts()) {
            return;
        }
        for (VolumeMount m : main.getVolumeMounts()) {
            if (!PodManifest.VAR_RUN_ARGO_VOLUME.equals(m.getName())
                    && target.getVolumeMounts().stream().noneMatch(x -> x.getName().equals(m.getName()))) {
                target.getVolumeMounts().add(m);
            }
        }
    }
}
