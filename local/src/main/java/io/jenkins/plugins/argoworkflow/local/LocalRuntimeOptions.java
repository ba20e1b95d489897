package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoint;
import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoints;
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
 * @param images what an image runs when a container gives no command (Argo's {@code images:} setting);
 *               keys are image references as written
 * @param requireBubblewrap when true (the default) a machine without {@code bwrap} fails every launch; when
 *                          false nodes run unsandboxed, sharing the host's file system
 * @param secretDir where secrets are read from, {@code DIR/<secret>/<key>} (as a secret is mounted), or null
 * @param configDir where config maps are read from, {@code DIR/<configMap>/<key>}, or null
 */
public record LocalRuntimeOptions(Path workRoot, Duration gracePeriod, Map<String, ImageEntrypoint> images,
        boolean requireBubblewrap, Path secretDir, Path configDir) {

    /** The built-in image index ({@link ImageEntrypoints#DEFAULTS}), shared with the Kubernetes runtime. */
    public static final Map<String, ImageEntrypoint> DEFAULT_IMAGES = ImageEntrypoints.DEFAULTS;

    public LocalRuntimeOptions {
        Objects.requireNonNull(workRoot, "workRoot");
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        if (gracePeriod.isNegative()) {
            throw new IllegalArgumentException("gracePeriod must not be negative: " + gracePeriod);
        }
        images = Map.copyOf(images);
    }

    /** Kubernetes's default grace period (30 s), the default image index, bubblewrap required. */
    public static LocalRuntimeOptions defaults(Path workRoot) {
        return new LocalRuntimeOptions(workRoot, Duration.ofSeconds(30), DEFAULT_IMAGES, true, null, null);
    }

    public LocalRuntimeOptions withGracePeriod(Duration grace) {
        return new LocalRuntimeOptions(workRoot, grace, images, requireBubblewrap, secretDir, configDir);
    }

    /** Adds (or replaces) the command an image implies, as {@code --image-command IMAGE=CMD} does. */
    public LocalRuntimeOptions withImageCommand(String image, List<String> command) {
        return withImages(Map.of(image, ImageEntrypoint.of(command)));
    }

    /** Adds (or replaces) what these images run, as an {@code --image-index} file does. */
    public LocalRuntimeOptions withImages(Map<String, ImageEntrypoint> more) {
        Map<String, ImageEntrypoint> all = new LinkedHashMap<>(images);
        all.putAll(more);
        return new LocalRuntimeOptions(workRoot, gracePeriod, all, requireBubblewrap, secretDir, configDir);
    }

    public LocalRuntimeOptions withRequireBubblewrap(boolean require) {
        return new LocalRuntimeOptions(workRoot, gracePeriod, images, require, secretDir, configDir);
    }

    /** Reads secrets from {@code dir/<secret>/<key>}, as {@code --secret-dir} does. */
    public LocalRuntimeOptions withSecretDir(Path dir) {
        return new LocalRuntimeOptions(workRoot, gracePeriod, images, requireBubblewrap, dir, configDir);
    }

    /** Reads config maps from {@code dir/<configMap>/<key>}, as {@code --config-dir} does. */
    public LocalRuntimeOptions withConfigDir(Path dir) {
        return new LocalRuntimeOptions(workRoot, gracePeriod, images, requireBubblewrap, secretDir, dir);
    }
}
