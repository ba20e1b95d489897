package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import hudson.Extension;
import hudson.util.FormValidation;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundSetter;
import org.mockito.MockedStatic;

/** The global settings, with Descriptor's persistence (save) replaced: its stubbed constructor needs a Jenkins. */
class ArgoWorkflowConfigurationTest {

    private ArgoWorkflowConfiguration config;

    @BeforeEach
    void configurationWithoutJenkins() {
        config = mock(ArgoWorkflowConfiguration.class, CALLS_REAL_METHODS);
        doNothing().when(config).save();
    }

    @Test
    void isAnExtensionWhoseJcascSymbolIsArgoWorkflow() {
        assertThat(ArgoWorkflowConfiguration.class.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(ArgoWorkflowConfiguration.class.getAnnotation(Symbol.class).value()).containsExactly("argoWorkflow");
        assertThat(Arrays.stream(ArgoWorkflowConfiguration.class.getMethods())
                .filter(m -> m.isAnnotationPresent(DataBoundSetter.class)).map(Method::getName))
                .containsExactlyInAnyOrder("setDefaultCloud", "setDefaultNamespace", "setExecutorImage",
                        "setAllowResourceTemplates", "setPodRetention", "setImageIndex");
    }

    @Test
    void aNewConfigurationHasTheDefaults() {
        PluginSettings settings = config.settings();

        assertThat(settings.defaultCloud()).isNull();
        assertThat(settings.allowResourceTemplates()).isFalse();
        assertThat(settings.effectivePodRetention()).isEqualTo("OnPodCompletion");
    }

    @Test
    void eachSetterSavesAndReachesTheSettings() {
        config.setDefaultCloud(" prod ");
        config.setDefaultNamespace("builds");
        config.setExecutorImage("mirror.example/busybox:1");
        config.setAllowResourceTemplates(true);
        config.setPodRetention("OnPodSuccess");
        config.setImageIndex("builder:2: {entrypoint: [/build]}");

        assertThat(config.settings()).isEqualTo(new PluginSettings("prod", "builds", "mirror.example/busybox:1", true,
                "OnPodSuccess", "builder:2: {entrypoint: [/build]}"));
        assertThat(config.getDefaultCloud()).isEqualTo("prod");
        verify(config, times(6)).save();
    }

    @Test
    void aWrongPodRetentionIsRefusedAndNotSaved() {
        assertThatThrownBy(() -> config.setPodRetention("Sometimes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OnPodSuccess");
        verify(config, times(0)).save();
        assertThat(config.getPodRetention()).isNull();
    }

    @Test
    void anImageIndexThatCannotBeReadIsRefusedAndNotSaved() {
        assertThatThrownBy(() -> config.setImageIndex("builder:2: [/build]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("image index:1:12: image builder:2 must be a mapping");
        verify(config, times(0)).save();
        assertThat(config.getImageIndex()).isNull();
    }

    @Test
    void theFormChecksTheImageIndex() {
        FormValidation ok = mock(FormValidation.class);
        FormValidation error = mock(FormValidation.class);
        try (MockedStatic<FormValidation> factories = mockStatic(FormValidation.class)) {
            factories.when(FormValidation::ok).thenReturn(ok);
            factories.when(() -> FormValidation.error(anyString())).thenReturn(error);

            assertThat(config.doCheckImageIndex("builder:2: {entrypoint: [/build]}")).isSameAs(ok);
            assertThat(config.doCheckImageIndex("")).isSameAs(ok);
            assertThat(config.doCheckImageIndex("builder:2: {entrypoint: /build}")).isSameAs(error);
            factories.verify(() -> FormValidation.error(anyString()));
        }
    }

    @Test
    void theFormChecksThePodRetention() {
        FormValidation ok = mock(FormValidation.class);
        FormValidation error = mock(FormValidation.class);
        try (MockedStatic<FormValidation> factories = mockStatic(FormValidation.class)) {
            factories.when(FormValidation::ok).thenReturn(ok);
            factories.when(() -> FormValidation.error(anyString())).thenReturn(error);

            assertThat(config.doCheckPodRetention("OnPodCompletion")).isSameAs(ok);
            assertThat(config.doCheckPodRetention("Sometimes")).isSameAs(error);
        }
    }
}
