package io.jenkins.plugins.argoworkflow.local;

import static io.jenkins.plugins.argoworkflow.local.Nodes.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Volumes as a pod has them: emptyDirs per node, claims shared by a run's nodes, secrets and config maps. */
class VolumesTest {

    @TempDir
    Path work;

    private WorkflowStatus run(String spec) throws Exception {
        return run(spec, options());
    }

    private LocalRuntimeOptions options() {
        return LocalRuntimeOptions.defaults(work.resolve("state")).withGracePeriod(Duration.ofMillis(500));
    }

    private static WorkflowStatus run(String spec, LocalRuntimeOptions options) throws Exception {
        return Nodes.runWorkflow("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: wf
                spec:
                """ + spec.indent(2), options);
    }

    @Test
    void claimTemplateIsOneDirectorySharedByEveryNodeOfTheRunWithSubPathAndReadOnly() throws Exception {
        WorkflowStatus status = run("""
                entrypoint: main
                volumeClaimTemplates:
                - metadata: {name: workdir}
                  spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                templates:
                - name: main
                  steps:
                  - - {name: write, template: write}
                  - - {name: read, template: read}
                - name: write
                  container:
                    image: alpine
                    command: [sh, -c, 'mkdir /mnt/vol/a && echo hello > /mnt/vol/a/msg']
                    volumeMounts:
                    - {name: workdir, mountPath: /mnt/vol}
                - name: read
                  container:
                    image: alpine
                    command: [sh, -c, 'cat /data/msg; touch /data/other 2>/dev/null || echo read-only']
                    volumeMounts:
                    - {name: workdir, mountPath: /data, subPath: a, readOnly: true}
                """);

        assertThat(status.phase()).as(status.message()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(status, "wf[1].read").outputs().result()).isEqualTo("hello\nread-only");
        assertThat(work.resolve("state/_claims/wf-workdir/a/msg")).hasContent("hello");
    }

    @Test
    void emptyDirIsPrivateToEachNodeAndNestedMountsAndOutputsFollowTheInnermostVolume() throws Exception {
        WorkflowStatus status = run("""
                entrypoint: main
                volumes:
                - {name: outer, emptyDir: {}}
                templates:
                - name: main
                  steps:
                  - - {name: first, template: write}
                  - - {name: second, template: write}
                - name: write
                  volumes:
                  - {name: inner, emptyDir: {}}
                  container:
                    image: alpine
                    command: [sh, -c, 'ls /mnt/outer; echo in > /mnt/outer/inner/f; echo out > /mnt/outer/g']
                    volumeMounts:
                    - {name: outer, mountPath: /mnt/outer}
                    - {name: inner, mountPath: /mnt/outer/inner}
                  outputs:
                    parameters:
                    - name: f
                      valueFrom: {path: /mnt/outer/inner/f}
                """);

        assertThat(status.phase()).as(status.message()).isEqualTo(WorkflowPhase.SUCCEEDED);
        // The second node sees a fresh outer volume: only the mount point of the inner one, not the first's g.
        assertThat(node(status, "wf[1].second").outputs().result()).isEqualTo("inner");
        assertThat(node(status, "wf[1].second").outputs().parameters()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo("in"));
    }

    @Test
    void existingClaimIsADirectoryNamedByTheClaimInTheStateDirectory() throws Exception {
        String spec = """
                entrypoint: main
                volumes:
                - name: data
                  persistentVolumeClaim: {claimName: my-data}
                templates:
                - name: main
                  container:
                    image: alpine
                    command: [sh, -c, 'cat /data/count 2>/dev/null; echo again >> /data/count']
                    volumeMounts:
                    - {name: data, mountPath: /data}
                """;
        run(spec);
        WorkflowStatus second = run(spec);

        assertThat(second.phase()).as(second.message()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(second, "wf").outputs().result()).isEqualTo("again");
    }

    @Test
    void hostPathVolumeErrsNamingTheVolumeAndWhereItIsDeclared() throws Exception {
        WorkflowStatus status = run("""
                entrypoint: main
                templates:
                - name: main
                  volumes:
                  - name: host
                    hostPath: {path: /var/lib}
                  container:
                    image: alpine
                    command: [ls, /h]
                    volumeMounts:
                    - {name: host, mountPath: /h}
                """);

        assertThat(node(status, "wf").phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node(status, "wf").message()).startsWith("wf.yaml:10:7: volume 'host' is a hostPath volume")
                .contains("emptyDir");
    }

    @Test
    void secretAndConfigMapVolumesAreReadOnlyCopiesOfTheirDirectories() throws Exception {
        Path secrets = Files.createDirectories(work.resolve("secrets/creds"));
        Files.writeString(secrets.resolve("user"), "alice");
        Path configs = Files.createDirectories(work.resolve("configs/app"));
        Files.writeString(configs.resolve("mode"), "fast");
        Files.writeString(configs.resolve("other"), "unused");
        WorkflowStatus status = run("""
                entrypoint: main
                volumes:
                - name: creds
                  secret: {secretName: creds}
                - name: conf
                  configMap:
                    name: app
                    items: [{key: mode, path: sub/mode.txt}]
                - name: maybe
                  secret: {secretName: absent, optional: true}
                templates:
                - name: main
                  container:
                    image: alpine
                    command: [sh, -c, 'cat /s/user /c/sub/mode.txt; ls /c; ls /m; touch /s/x 2>/dev/null || echo ro']
                    volumeMounts:
                    - {name: creds, mountPath: /s}
                    - {name: conf, mountPath: /c}
                    - {name: maybe, mountPath: /m}
                """, options().withSecretDir(work.resolve("secrets")).withConfigDir(work.resolve("configs")));

        assertThat(status.phase()).as(status.message()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(status, "wf").outputs().result()).isEqualTo("alicefastsub\nro");
    }

    @Test
    void secretVolumeWithoutSecretDirErrsNamingTheOption() throws Exception {
        WorkflowStatus status = run("""
                entrypoint: main
                volumes:
                - name: creds
                  secret: {secretName: creds}
                templates:
                - name: main
                  container:
                    image: alpine
                    command: [ls, /s]
                    volumeMounts:
                    - {name: creds, mountPath: /s}
                """);

        assertThat(node(status, "wf").phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node(status, "wf").message()).contains("volume 'creds'").contains("--secret-dir DIR")
                .contains("DIR/creds/<key>");
    }
}
