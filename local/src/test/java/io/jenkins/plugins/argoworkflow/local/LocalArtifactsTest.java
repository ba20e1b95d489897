package io.jenkins.plugins.argoworkflow.local;

import static io.jenkins.plugins.argoworkflow.local.Nodes.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input and output artifacts of real sandboxed processes, through the local artifact store. */
class LocalArtifactsTest {

    @TempDir
    Path work;

    LocalRuntime runtime;
    LocalArtifactStore store;

    @BeforeEach
    void start() {
        runtime = new LocalRuntime(LocalRuntimeOptions.defaults(work));
        store = runtime.defaultArtifactStore();
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    private LeafResult run(String name, String templates, NodeIo.Artifact... inputs) {
        Nodes.Recorder recorder = new Nodes.Recorder();
        runtime.launch(request(name, templates, inputs), recorder);
        return recorder.result();
    }

    private static LeafRequest request(String name, String templates, NodeIo.Artifact... inputs) {
        return new LeafRequest("wf", name, "wf." + name, name, "wf-" + name, template(name, templates),
                new NodeIo(List.of(), List.of(inputs), null, null), null, Map.of());
    }

    private static NodeIo.Artifact stored(String name, String path, String key) {
        return new NodeIo.Artifact(name, path, LocalArtifactStore.KIND, key, null);
    }

    @Test
    void anOutputDirectoryIsPackedAsTarGzipAndUnpackedWithItsModesForTheNextNode() throws IOException {
        LeafResult made = run("make", """
                - name: make
                  container:
                    image: alpine
                    command: [sh, -c, "mkdir -p /out/dir/sub && echo hello > /out/dir/sub/a.txt && printf '#!/bin/sh\\necho run' > /out/dir/run.sh && chmod 755 /out/dir/run.sh"]
                  outputs:
                    artifacts:
                    - {name: dir, path: /out/dir}
                """);

        assertThat(made.phase()).as(made.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(made.outputs().artifacts()).containsExactly(new NodeIo.Artifact("dir", "/out/dir",
                LocalArtifactStore.KIND, "wf/wf-make/dir.tgz", ArchiveStrategy.Kind.TAR));
        assertThat(Tgz.isTarball(store.root().resolve("wf/wf-make/dir.tgz"))).isTrue();

        LeafResult used = run("use", """
                - name: use
                  inputs: {artifacts: [{name: dir, path: /in/dir}]}
                  container:
                    image: alpine
                    command: [sh, -c, "cat /in/dir/sub/a.txt && /in/dir/run.sh"]
                """, stored("dir", "/in/dir", "wf/wf-make/dir.tgz"));

        assertThat(used.phase()).as(used.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(used.outputs().result()).isEqualTo("hello\nrun");
    }

    @Test
    void archiveNoneStoresAFileAsItIsAndADirectoryAsOneObjectPerFileReadBackByPrefix() throws IOException {
        LeafResult made = run("none", """
                - name: none
                  container:
                    image: alpine
                    command: [sh, -c, "mkdir -p /out/parts && echo 1 > /out/parts/1.json && echo 2 > /out/parts/2.json && echo f > /out/file.txt"]
                  outputs:
                    artifacts:
                    - {name: parts, path: /out/parts, archive: {none: {}}, s3: {key: wf/parts}}
                    - {name: file, path: /out/file.txt, archive: {none: {}}}
                """);

        assertThat(made.phase()).as(made.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(made.outputs().artifacts()).extracting(NodeIo.Artifact::kind, NodeIo.Artifact::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s3", "wf/parts"),
                        org.assertj.core.groups.Tuple.tuple("local", "wf/wf-none/file.txt"));
        assertThat(Files.readString(store.root().resolve("wf/wf-none/file.txt"))).isEqualTo("f\n");
        assertThat(store.list("wf/parts")).containsExactlyInAnyOrder("wf/parts/1.json", "wf/parts/2.json");

        LeafResult used = run("prefix", """
                - name: prefix
                  inputs: {artifacts: [{name: all, path: /in/all}, {name: one, path: /in/one.json}]}
                  container: {image: alpine, command: [sh, -c, "cat /in/all/1.json /in/all/2.json /in/one.json"]}
                """, new NodeIo.Artifact("all", "/in/all", "s3", "wf/parts", null),
                new NodeIo.Artifact("one", "/in/one.json", "s3", "wf/parts/2.json", null));

        assertThat(used.phase()).as(used.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(used.outputs().result()).isEqualTo("1\n2\n2");
    }

    @Test
    void aTarCompressionLevelIsHonoured() throws IOException {
        String templates = """
                - name: level
                  container: {image: alpine, command: [sh, -c, "yes argo | head -n 20000 > /tmp/big.txt"]}
                  outputs:
                    artifacts:
                    - {name: stored, path: /tmp/big.txt, archive: {tar: {compressionLevel: 0}}}
                    - {name: packed, path: /tmp/big.txt, archive: {tar: {compressionLevel: 9}}}
                """;
        assertThat(run("level", templates).phase()).isEqualTo(NodePhase.SUCCEEDED);

        Path stored = store.root().resolve("wf/wf-level/stored.tgz");
        Path packed = store.root().resolve("wf/wf-level/packed.tgz");
        assertThat(Tgz.isTarball(stored)).isTrue();
        assertThat(Files.size(stored)).isGreaterThan(100_000);
        assertThat(Files.size(packed)).isLessThan(10_000);
    }

    @Test
    void aRawInputIsWrittenAsAFileWithTheInputsMode() {
        LeafResult result = run("raw", """
                - name: raw
                  inputs: {artifacts: [{name: text, path: /in/text, mode: 0600}]}
                  container: {image: alpine, command: [sh, -c, "stat -c %a /in/text && cat /in/text"]}
                """, new NodeIo.Artifact("text", "/in/text", NodeIo.Artifact.RAW, "one\ntwo", null));

        assertThat(result.phase()).as(result.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(result.outputs().result()).isEqualTo("600\none\ntwo");
    }

    @Test
    void anHttpInputIsFetchedByTheRuntimeAndAFailedFetchErrsNamingTheStatus() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/file", exchange -> {
            byte[] body = "served".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String templates = """
                    - name: http
                      inputs: {artifacts: [{name: page, path: /in/page}]}
                      container: {image: alpine, command: [cat, /in/page]}
                    """;
            LeafResult fetched = run("http", templates,
                    new NodeIo.Artifact("page", "/in/page", NodeIo.Artifact.HTTP, base + "/file", null));
            assertThat(fetched.phase()).as(fetched.message()).isEqualTo(NodePhase.SUCCEEDED);
            assertThat(fetched.outputs().result()).isEqualTo("served");

            LeafResult missing = run("http", templates,
                    new NodeIo.Artifact("page", "/in/page", NodeIo.Artifact.HTTP, base + "/nothing", null));
            assertThat(missing.phase()).isEqualTo(NodePhase.ERROR);
            assertThat(missing.message()).contains("artifact page failed to load").contains("404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aKeyOnlyOutputIsStoredUnderItsKeyAndReadBackByKey() {
        LeafResult made = run("keyed", """
                - name: keyed
                  container: {image: alpine, command: [sh, -c, "echo keyed > /mnt/file"]}
                  outputs: {artifacts: [{name: file, path: /mnt/file, s3: {key: my-file}}]}
                """);
        assertThat(made.outputs().artifacts()).containsExactly(
                new NodeIo.Artifact("file", "/mnt/file", "s3", "my-file", ArchiveStrategy.Kind.TAR));

        LeafResult used = run("reader", """
                - name: reader
                  inputs: {artifacts: [{name: file, path: /tmp/file}]}
                  container: {image: alpine, command: [cat, /tmp/file]}
                """, new NodeIo.Artifact("file", "/tmp/file", "s3", "my-file", null));

        assertThat(used.phase()).as(used.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(used.outputs().result()).isEqualTo("keyed");
    }

    @Test
    void aMissingOutputErrsTheNodeUnlessTheArtifactIsOptional() {
        LeafResult result = run("missing", """
                - name: missing
                  container: {image: alpine, command: ["true"]}
                  outputs:
                    artifacts:
                    - {name: maybe, path: /tmp/maybe.txt, optional: true}
                    - {name: needed, path: /tmp/needed.txt}
                """);

        assertThat(result.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(result.message()).isEqualTo("output artifact 'needed': /tmp/needed.txt no such file or directory;"
                + " write it, or mark the artifact optional: true");
    }

    @Test
    void aMissingKeyErrsForARequiredInputAndIsSkippedForAnOptionalOne() {
        LeafResult required = run("required", """
                - name: required
                  inputs: {artifacts: [{name: in, path: /in/x}]}
                  container: {image: alpine, command: ["true"]}
                """, stored("in", "/in/x", "wf/none.tgz"));
        assertThat(required.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(required.message()).isEqualTo(
                "artifact in failed to load: key wf/none.tgz not found in the artifact repository");

        LeafResult optional = run("optional", """
                - name: optional
                  inputs: {artifacts: [{name: in, path: /in/x, optional: true}]}
                  container: {image: alpine, command: [sh, -c, "test ! -e /in/x"]}
                """, stored("in", "/in/x", "wf/none.tgz"));
        assertThat(optional.phase()).as(optional.message()).isEqualTo(NodePhase.SUCCEEDED);
    }

    @Test
    void parallelNodesPlacingInputsAtTheSamePathSeeOnlyTheirOwn() {
        String templates = """
                - name: NAME
                  inputs: {artifacts: [{name: in, path: /in/data}]}
                  container: {image: alpine, command: [sh, -c, "sleep 0.5; cat /in/data"]}
                """;
        Nodes.Recorder first = new Nodes.Recorder();
        Nodes.Recorder second = new Nodes.Recorder();
        runtime.launch(request("first", templates.replace("NAME", "first"),
                new NodeIo.Artifact("in", "/in/data", NodeIo.Artifact.RAW, "one", null)), first);
        runtime.launch(request("second", templates.replace("NAME", "second"),
                new NodeIo.Artifact("in", "/in/data", NodeIo.Artifact.RAW, "two", null)), second);

        assertThat(first.result().outputs().result()).isEqualTo("one");
        assertThat(second.result().outputs().result()).isEqualTo("two");
        assertThat(Path.of("/in/data")).doesNotExist();
    }

    @Test
    void theStoreRefusesKeysThatLeaveIt() {
        assertThatThrownBy(() -> store.put("../escape", work.resolve("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without '..'");
        assertThatThrownBy(() -> store.get("/etc/passwd", work.resolve("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be relative");
    }
}
