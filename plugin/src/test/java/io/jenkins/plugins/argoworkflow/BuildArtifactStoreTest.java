package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import hudson.model.TaskListener;
import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Artifact;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jenkins.model.ArtifactManager;
import jenkins.util.VirtualFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.MockedConstruction;

/** The run's artifact repository over a build's ArtifactManager, mocked at the Jenkins boundary. */
class BuildArtifactStoreTest {

    @TempDir
    Path work;

    private final ArtifactManager picked = mock(ArtifactManager.class);
    private final ArtifactManager current = mock(ArtifactManager.class);
    private final VirtualFile root = mock(VirtualFile.class);
    private final TaskListener listener = mock(TaskListener.class);
    private BuildArtifactStore store;

    @BeforeEach
    void buildWithArtifacts() {
        when(current.root()).thenReturn(root);
        when(listener.getLogger()).thenReturn(new PrintStream(OutputStream.nullOutputStream()));
        store = new BuildArtifactStore(new BuildArtifactStore.Managers() {
            @Override
            public ArtifactManager forWriting() {
                return picked;
            }

            @Override
            public ArtifactManager forReading() {
                return current;
            }
        }, listener);
    }

    @Test
    void putArchivesTheFileUnderArgoThroughThePickedManager() throws Exception {
        Path file = Files.writeString(work.resolve("out.tgz"), "bytes");
        List<Object> workspaces = new ArrayList<>();
        try (MockedConstruction<FilePath> paths = mockConstruction(FilePath.class,
                (mock, context) -> workspaces.add(context.arguments().get(0)));
                MockedConstruction<Launcher.LocalLauncher> launchers = mockConstruction(Launcher.LocalLauncher.class)) {

            store.put("wf/wf-build-123/out.tgz", file);

            verify(picked).archive(eq(paths.constructed().get(0)), eq(launchers.constructed().get(0)),
                    any(BuildListener.class), eq(Map.of("argo/wf/wf-build-123/out.tgz", "out.tgz")));
        }
        assertThat(workspaces).containsExactly(work.toAbsolutePath().toFile());
    }

    @Test
    void getCopiesTheArchivedFileBack() throws Exception {
        VirtualFile object = mock(VirtualFile.class);
        when(root.child("argo/wf/pod/out.tgz")).thenReturn(object);
        when(object.isFile()).thenReturn(true);
        when(object.open()).thenReturn(new ByteArrayInputStream("archived".getBytes(StandardCharsets.UTF_8)));
        Path target = work.resolve("in.tgz");

        store.get("wf/pod/out.tgz", target);

        assertThat(target).hasContent("archived");
    }

    @Test
    void getOfAMissingObjectIsNoSuchFileNamingTheKey() throws Exception {
        VirtualFile absent = mock(VirtualFile.class);
        when(root.child("argo/wf/pod/none.tgz")).thenReturn(absent);

        assertThatThrownBy(() -> store.get("wf/pod/none.tgz", work.resolve("x")))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("wf/pod/none.tgz");
    }

    @Test
    void listGivesTheKeysOfEveryFileUnderAPrefix() throws Exception {
        VirtualFile dir = mock(VirtualFile.class);
        when(root.child("argo/wf/pod/dir")).thenReturn(dir);
        when(dir.exists()).thenReturn(true);
        when(dir.list("**", null, false)).thenReturn(List.of("a.txt", "sub/b.txt"));
        VirtualFile none = mock(VirtualFile.class);
        when(root.child("argo/wf/other")).thenReturn(none);

        assertThat(store.list("wf/pod/dir/")).containsExactlyInAnyOrder("wf/pod/dir/a.txt", "wf/pod/dir/sub/b.txt");
        assertThat(store.list("wf/other")).isEmpty();
    }

    @Test
    void keysThatWouldLeaveTheArgoDirectoryAreRefused() {
        assertThatThrownBy(() -> BuildArtifactStore.artifactPath("../secrets")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BuildArtifactStore.artifactPath("/etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get("a/../../b", work.resolve("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(BuildArtifactStore.artifactPath("wf/pod/out.tgz")).isEqualTo("argo/wf/pod/out.tgz");
    }

    @Test
    void putOfSomethingNotAFileSaysSo() {
        assertThatThrownBy(() -> store.put("k", work.resolve("missing"))).isInstanceOf(IOException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void keepsAnOutputArtifactUnderItsPodAndObjectName() {
        Artifact packed = new Artifact("report", "/tmp/report", null, null, false, null, null, false, null, false,
                null, null, null, false, Location.UNKNOWN);
        Artifact asIs = new Artifact("site", "/work/site/index.html", null, null, false,
                new ArchiveStrategy(ArchiveStrategy.Kind.NONE, null), null, false, null, false, null, null, null,
                false, Location.UNKNOWN);

        assertThat(store.outputKey("wf-x7k2p", "wf-x7k2p-build-1234", packed)).isEqualTo("wf-x7k2p-build-1234/report.tgz");
        assertThat(BuildArtifactStore.artifactPath(store.outputKey("wf-x7k2p", "wf-x7k2p-build-1234", asIs)))
                .isEqualTo("argo/wf-x7k2p-build-1234/index.html");
    }

    @Test
    void showsItsKeysAsJenkinsArtifacts() {
        assertThat(store.kind()).isEqualTo("jenkins");
    }
}
