package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.EnvVars;
import hudson.Extension;
import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

class ArgoWorkflowBuilderTest {

    private final EnvVars env = mock(EnvVars.class);

    @Test
    void aNewBuilderArchivesArtifactsAndSetsNothingElse() {
        ArgoWorkflowBuilder builder = new ArgoWorkflowBuilder();

        assertThat(builder.isArchiveArtifacts()).isTrue();
        assertThat(builder.getParameters()).isEmpty();
        assertThat(builder.getFile()).isNull();
        assertThat(builder.getText()).isNull();
        assertThat(builder.getCloud()).isNull();
        assertThat(builder.getNamespace()).isNull();
    }

    @Test
    void anEmptyFormFieldLeavesItsOptionUnset() {
        ArgoWorkflowBuilder builder = new ArgoWorkflowBuilder();
        builder.setFile("");
        builder.setText("  ");
        builder.setCloud("");
        builder.setNamespace("\n");

        assertThat(builder.getFile()).isNull();
        assertThat(builder.getText()).isNull();
        assertThat(builder.getCloud()).isNull();
        assertThat(builder.getNamespace()).isNull();
    }

    @Test
    void hasTheStepsOptionsEachBoundBySetter() throws Exception {
        assertThat(SimpleBuildStep.class).isAssignableFrom(ArgoWorkflowBuilder.class);
        assertThat(ArgoWorkflowBuilder.class.getConstructor().isAnnotationPresent(DataBoundConstructor.class)).isTrue();
        assertThat(setters(ArgoWorkflowBuilder.class)).containsExactlyInAnyOrderElementsOf(setters(ArgoWorkflowStep.class));
    }

    @Test
    void theDescriptorIsAnExtensionWithASymbolOfItsOwn() {
        Class<?> descriptor = ArgoWorkflowBuilder.DescriptorImpl.class;

        assertThat(descriptor.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(descriptor.getAnnotation(Symbol.class).value()).containsExactly("argoWorkflowBuild");
        assertThat(ArgoWorkflowBuilder.Parameter.DescriptorImpl.class.isAnnotationPresent(Extension.class)).isTrue();
        ArgoWorkflowBuilder.DescriptorImpl impl = mock(ArgoWorkflowBuilder.DescriptorImpl.class, CALLS_REAL_METHODS);
        assertThat(impl.getDisplayName()).isEqualTo("Run an Argo Workflow");
        assertThat(impl.isApplicable(null)).isTrue();
    }

    @Test
    void standsForTheStepWithTheSameOptions() {
        ArgoWorkflowBuilder builder = new ArgoWorkflowBuilder();
        builder.setFile("ci/build.yaml");
        builder.setCloud("kubernetes");
        builder.setNamespace("builds");
        builder.setArchiveArtifacts(false);

        ArgoWorkflowStep step = builder.toStep(env);

        assertThat(step.getFile()).isEqualTo("ci/build.yaml");
        assertThat(step.getText()).isNull();
        assertThat(step.getCloud()).isEqualTo("kubernetes");
        assertThat(step.getNamespace()).isEqualTo("builds");
        assertThat(step.isArchiveArtifacts()).isFalse();
    }

    @Test
    void expandsBuildVariablesInParameterValuesInTheirOrder() {
        when(env.expand("${GIT_COMMIT}")).thenReturn("abc123");
        when(env.expand("plain")).thenReturn("plain");
        ArgoWorkflowBuilder builder = new ArgoWorkflowBuilder();
        builder.setText("kind: Workflow");
        builder.setParameters(List.of(new ArgoWorkflowBuilder.Parameter("tag", "${GIT_COMMIT}"),
                new ArgoWorkflowBuilder.Parameter("mode", "plain"), new ArgoWorkflowBuilder.Parameter("empty", null)));

        assertThat(StepRequest.of(builder.toStep(env)).parameterValues()).containsExactly(
                Map.entry("tag", "abc123"), Map.entry("mode", "plain"), Map.entry("empty", ""));
    }

    @Test
    void aBuilderWithNeitherFileNorTextIsRefusedAsTheStepIs() {
        assertThat(StepRequest.of(new ArgoWorkflowBuilder().toStep(env)).problem()).contains("give 'file'");
    }

    @Test
    void copiesTheParameterListItIsGiven() {
        List<ArgoWorkflowBuilder.Parameter> given = new java.util.ArrayList<>(
                List.of(new ArgoWorkflowBuilder.Parameter("a", "1")));
        ArgoWorkflowBuilder builder = new ArgoWorkflowBuilder();
        builder.setParameters(given);
        given.clear();

        assertThat(builder.getParameters()).extracting(ArgoWorkflowBuilder.Parameter::getName).containsExactly("a");
    }

    @Test
    void writesTheWorkflowsOutputsToTheBuildLog() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TaskListener listener = mock(TaskListener.class);
        when(listener.getLogger()).thenReturn(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("image", "registry/app:abc");
        result.put("status", "Succeeded");

        ArgoWorkflowBuilder.logOutputs(result, listener);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "[argoWorkflow] output image = registry/app:abc\n[argoWorkflow] output status = Succeeded\n"
                        .replace("\n", System.lineSeparator()));
    }

    private static List<String> setters(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> m.isAnnotationPresent(DataBoundSetter.class))
                .map(Method::getName).toList();
    }
}
