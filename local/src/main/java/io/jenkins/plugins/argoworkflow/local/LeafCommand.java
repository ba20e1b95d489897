package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.EnvVar;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The argv and environment of one container of a leaf, as a pod would run them: {@code command} then
 * {@code args}, or what the {@link ImageIndex} says the image runs, and for a script's main container the
 * staged source's path appended last (only when there is a source, as Argo does). A {@code tty: true}
 * container runs under {@code script}, which gives it a pseudo-terminal.
 */
record LeafCommand(List<String> argv, Map<String, String> env) {

    /** The main container of a container or script template. */
    static LeafCommand of(Template template, ImageIndex images, KeyedFiles keyed, String scriptPath,
            Predicate<String> exists) throws LaunchException, IOException {
        Container container = template.mainContainer();
        if (container == null) {
            throw LaunchException.error("template '" + template.name()
                    + "' is not a container or script template; the local runtime runs only those");
        }
        boolean staged = template.script() != null && template.script().source() != null
                && !template.script().source().isEmpty();
        return of(container, images, keyed, exists, staged ? List.of(scriptPath) : List.of());
    }

    /** A container of the pod (main, an init container or a sidecar). */
    static LeafCommand of(Container container, ImageIndex images, KeyedFiles keyed, Predicate<String> exists)
            throws LaunchException, IOException {
        return of(container, images, keyed, exists, List.of());
    }

    private static LeafCommand of(Container container, ImageIndex images, KeyedFiles keyed,
            Predicate<String> exists, List<String> lastArgs) throws LaunchException, IOException {
        List<String> argv = new ArrayList<>(images.argv(container, name(container), exists));
        argv.addAll(lastArgs);
        return new LeafCommand(List.copyOf(container.tty() ? withTerminal(argv) : argv), env(container, keyed));
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

    /** {@code envFrom} first, then {@code env} over it, as the kubelet builds a container's environment. */
    private static Map<String, String> env(Container container, KeyedFiles keyed) throws LaunchException, IOException {
        Map<String, String> env = new LinkedHashMap<>();
        String of = " of container '" + name(container) + "'";
        Optional<YNode> envFrom = container.raw() == null ? Optional.empty() : container.raw().get("envFrom");
        if (envFrom.isPresent() && envFrom.get() instanceof YSeq sources) {
            for (YNode source : sources.items()) {
                if (source instanceof YMap map) {
                    envFrom(map, keyed, NodeVolumes.at(map.location()) + "envFrom" + of, env);
                }
            }
        }
        for (EnvVar var : container.env()) {
            if (var.valueFrom() == null) {
                env.put(var.name(), var.value() == null ? "" : var.value());
            } else {
                valueFrom(var, keyed, NodeVolumes.at(var.location()) + "env " + var.name() + of)
                        .ifPresent(value -> env.put(var.name(), value));
            }
        }
        return env;
    }

    private static void envFrom(YMap source, KeyedFiles keyed, String what, Map<String, String> env)
            throws LaunchException, IOException {
        String prefix = NodeVolumes.text(source, "prefix").orElse("");
        for (KeyedFiles.Kind kind : KeyedFiles.Kind.values()) {
            Optional<YMap> ref = map(source, kind.envFromField());
            if (ref.isPresent()) {
                String name = NodeVolumes.text(ref.get(), "name").orElse("");
                keyed.all(kind, name, KeyedFiles.flag(ref.get(), "optional"), what)
                        .forEach((key, value) -> env.put(prefix + key, value));
            }
        }
    }

    private static Optional<String> valueFrom(EnvVar var, KeyedFiles keyed, String what)
            throws LaunchException, IOException {
        if (var.valueFrom() instanceof YMap from) {
            for (KeyedFiles.Kind kind : KeyedFiles.Kind.values()) {
                Optional<YMap> ref = map(from, kind.keyRefField());
                if (ref.isPresent()) {
                    return keyed.value(kind, NodeVolumes.text(ref.get(), "name").orElse(""),
                            NodeVolumes.text(ref.get(), "key").orElse(""), KeyedFiles.flag(ref.get(), "optional"), what);
                }
            }
        }
        throw LaunchException.error(what + " uses a valueFrom other than secretKeyRef and configMapKeyRef, which"
                + " the local runtime cannot resolve without a cluster; give it a value");
    }

    private static Optional<YMap> map(YMap map, String key) {
        return map.get(key).filter(YMap.class::isInstance).map(YMap.class::cast);
    }

    static String name(Container container) {
        return container.name() == null || container.name().isEmpty() ? "main" : container.name();
    }
}
