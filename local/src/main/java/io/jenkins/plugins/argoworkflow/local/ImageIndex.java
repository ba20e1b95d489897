package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoint;
import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoints;
import io.jenkins.plugins.argoworkflow.engine.model.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the local runtime knows of the images it does not have: the command each one runs when a container
 * gives none (Argo's {@code images:} setting), and which host programs stand in for an image's own.
 *
 * <ul>
 *   <li>An absolute command that the node cannot find but that is the program the index gives its image
 *       ({@code /argosay} of {@code argoproj/argosay:v2}) runs that program's name from {@code PATH}.</li>
 *   <li>{@code sh} (and {@code ash}, {@code /bin/sh}) of an image whose shell is busybox ash ({@code alpine},
 *       {@code busybox}, {@code *-alpine} and {@code alpine*} tags) runs as {@code busybox sh} when busybox is
 *       installed, else as {@code bash --posix}: both have ash's {@code $RANDOM} and {@code [[ ]]}, which the
 *       host's {@code sh} (dash on Debian) lacks.</li>
 * </ul>
 */
final class ImageIndex {

    private static final Set<String> ASH_NAMES = Set.of("sh", "ash", "/bin/sh", "/bin/ash", "/usr/bin/sh");
    private static final Set<String> ASH_IMAGES = Set.of("alpine", "busybox");

    private final Map<String, ImageEntrypoint> images;
    private final String path;

    ImageIndex(Map<String, ImageEntrypoint> images, String path) {
        this.images = Map.copyOf(images);
        this.path = path;
    }

    /**
     * The container's command then args as its image would run them; {@code exists} says whether the node
     * sees an absolute path.
     */
    List<String> argv(Container container, String name, Predicate<String> exists) throws LaunchException {
        String image = container.image() == null ? "" : container.image();
        Optional<ImageEntrypoint> entry = ImageEntrypoints.lookup(images, image);
        List<String> argv = new ArrayList<>(ImageEntrypoints.argv(images, image, container.command(),
                container.args()).orElseThrow(() -> LaunchException.error("container '" + name + "' (image " + image + ") has no"
                        + " command; the local runtime runs host processes and cannot read an image's entrypoint:"
                        + " add command to the template, --image-command " + image + "=CMD, or an entry in an"
                        + " --image-index file")));
        String program = argv.get(0);
        if (program.startsWith("/") && !exists.test(program) && entry.isPresent()
                && entry.get().program().equals(program)) {
            argv.set(0, Path.of(program).getFileName().toString());
        }
        if (ASH_NAMES.contains(argv.get(0)) && hasAsh(image)) {
            List<String> shell = ash();
            if (!shell.isEmpty()) {
                argv.remove(0);
                argv.addAll(0, shell);
            }
        }
        return argv;
    }

    /** Whether the image's {@code sh} is busybox ash: alpine and busybox images, and {@code *alpine*} tags. */
    static boolean hasAsh(String image) {
        String ref = image.replaceFirst("@.*$", "");
        int slash = ref.lastIndexOf('/');
        int colon = ref.lastIndexOf(':');
        String repository = colon > slash ? ref.substring(0, colon) : ref;
        String tag = colon > slash ? ref.substring(colon + 1) : "";
        String name = repository.substring(repository.lastIndexOf('/') + 1);
        return ASH_IMAGES.contains(name) || tag.matches("(.*-)?alpine.*");
    }

    /** busybox's ash, else bash in POSIX mode; empty when neither is installed (the host's sh then runs). */
    private List<String> ash() {
        Optional<Path> busybox = Executables.onPath("busybox", path);
        if (busybox.isPresent()) {
            return List.of(busybox.get().toString(), "sh");
        }
        return Executables.onPath("bash", path).map(bash -> List.of(bash.toString(), "--posix")).orElse(List.of());
    }
}
