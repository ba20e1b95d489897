package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.kubernetes.PodSettings;
import org.junit.jupiter.api.Test;

class PluginSettingsTest {

    @Test
    void blankValuesMeanTheDefaults() {
        PluginSettings settings = new PluginSettings(" ", "", null, false, "  ");

        assertThat(settings.defaultCloud()).isNull();
        assertThat(settings.defaultNamespace()).isNull();
        assertThat(settings.effectivePodRetention()).isEqualTo("OnPodCompletion");
        assertThat(settings.podSettings("builds").executorImage()).isEqualTo(PodSettings.DEFAULT_EXECUTOR_IMAGE);
        assertThat(settings.runtimeOptions().allowResourceTemplates()).isFalse();
    }

    @Test
    void theExecutorImageAndResourceTemplatesReachThePodsAndTheRuntime() {
        PluginSettings settings = new PluginSettings(null, null, "mirror.example/busybox:1", true, null);

        assertThat(settings.podSettings("builds").executorImage()).isEqualTo("mirror.example/busybox:1");
        assertThat(settings.podSettings("builds").namespace()).isEqualTo("builds");
        assertThat(settings.runtimeOptions().allowResourceTemplates()).isTrue();
    }

    @Test
    void aPodRetentionThatIsNoArgoStrategyIsRefusedNamingTheStrategies() {
        assertThat(PluginSettings.podRetentionProblem("OnPodSuccess")).isNull();
        assertThat(PluginSettings.podRetentionProblem("")).isNull();
        assertThat(PluginSettings.podRetentionProblem("Never")).contains("'Never'").contains("OnPodCompletion")
                .contains("OnWorkflowSuccess");
        assertThatThrownBy(() -> new PluginSettings(null, null, null, false, "Never"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an Argo podGC strategy");
    }

    @Test
    void theDefaultPodGcAppliesOnlyToWorkflowsThatSetNone() {
        PluginSettings keepFailed = new PluginSettings(null, null, null, false, "OnPodSuccess");
        Workflow without = CheckedWorkflow.of("release.yaml", Fixtures.text("release.yaml")).workflow();
        Workflow with = CheckedWorkflow.of("own.yaml", Fixtures.text("release.yaml")
                .replace("  entrypoint: main", "  entrypoint: main\n  podGC: {strategy: OnWorkflowCompletion}"))
                .workflow();

        assertThat(keepFailed.withDefaultPodGC(without).spec().podGC().strategy()).isEqualTo("OnPodSuccess");
        assertThat(keepFailed.withDefaultPodGC(without).spec().templates()).isEqualTo(without.spec().templates());
        assertThat(keepFailed.withDefaultPodGC(with).spec().podGC().strategy()).isEqualTo("OnWorkflowCompletion");
    }
}
