package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Argo's label-selector conditions over an object's JSON. */
class ResourceConditionsTest {

    private final JsonNode job = json("""
            {"metadata": {"name": "pi", "labels": {"app": "x"}},
             "status": {"succeeded": 2, "phase": "Running", "conditions": [{"type": "Complete"}]}}""");

    @Test
    void evaluatesEachOperatorAsKubernetesLabelSelectorsDo() {
        assertThat(matches("status.succeeded > 0")).isTrue();
        assertThat(matches("status.succeeded < 2")).isFalse();
        assertThat(matches("status.failed > 0")).isFalse();
        assertThat(matches("status.phase == Running,metadata.name=pi")).isTrue();
        assertThat(matches("status.phase != Running")).isFalse();
        assertThat(matches("status.missing != x")).isTrue();
        assertThat(matches("status.phase in (Pending, Running)")).isTrue();
        assertThat(matches("status.phase notin (Pending,Running)")).isFalse();
        assertThat(matches("status.conditions.0.type == Complete")).isTrue();
        assertThat(matches("status.phase, !status.failed")).isTrue();
        assertThat(matches("status.phase > 1")).isFalse(); // not an integer: no match, as in Kubernetes
    }

    @Test
    void showsRequirementsAsKubernetesDoesAndRefusesBrokenOnes() {
        assertThat(ResourceConditions.parse("status.failed > 0, a in (x,y), !b").stream().map(Object::toString))
                .containsExactly("status.failed>0", "a in (x,y)", "!b");
        assertThatThrownBy(() -> ResourceConditions.parse("status.failed > zero"))
                .hasMessageContaining("must be an integer");
    }

    @Test
    void readsKubectlJsonPathsAsDottedPaths() {
        assertThat(ResourceLeaf.jsonPath("{.status.conditions[0].type}")).isEqualTo("status.conditions.0.type");
    }

    private boolean matches(String condition) {
        List<ResourceConditions.Requirement> reqs = ResourceConditions.parse(condition);
        return reqs.stream().allMatch(r -> r.matches(job));
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
