package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.EnvVar;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The argv and environment of a leaf's main container, as a pod would run them: {@code command} then
 * {@code args}, the image's implied command when the container gives none, and for scripts the staged
 * source's path appended last (only when there is a source, as Argo does).
 */
record LeafCommand(List<String> argv, Map<String, String> env) {

    static LeafCommand of(Template template, Map<String, List<String>> imageCommands, String scriptPath)
            throws LaunchException {
        Container container = template.mainContainer();
        if (container == null) {
            throw LaunchException.error("template '" + template.name()
                    + "' is not a container or script template; the local runtime runs only those");
        }
        List<String> argv = new ArrayList<>(command(container, imageCommands));
        argv.addAll(container.args());
        if (template.script() != null && template.script().source() != null
                && !template.script().source().isEmpty()) {
            argv.add(scriptPath);
        }
        return new LeafCommand(List.copyOf(argv), env(container));
    }

    private static List<String> command(Container container, Map<String, List<String>> imageCommands)
            throws LaunchException {
        if (!container.command().isEmpty()) {
            return container.command();
        }
        String image = container.image() == null ? "" : container.image();
        List<String> implied = imageCommands.get(image);
        if (implied == null) {
            // Docker Hub references may be written with or without the registry; the index is keyed short.
            implied = imageCommands.get(image.replaceFirst("^docker\\.io/(library/)?", ""));
        }
        if (implied == null || implied.isEmpty()) {
            throw LaunchException.error("container '" + name(container) + "' (image " + image
                    + ") has no command; the local runtime runs host processes and cannot read an image's"
                    + " entrypoint: add command to the template or --image-command " + image + "=CMD");
        }
        return implied;
    }

    private static Map<String, String> env(Container container) throws LaunchException {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar var : container.env()) {
            if (var.valueFrom() != null) {
                throw LaunchException.error("env " + var.name() + " of container '" + name(container)
                        + "' uses valueFrom, which the local runtime cannot resolve from a cluster;"
                        + " supply secrets and config maps with --secret-dir and --config-dir");
            }
            env.put(var.name(), var.value() == null ? "" : var.value());
        }
        return env;
    }

    private static String name(Container container) {
        return container.name() == null || container.name().isEmpty() ? "main" : container.name();
    }
}
