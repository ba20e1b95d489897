package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a step execution keeps across a restart comes back whole from serialisation, and is made of plain classes
 * (Pipeline's JBoss Marshalling may not know records).
 */
class PersistedValuesTest {

    @Test
    void theRequestAndTheSettingsSurviveSerialisation() throws Exception {
        ArgoWorkflowStep step = new ArgoWorkflowStep();
        step.setFile("ci/build.yaml");
        step.setCloud("prod");
        step.setArchiveArtifacts(false);
        step.setParameters(Map.of("tag", "abc"));
        StepRequest request = StepRequest.of(step);
        PluginSettings settings = new PluginSettings("prod", "builds", "img", true, "OnPodSuccess");

        StepRequest requestBack = roundTrip(request);
        PluginSettings settingsBack = roundTrip(settings);

        assertThat(requestBack.file()).isEqualTo("ci/build.yaml");
        assertThat(requestBack.cloud()).isEqualTo("prod");
        assertThat(requestBack.archiveArtifacts()).isFalse();
        assertThat(requestBack.parameterValues()).containsExactly(Map.entry("tag", "abc"));
        assertThat(settingsBack).isEqualTo(settings);
        assertThat(StepRequest.class.isRecord()).isFalse();
        assertThat(PluginSettings.class.isRecord()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
