package io.jenkins.plugins.argoworkflow.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command a container runs as the image index gives it, shared by both runtimes. */
class ImageEntrypointsTest {

    private static final Map<String, ImageEntrypoint> INDEX = Map.of(
            "argoproj/argosay:v2", new ImageEntrypoint(List.of(), List.of("/argosay")),
            "docker/whalesay:latest", new ImageEntrypoint(List.of("/bin/bash"), List.of("-c", "cowsay")),
            "alpine:3.20", new ImageEntrypoint(List.of(), List.of()));

    @Test
    void aCommandOfTheContainerWinsOverTheIndex() {
        assertThat(ImageEntrypoints.argv(INDEX, "argoproj/argosay:v2", List.of("echo"), List.of("hi")))
                .contains(List.of("echo", "hi"));
    }

    @Test
    void argsOnlyRunAfterTheEntrypointOrTheCmdWhenThereIsNoEntrypoint() {
        assertThat(ImageEntrypoints.argv(INDEX, "argoproj/argosay:v2", List.of(), List.of("echo", "hi")))
                .contains(List.of("/argosay", "echo", "hi"));
        assertThat(ImageEntrypoints.argv(INDEX, "docker/whalesay:latest", List.of(), List.of("moo")))
                .contains(List.of("/bin/bash", "moo"));
    }

    @Test
    void withoutArgsTheEntrypointGetsTheCmd() {
        assertThat(ImageEntrypoints.argv(INDEX, "docker/whalesay:latest", List.of(), List.of()))
                .contains(List.of("/bin/bash", "-c", "cowsay"));
        assertThat(ImageEntrypoints.argv(INDEX, "argoproj/argosay:v2", List.of(), List.of()))
                .contains(List.of("/argosay"));
    }

    @Test
    void dockerHubReferencesMatchWithOrWithoutTheRegistry() {
        assertThat(ImageEntrypoints.lookup(INDEX, "docker.io/argoproj/argosay:v2")).isPresent();
        assertThat(ImageEntrypoints.lookup(Map.of("alpine:3.20", ImageEntrypoint.of(List.of("sh"))),
                "docker.io/library/alpine:3.20")).isPresent();
        assertThat(ImageEntrypoints.lookup(INDEX, "quay.io/argoproj/argosay:v2")).isEmpty();
    }

    @Test
    void noCommandAndNoUsableEntryGivesNothing() {
        assertThat(ImageEntrypoints.argv(INDEX, "busybox", List.of(), List.of("echo"))).isEmpty();
        assertThat(ImageEntrypoints.argv(INDEX, "alpine:3.20", List.of(), List.of("echo"))).isEmpty();
        assertThat(ImageEntrypoints.argv(INDEX, null, List.of(), List.of("echo"))).isEmpty();
    }

    @Test
    void theBuiltInIndexKnowsArgosEntrypointOfArgosay() {
        assertThat(ImageEntrypoints.argv(ImageEntrypoints.DEFAULTS, "argoproj/argosay:v2", List.of(),
                List.of("echo", "hi"))).contains(List.of("/argosay", "echo", "hi"));
    }
}
