package io.jenkins.plugins.argoworkflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bin/argowf} is what users run; the jar it starts is built by {@code package}, after these tests. */
class BinScriptTest {

    private final Path script = Fixtures.root().resolve("bin/argowf");

    @Test
    void theLauncherExistsAndIsExecutable() {
        assertThat(script).isRegularFile();
        assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();
    }

    @Test
    void theLauncherRunsTheShadedJarThatThisModuleBuilds() throws IOException {
        String text = Files.readString(script);

        assertThat(text).startsWith("#!/usr/bin/env bash").contains("cli/target/argowf.jar").contains("-jar \"$jar\"");
    }
}
