package io.jenkins.plugins.argoworkflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small workflow files beside the tests. */
final class Fixtures {

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name + " beside " + Fixtures.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes into {@code stateDir} the status of a finished workflow {@code wf} whose one node {@code wf-1} has
     * two output artifacts: {@code report}, kept among the build's artifacts under {@code reportKey}, and
     * {@code cache}, kept in S3, which the page cannot download.
     */
    static void artifactStatus(Path stateDir, String reportKey) throws IOException {
        Path run = Files.createDirectories(stateDir.resolve("_run"));
        Files.writeString(run.resolve("status.json"), """
                {"metadata": {"name": "wf", "resourceVersion": "7"}, "status": {"phase": "Succeeded", "nodes": {
                 "wf-1": {"id": "wf-1", "name": "wf", "displayName": "wf", "type": "Pod", "phase": "Succeeded",
                  "outputs": {"artifacts": [
                   {"name": "report", "path": "/tmp/report.txt", "jenkins": {"key": "%s"}},
                   {"name": "cache", "path": "/tmp/cache", "s3": {"key": "wf/wf-1/cache.tgz"}}]}}}}}
                """.formatted(reportKey));
    }
}
