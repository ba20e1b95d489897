package io.jenkins.plugins.argoworkflow.local;

import static io.jenkins.plugins.argoworkflow.local.Nodes.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bubblewrap command line, built against a fake host root. */
class SandboxTest {

    @TempDir
    Path root;

    @TempDir
    Path state;

    @Test
    void bindsHostEntriesReadOnlyRecreatesLinksAndShadowsWrittenTopLevelDirectories() throws Exception {
        Files.createDirectories(root.resolve("usr/bin"));
        Files.createDirectories(root.resolve("mnt"));
        Files.createDirectories(root.resolve("tmp"));
        Files.createDirectories(root.resolve("proc"));
        Files.createSymbolicLink(root.resolve("bin"), Path.of("usr/bin"));
        NodeFileSystem fs = NodeFileSystem.create(state, template("t", """
                - name: t
                  container:
                    image: alpine
                    command: ["true"]
                  outputs:
                    parameters:
                    - name: p
                      valueFrom: {path: /mnt/out/p.txt}
                    - name: q
                      valueFrom: {path: /etc/q.txt}
                """), true, root);

        List<String> cmd = new Sandbox(Path.of("/usr/bin/bwrap"), root).wrap(List.of("true"), fs, "/", "wf-t-123");

        String line = String.join(" ", cmd);
        assertThat(Files.readSymbolicLink(state.resolve("fs/bin"))).as("the link is made in the private root")
                .isEqualTo(Path.of("usr/bin"));
        assertThat(line)
                .doesNotContain("/bin ")
                .contains("--ro-bind " + root.resolve("usr") + " /usr")
                .startsWith("/usr/bin/bwrap --bind " + state.resolve("fs") + " / ")
                .contains("--unshare-pid")
                .contains("--hostname wf-t-123")
                .endsWith("--chdir / -- true")
                .doesNotContain(root.resolve("mnt") + " /mnt")
                .doesNotContain(root.resolve("tmp").toString())
                .doesNotContain(root.resolve("proc").toString())
                .doesNotContain("fs/etc");
        assertThat(fs.hostPath("/mnt/out/p.txt")).isEqualTo(state.resolve("fs/mnt/out/p.txt"));
        assertThat(fs.hostPath("/etc/q.txt")).isEqualTo(Path.of("/etc/q.txt"));
        assertThat(fs.hostPath("/result.txt")).as("a new top-level file lands in the private root")
                .isEqualTo(state.resolve("fs/result.txt"));
        assertThat(state.resolve("fs/tmp")).isDirectory();
        assertThat(state.resolve("fs/mnt")).isDirectory();
    }

    @org.junit.jupiter.api.Test
    void aLongPodNameIsCutToAKubernetesHostname() {
        String pod = "pod-spec-from-previous-step-t7x2k-parse-resources-tmpl-3008206464";
        assertThat(Sandbox.hostnameOf(pod)).hasSize(63).isEqualTo(pod.substring(0, 63));
        assertThat(Sandbox.hostnameOf("a".repeat(62) + "-b")).isEqualTo("a".repeat(62));
        assertThat(Sandbox.hostnameOf("short-pod")).isEqualTo("short-pod");
    }
}
