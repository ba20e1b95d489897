package io.jenkins.plugins.argoworkflow.engine.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image index (Argo's {@code images:} controller setting) as both runtimes read it: which entry an image
 * reference has, and the argv a container runs when it gives no {@code command}.
 */
public final class ImageEntrypoints {

    /**
     * The built-in index: Argo's e2e test image, whose entrypoint is the {@code argosay} tool at
     * {@code /argosay}, as Argo's documented ConfigMap lists it.
     */
    public static final Map<String, ImageEntrypoint> DEFAULTS =
            Map.of("argoproj/argosay:v2", ImageEntrypoint.of(List.of("/argosay")));

    private ImageEntrypoints() {
    }

    /** The entry for {@code image}; Docker Hub references may be written with or without the registry. */
    public static Optional<ImageEntrypoint> lookup(Map<String, ImageEntrypoint> images, String image) {
        if (image == null) {
            return Optional.empty();
        }
        ImageEntrypoint entry = images.get(image);
        if (entry == null) {
            entry = images.get(image.replaceFirst("^docker\\.io/(library/)?", ""));
        }
        return Optional.ofNullable(entry);
    }

    /**
     * The container's command then args as its image runs them: {@code command + args} when it gives a command,
     * else what the index says {@code image} runs with those args; empty when it has no command and the index
     * no (non-empty) entry.
     */
    public static Optional<List<String>> argv(Map<String, ImageEntrypoint> images, String image,
            List<String> command, List<String> args) {
        if (!command.isEmpty()) {
            List<String> argv = new ArrayList<>(command);
            argv.addAll(args);
            return Optional.of(argv);
        }
        return lookup(images, image).filter(e -> !e.isEmpty()).map(e -> e.argv(args));
    }
}
