package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import org.junit.jupiter.api.Test;

/**
 * The global settings in a real Jenkins (profile {@code jenkins} only): read from JCasC's {@code unclassified:
 * argoWorkflow:}, and kept by a round trip through Manage Jenkins » System.
 */
@WithJenkinsConfiguredWithCode
class ArgoWorkflowConfigurationJenkinsTest {

    @Test
    @ConfiguredWithCode("casc.yaml")
    void configurationAsCodeSetsEverySetting(JenkinsConfiguredWithCodeRule j) {
        PluginSettings settings = ArgoWorkflowConfiguration.get().settings();

        assertThat(settings).isEqualTo(new PluginSettings("prod", "builds", "mirror.example/busybox:1.37.0-musl", true,
                "OnPodSuccess", "registry.example/builder:2:\n  entrypoint: [/usr/local/bin/build]\n"));
    }

    @Test
    @ConfiguredWithCode("casc.yaml")
    void theFormKeepsEverySetting(JenkinsConfiguredWithCodeRule j) throws Exception {
        PluginSettings before = ArgoWorkflowConfiguration.get().settings();

        j.configRoundtrip();

        assertThat(ArgoWorkflowConfiguration.get().settings()).isEqualTo(before);
    }
}
