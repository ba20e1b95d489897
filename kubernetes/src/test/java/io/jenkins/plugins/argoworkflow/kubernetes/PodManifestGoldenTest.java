package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workflow in, pod manifest out: each fixture under {@code golden/} with the pod its template runs as
 * ({@code NAME.pod.yaml}). Any difference fails; after an intended change, regenerate the expected files with
 * {@code ./mvnw -o -pl kubernetes -am test -Dtest=PodManifestGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true} and review the diff.
 */
class PodManifestGoldenTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("script", "gen-number", Map.of("max", "10"), Map.of()),
                Arguments.of("container-settings", "build", Map.of("target", "release"), Map.of()),
                Arguments.of("sidecars", "test", Map.of(), Map.of()),
                Arguments.of("pod-spec-patch", "heavy", Map.of(), Map.of()),
                Arguments.of("artifacts", "transform", Map.of(), Map.of()),
                Arguments.of("image-index", "say", Map.of("message", "hello"), Map.of("docker/whalesay:latest",
                        new ImageEntrypoint(List.of("/bin/bash"), List.of("-c", "cowsay")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void podManifestMatchesItsGoldenFile(String fixture, String template, Map<String, String> parameters,
            Map<String, ImageEntrypoint> images) throws Exception {
        Fixtures.Loaded loaded = Fixtures.load(Fixtures.GOLDEN.resolve(fixture + ".yaml"));
        String yaml = PodManifest.toYaml(PodPreview.of(loaded.workflow(), loaded.store(), template, parameters,
                PodSettings.defaults("argo").withImages(images)));
        Path expected = Fixtures.GOLDEN.resolve(fixture + ".pod.yaml");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, yaml, StandardCharsets.UTF_8);
        }
        assertThat(yaml).isEqualTo(read(expected));
    }

    private static String read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new AssertionError(file + " is missing; run with -Dgolden.update=true to write it");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
