package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.TaskListener;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The artifact store over a real build's standard artifact manager (profile {@code jenkins} only). */
@WithJenkins
class BuildArtifactStoreJenkinsTest {

    @Test
    void objectsPutAreBuildArtifactsUnderArgoAndReadBack(JenkinsRule j, @TempDir Path tmp) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        FreeStyleBuild build = j.buildAndAssertSuccess(project);
        BuildArtifactStore store = BuildArtifactStore.of(build, TaskListener.NULL);
        Path file = Files.writeString(tmp.resolve("out.tgz"), "bytes");

        store.put("wf/wf-build-1/out.tgz", file);
        Path back = tmp.resolve("back.tgz");
        store.get("wf/wf-build-1/out.tgz", back);

        assertThat(build.getArtifactManager().root().child("argo/wf/wf-build-1/out.tgz").isFile()).isTrue();
        assertThat(back).hasContent("bytes");
        assertThat(store.list("wf/wf-build-1")).containsExactly("wf/wf-build-1/out.tgz");
        assertThat(store.list("wf/none")).isEmpty();
        assertThatThrownBy(() -> store.get("wf/wf-build-1/none.tgz", back)).isInstanceOf(NoSuchFileException.class);
    }
}
