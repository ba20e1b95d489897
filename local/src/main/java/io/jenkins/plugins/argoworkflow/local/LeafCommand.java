package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.EnvVar;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The argv and environment of one container of a leaf, as a pod would run them: {@code command} then
 * {@code args}, or what the {@link ImageIndex} says the image runs, and for a script's main container the
 * staged source's path appended last (only when there is a source, as Argo does). A {@code tty: true}
 * container runs under {@code script}, which gives it a pseudo-terminal.
 */
record LeafCommand(List<String> argv, Map<String, String> env) {

    /** The main container of a container or script template. */
    static LeafCommand of(Template template, ImageIndex images, String scriptPath, Predicate<String> exists)
            throws LaunchException {
        Container container = template.mainContainer();
        if (container == null) {
            throw LaunchException.error("template '" + template.name()
                    + "' is not a container or script template; the local runtime runs only those");
        }
        boolean staged = template.script() != null && template.script().source() != null
                && !template.script().source().isEmpty();
        return of(container, images, exists, staged ? List.of(scriptPath) : List.of());
    }

    /** A container of the pod (main, an init container or a sidecar). */
    static LeafCommand of(Container container, ImageIndex images, Predicate<String> exists) throws LaunchException {
        return of(container, images, exists, List.of());
    }

    private static LeafCommand of(Container container, ImageIndex images, Predicate<String> exists,
            List<String> lastArgs) throws LaunchException {
        List<String> argv = new ArrayList<>(images.argv(container, name(container), exists));
        argv.addAll(lastArgs);
        return new LeafCommand(List.copyOf(container.tty() ? withTerminal(argv) : argv), env(container));
    }

    /** Runs argv under {@code script -qefc}, with output newlines left as {@code \n}. */
    private static List<String> withTerminal(List<String> argv) {
        StringBuilder command = new StringBuilder("stty -onlcr 2>/dev/null; exec");
        for (String word : argv) {
            command.append(' ').append(quoted(word));
        }
        return List.of("script", "-qefc", command.toString(), "/dev/null");
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
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

    static String name(Container container) {
        return container.name() == null || container.name().isEmpty() ? "main" : container.name();
    }
}
