package io.jenkins.plugins.argoworkflow.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.model.ArtifactLocation;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where runtimes save an output artifact: the keys and kinds every runtime shares. */
class ArtifactStoreTest {

    private static final Location AT = Location.UNKNOWN;

    @Test
    void anArtifactWithoutALocationGoesToTheStoreUnderArgosDefaultKey() {
        ArtifactStore.Location where = ArtifactStore.outputLocation(new MemoryArtifactStore(), "wf", "wf-make-1",
                artifact("out", "/tmp/out", null, null), "local");

        assertThat(where.kind()).isEqualTo(new MemoryArtifactStore().kind());
        assertThat(where.key()).isEqualTo("wf/wf-make-1/out.tgz");
    }

    @Test
    void theObjectNameFollowsTheArchive() {
        assertThat(ArtifactStore.objectName(artifact("out", "/tmp/dir/result.txt", null,
                new ArchiveStrategy(ArchiveStrategy.Kind.NONE, null)))).isEqualTo("result.txt");
        assertThat(ArtifactStore.objectName(artifact("out", "/tmp/x", null,
                new ArchiveStrategy(ArchiveStrategy.Kind.ZIP, null)))).isEqualTo("out.zip");
        assertThat(ArtifactStore.objectName(artifact("out", "/tmp/x", null, null))).isEqualTo("out.tgz");
    }

    @Test
    void aStoreWithItsOwnLayoutChoosesTheKey() {
        ArtifactStore flat = new ArtifactStore() {
            @Override
            public String kind() {
                return "flat";
            }

            @Override
            public String outputKey(String workflowName, String podName, Artifact output) {
                return podName + "/" + ArtifactStore.objectName(output);
            }

            @Override
            public void put(String key, Path file) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void get(String key, Path file) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> list(String prefix) {
                throw new UnsupportedOperationException();
            }
        };

        assertThat(ArtifactStore.outputLocation(flat, "wf", "wf-make-1", artifact("out", "/o", null, null), "local")
                .key()).isEqualTo("wf-make-1/out.tgz");
    }

    @Test
    void aKeyOnlyLocationKeepsItsKindAndKey() {
        ArtifactStore.Location where = ArtifactStore.outputLocation(new MemoryArtifactStore(), "wf", "pod",
                artifact("out", "/o", ArtifactLocation.of("gcs", "my/key.tgz", AT), null), "local");

        assertThat(where.kind()).isEqualTo("gcs");
        assertThat(where.key()).isEqualTo("my/key.tgz");
    }

    @Test
    void aFullLocationIsRefusedSayingToGiveOnlyTheKey() {
        YMap bucket = new YMap(List.of(
                new YMap.Entry(YScalar.string("key", AT), YScalar.string("k", AT)),
                new YMap.Entry(YScalar.string("bucket", AT), YScalar.string("b", AT))), AT);
        Artifact out = artifact("out", "/o", new ArtifactLocation("s3", bucket, AT), null);

        assertThatThrownBy(() -> ArtifactStore.outputLocation(new MemoryArtifactStore(), "wf", "pod", out,
                "kubernetes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("output artifact 'out': s3 locations other than key-only are not supported by the "
                        + "kubernetes runtime; give only the key, which the run's artifact repository holds");
    }

    private static Artifact artifact(String name, String path, ArtifactLocation storage, ArchiveStrategy archive) {
        return new Artifact(name, path, null, null, false, archive, null, false, null, false, null, storage, null,
                false, AT);
    }
}
