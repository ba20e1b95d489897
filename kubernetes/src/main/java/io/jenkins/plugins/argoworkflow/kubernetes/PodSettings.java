package io.jenkins.plugins.argoworkflow.kubernetes;

import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoint;
import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoints;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every pod of the runtime shares: where pods go and how the executor containers run.
 *
 * @param namespace the namespace of the pods
 * @param executorImage the image of the {@code init} and {@code wait} containers: any image with a static
 *                      {@code /bin/busybox} (copied into the pod for the wrapper) and {@code /bin/sh}
 * @param collectTimeout how long {@code init} waits for the controller to stream input artifacts in, and how
 *                       long {@code wait} keeps outputs (artifacts, or outputs too big for a termination
 *                       message) for the controller to read
 * @param sidecarGrace how long sidecars have between SIGTERM and SIGKILL once main has ended
 * @param images the image index (Argo's {@code images:} setting): what an image runs when a main or sidecar
 *               container gives no command, which the wrapper needs; keys are image references as written
 */
public record PodSettings(String namespace, String executorImage, Duration collectTimeout, Duration sidecarGrace,
        Map<String, ImageEntrypoint> images) {

    /**
     * BusyBox 1.37.0 built against musl, whose {@code /bin/busybox} is static and so runs in any user image;
     * pinned by the digest of its multi-platform index (linux/amd64, linux/arm64 and more), as
     * docker-library/repo-info lists it for {@code busybox:1.37.0-musl}.
     */
    public static final String DEFAULT_EXECUTOR_IMAGE =
            "busybox:1.37.0-musl@sha256:1256f55742579badea94e3e2f574fc90021120f6c1aa01c87182566dfb950c39";

    public PodSettings {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(executorImage, "executorImage");
        Objects.requireNonNull(collectTimeout, "collectTimeout");
        Objects.requireNonNull(sidecarGrace, "sidecarGrace");
        images = Map.copyOf(images);
    }

    /** These settings with the built-in image index ({@link ImageEntrypoints#DEFAULTS}). */
    public PodSettings(String namespace, String executorImage, Duration collectTimeout, Duration sidecarGrace) {
        this(namespace, executorImage, collectTimeout, sidecarGrace, ImageEntrypoints.DEFAULTS);
    }

    /**
     * Pods in {@code namespace} with the default executor image, 10 minutes to collect, 30 s sidecar grace, the
     * built-in image index.
     */
    public static PodSettings defaults(String namespace) {
        return new PodSettings(namespace, DEFAULT_EXECUTOR_IMAGE, Duration.ofMinutes(10), Duration.ofSeconds(30));
    }

    public PodSettings withExecutorImage(String image) {
        return new PodSettings(namespace, image, collectTimeout, sidecarGrace, images);
    }

    /** Adds (or replaces) what these images run, as an {@code --image-index} file does. */
    public PodSettings withImages(Map<String, ImageEntrypoint> more) {
        Map<String, ImageEntrypoint> all = new LinkedHashMap<>(images);
        all.putAll(more);
        return new PodSettings(namespace, executorImage, collectTimeout, sidecarGrace, all);
    }
}
