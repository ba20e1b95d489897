package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

class ArgoWorkflowStepTest {

    @Test
    void aNewStepArchivesArtifactsAndSetsNothingElse() {
        ArgoWorkflowStep step = new ArgoWorkflowStep();

        assertThat(step.isArchiveArtifacts()).isTrue();
        assertThat(step.getParameters()).isEmpty();
        assertThat(step.getFile()).isNull();
        assertThat(step.getText()).isNull();
        assertThat(step.getCloud()).isNull();
        assertThat(step.getNamespace()).isNull();
    }

    @Test
    void keepsWhatItsSettersAreGiven() {
        ArgoWorkflowStep step = new ArgoWorkflowStep();
        step.setFile("ci/build.yaml");
        step.setNamespace("builds");
        step.setCloud("kubernetes");
        step.setArchiveArtifacts(false);
        step.setParameters(Map.of("tag", "abc"));

        assertThat(step.getFile()).isEqualTo("ci/build.yaml");
        assertThat(step.getNamespace()).isEqualTo("builds");
        assertThat(step.getCloud()).isEqualTo("kubernetes");
        assertThat(step.isArchiveArtifacts()).isFalse();
        assertThat(step.getParameters()).containsExactly(Map.entry("tag", "abc"));
    }

    @Test
    void copiesTheParametersItIsGiven() {
        Map<String, Object> given = new LinkedHashMap<>(Map.of("tag", "abc"));
        ArgoWorkflowStep step = new ArgoWorkflowStep();
        step.setParameters(given);
        given.put("tag", "changed");

        assertThat(step.getParameters()).containsEntry("tag", "abc");
    }

    @Test
    void everyOptionIsBoundBySetterAroundAnEmptyDataBoundConstructor() throws Exception {
        assertThat(ArgoWorkflowStep.class.getConstructor().isAnnotationPresent(DataBoundConstructor.class)).isTrue();
        assertThat(Arrays.stream(ArgoWorkflowStep.class.getMethods())
                .filter(m -> m.isAnnotationPresent(DataBoundSetter.class)).map(Method::getName))
                .containsExactlyInAnyOrder("setFile", "setText", "setParameters", "setCloud", "setNamespace",
                        "setArchiveArtifacts");
    }

    @Test
    void theDescriptorIsAnExtensionCalledArgoWorkflow() {
        Class<?> descriptor = ArgoWorkflowStep.DescriptorImpl.class;

        assertThat(descriptor.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(descriptor.getAnnotation(Symbol.class).value()).containsExactly("argoWorkflow");
        ArgoWorkflowStep.DescriptorImpl impl = descriptorWithoutJenkins();
        assertThat(impl.getFunctionName()).isEqualTo("argoWorkflow");
        assertThat(impl.getDisplayName()).isEqualTo("Run an Argo Workflow");
        assertThat(Set.copyOf(impl.getRequiredContext())).isEqualTo(Set.of(TaskListener.class, Run.class));
    }

    @Test
    void theRequestTurnsPipelineValuesIntoParameterText() {
        ArgoWorkflowStep step = new ArgoWorkflowStep();
        step.setText("kind: Workflow");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("replicas", 3);
        values.put("dryRun", true);
        values.put("empty", null);
        step.setParameters(values);

        StepRequest request = StepRequest.of(step);

        assertThat(request.parameterValues()).containsExactly(Map.entry("replicas", "3"),
                Map.entry("dryRun", "true"), Map.entry("empty", ""));
        assertThat(request.archiveArtifacts()).isTrue();
        assertThat(request.problem()).isNull();
    }

    @Test
    void aRequestNeedsExactlyOneOfFileAndText() {
        ArgoWorkflowStep neither = new ArgoWorkflowStep();
        neither.setFile("  ");
        ArgoWorkflowStep both = new ArgoWorkflowStep();
        both.setFile("a.yaml");
        both.setText("kind: Workflow");

        assertThat(StepRequest.of(neither).problem()).contains("give 'file'").contains("or 'text'");
        assertThat(StepRequest.of(both).problem()).contains("not both");
    }

    @Test
    void aRequestKeepsTheCloudAndNamespaceItNames() {
        ArgoWorkflowStep step = new ArgoWorkflowStep();
        step.setFile("a.yaml");
        step.setCloud("kubernetes");
        step.setNamespace(" ");

        StepRequest request = StepRequest.of(step);

        assertThat(request.problem()).isNull();
        assertThat(request.cloud()).isEqualTo("kubernetes");
        assertThat(request.namespace()).isNull();
    }

    /** The stubbed Descriptor constructor needs a Jenkins; a mock calling the real methods needs none. */
    static ArgoWorkflowStep.DescriptorImpl descriptorWithoutJenkins() {
        return mock(ArgoWorkflowStep.DescriptorImpl.class, CALLS_REAL_METHODS);
    }
}
