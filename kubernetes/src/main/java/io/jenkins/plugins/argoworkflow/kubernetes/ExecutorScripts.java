package io.jenkins.plugins.argoworkflow.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The POSIX shell scripts that stand in for Argo's {@code argoexec}: {@code init} lays out
 * {@code /var/run/argo}, {@code emissary} wraps main and the sidecars, {@code wait} follows main. Shell
 * rather than a binary of our own, because the executor image's busybox already runs everywhere.
 */
final class ExecutorScripts {

    static final String INIT = load("init.sh");
    static final String EMISSARY = load("emissary.sh");
    static final String WAIT = load("wait.sh");

    private ExecutorScripts() {
    }

    private static String load(String name) {
        try (InputStream in = ExecutorScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("executor script " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
