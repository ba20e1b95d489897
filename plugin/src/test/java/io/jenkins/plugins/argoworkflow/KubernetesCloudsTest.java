package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.slaves.Cloud;
import java.util.List;
import java.util.Map;
import org.csanchez.jenkins.plugins.kubernetes.KubernetesCloud;
import org.junit.jupiter.api.Test;

/** The cloud and namespace a step runs on, over kubernetes-plugin clouds mocked at the Jenkins boundary. */
class KubernetesCloudsTest {

    private final KubernetesCloud dev = kubernetesCloud("dev", "dev-ns");
    private final KubernetesCloud prod = kubernetesCloud("prod", null);
    private final Cloud ec2 = otherCloud("ec2");
    private final Map<String, Cloud> byName = Map.of("dev", dev, "prod", prod, "ec2", ec2);
    private final KubernetesClouds clouds = new KubernetesClouds(byName::get, List.of(dev, prod));

    @Test
    void aStepNamingACloudGetsIt() throws Exception {
        assertThat(clouds.choose("prod", PluginSettings.DEFAULTS)).isSameAs(prod);
    }

    @Test
    void withoutANameTheConfiguredDefaultWinsOverTheFirst() throws Exception {
        assertThat(clouds.choose(null, new PluginSettings("prod", null, null, false, null))).isSameAs(prod);
        assertThat(clouds.choose(null, PluginSettings.DEFAULTS)).isSameAs(dev);
    }

    @Test
    void anUnknownCloudIsAnErrorListingTheKubernetesClouds() {
        assertThatThrownBy(() -> clouds.choose("staging", PluginSettings.DEFAULTS)).isInstanceOf(KubernetesClouds.NoCloudException.class)
                .hasMessage("argoWorkflow: cloud 'staging' does not exist; the Kubernetes clouds are: dev, prod");
        assertThatThrownBy(() -> clouds.choose(null, new PluginSettings("gone", null, null, false, null)))
                .hasMessageContaining("the default cloud 'gone'").hasMessageContaining("Argo Workflow");
    }

    @Test
    void aCloudOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> clouds.choose("ec2", PluginSettings.DEFAULTS)).isInstanceOf(KubernetesClouds.NoCloudException.class)
                .hasMessageContaining("cloud 'ec2' is a ").hasMessageContaining("not a Kubernetes cloud");
    }

    @Test
    void noKubernetesCloudAtAllSaysWhereToAddOne() {
        KubernetesClouds none = new KubernetesClouds(name -> null, List.of());

        assertThatThrownBy(() -> none.choose(null, PluginSettings.DEFAULTS)).isInstanceOf(KubernetesClouds.NoCloudException.class)
                .hasMessageContaining("none is configured").hasMessageContaining("Manage Jenkins » Clouds");
        assertThatThrownBy(() -> none.choose("dev", PluginSettings.DEFAULTS))
                .hasMessageContaining("no Kubernetes cloud is configured");
    }

    @Test
    void theNamespaceIsTheStepsThenTheDefaultThenTheClouds() {
        PluginSettings withDefault = new PluginSettings(null, "builds", null, false, null);

        assertThat(KubernetesClouds.namespace("mine", withDefault, dev)).isEqualTo("mine");
        assertThat(KubernetesClouds.namespace(null, withDefault, dev)).isEqualTo("builds");
        assertThat(KubernetesClouds.namespace(null, PluginSettings.DEFAULTS, dev)).isEqualTo("dev-ns");
        assertThat(KubernetesClouds.namespace(null, PluginSettings.DEFAULTS, prod)).isNull();
    }

    private static KubernetesCloud kubernetesCloud(String name, String namespace) {
        KubernetesCloud cloud = mock(KubernetesCloud.class);
        cloud.name = name;
        when(cloud.getNamespace()).thenReturn(namespace);
        return cloud;
    }

    private static Cloud otherCloud(String name) {
        Cloud cloud = mock(Cloud.class);
        cloud.name = name;
        return cloud;
    }
}
