package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leftover check every KubeletSimulator makes when it closes. */
class HostProcessesTest {

    @TempDir
    Path node;

    @Test
    void anOrphanedCommandStartedInTheNodesDirectoryIsFoundAndKilled() throws Exception {
        // sh exits at once; its background sleep is reparented and no longer a descendant of anything we hold.
        Process parent = new ProcessBuilder("sh", "-c", "sleep 30 > /dev/null 2>&1 &").directory(node.toFile()).start();
        assertThat(parent.waitFor()).isZero();

        List<String> left = HostProcesses.leftAfter(node, 0);

        assertThat(left).singleElement().asString().contains("sleep 30");
        assertThat(HostProcesses.leftAfter(node, 5)).as("killed").isEmpty();
    }

    @Test
    void aScriptNamingTheNodesDirectoryIsFound() throws Exception {
        Path script = node.resolve("emissary.sh");
        java.nio.file.Files.writeString(script, "sleep 30\n");
        Process p = new ProcessBuilder("sh", script.toString()).directory(Path.of("/").toFile()).start();
        try {
            assertThat(HostProcesses.under(node)).extracting(ProcessHandle::pid).contains(p.pid());
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        assertThat(HostProcesses.leftAfter(node, 5)).isEmpty();
    }
}
