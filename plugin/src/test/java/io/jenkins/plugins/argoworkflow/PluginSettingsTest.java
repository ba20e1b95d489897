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
    void theImageIndexAddsToTheBuiltInEntriesOfThePods() {
        PluginSettings settings = new PluginSettings(null, null, null, false, null, """
                registry.example/builder:2:
                  entrypoint: [/usr/local/bin/build]
                  cmd: [--all]
                """);

        PodSettings pods = settings.podSettings("builds");
        assertThat(pods.images().get("registry.example/builder:2").entrypoint()).containsExactly("/usr/local/bin/build");
        assertThat(pods.images().get("registry.example/builder:2").cmd()).containsExactly("--all");
        assertThat(pods.images()).containsKey("argoproj/argosay:v2");
        assertThat(PluginSettings.DEFAULTS.podSettings("builds").images()).doesNotContainKey("registry.example/builder:2");
    }

    @Test
    void anImageIndexThatCannotBeReadIsRefusedWithItsLineAndColumn() {
        String wrong = """
                registry.example/builder:2:
                  entrypoint: /usr/local/bin/build
                """;

        assertThat(PluginSettings.imageIndexProblem(wrong))
                .isEqualTo("image index:2:15: image registry.example/builder:2: entrypoint must be a list of strings, "
                        + "not a string");
        assertThat(PluginSettings.imageIndexProblem("  ")).isNull();
        assertThatThrownBy(() -> new PluginSettings(null, null, null, false, null, wrong))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("image index:2:15");
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
