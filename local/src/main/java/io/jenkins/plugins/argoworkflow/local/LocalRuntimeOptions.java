package io.jenkins.plugins.argoworkflow.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the local runtime runs nodes.
 *
 * @param workRoot where each node gets its own state directory (private file system, staged script)
 * @param gracePeriod how long a stopped node's processes get between SIGTERM and SIGKILL
 * @param imageCommands the command an image implies when a container gives none (Argo's {@code images:}
 *                      setting); keys are image references as written
 * @param requireBubblewrap when true (the default) a machine without {@code bwrap} fails every launch; when
 *                          false nodes run unsandboxed, sharing the host's file system
 */
public record LocalRuntimeOptions(Path workRoot, Duration gracePeriod, Map<String, List<String>> imageCommands,
        boolean requireBubblewrap) {

    /** Argo's e2e test image: its entrypoint is the {@code argosay} tool. */
    public static final Map<String, List<String>> DEFAULT_IMAGE_COMMANDS =
            Map.of("argoproj/argosay:v2", List.of("argosay"));

    public LocalRuntimeOptions {
        Objects.requireNonNull(workRoot, "workRoot");
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        if (gracePeriod.isNegative()) {
            throw new IllegalArgumentException("gracePeriod must not be negative: " + gracePeriod);
        }
        imageCommands = Map.copyOf(imageCommands);
    }

    /** Kubernetes's default grace period (30 s), the default image index, bubblewrap required. */
    public static LocalRuntimeOptions defaults(Path workRoot) {
        return new LocalRuntimeOptions(workRoot, Duration.ofSeconds(30), DEFAULT_IMAGE_COMMANDS, true);
    }

    public LocalRuntimeOptions withGracePeriod(Duration grace) {
        return new LocalRuntimeOptions(workRoot, grace, imageCommands, requireBubblewrap);
    }

    /** Adds (or replaces) the command an image implies, as {@code --image-command IMAGE=CMD} does. */
    public LocalRuntimeOptions withImageCommand(String image, List<String> command) {
        Map<String, List<String>> commands = new LinkedHashMap<>(imageCommands);
        commands.put(image, List.copyOf(command));
        return new LocalRuntimeOptions(workRoot, gracePeriod, commands, requireBubblewrap);
    }

    public LocalRuntimeOptions withRequireBubblewrap(boolean require) {
        return new LocalRuntimeOptions(workRoot, gracePeriod, imageCommands, require);
    }
}
