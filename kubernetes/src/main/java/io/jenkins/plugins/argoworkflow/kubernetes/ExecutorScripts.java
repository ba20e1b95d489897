package io.jenkins.plugins.argoworkflow.kubernetes;

import io.jenkins.plugins.argoworkflow.engine.spi.OutputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The POSIX shell scripts that stand in for Argo's {@code argoexec}: {@code init} lays out
 * {@code /var/run/argo}, {@code emissary} wraps main and the sidecars, {@code wait} follows main. Shell
 * rather than a binary of our own, because the executor image's busybox already runs everywhere. The
 * emissary's output bounds are {@link OutputLimits}', filled in here so that the numbers have one definition.
 */
final class ExecutorScripts {

    static final String INIT = load("init.sh");
    static final String EMISSARY = load("emissary.sh").replace("@RESULT_BYTES@",
            Integer.toString(OutputLimits.RESULT_BYTES)).replace("@PARAMETER_BYTES@",
            Integer.toString(OutputLimits.PARAMETER_BYTES));
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
