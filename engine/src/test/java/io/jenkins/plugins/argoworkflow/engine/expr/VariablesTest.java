package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariablesTest {

    @Test
    void dottedNamesBecomeNestedMapsForExpressions() {
        Variables v = Variables.of(Map.of("steps.a-b.outputs.result", "r", "steps.a-b.id", "i",
                "inputs.parameters.x", "1"));
        assertThat(v.tree()).isEqualTo(Map.of(
                "steps", Map.of("a-b", Map.of("outputs", Map.of("result", "r"), "id", "i")),
                "inputs", Map.of("parameters", Map.of("x", "1"))));
        assertThat(ExprLangExpression.parse("steps['a-b'].outputs.result + steps['a-b'].id").evaluate(v))
                .isEqualTo("ri");
    }

    @Test
    void aLessSpecificNameIsDroppedWhenALongerOneExists() {
        Variables v = Variables.of(Map.of("inputs.parameters", "[{\"name\":\"x\"}]", "inputs.parameters.x", "1"));
        assertThat(v.tree()).isEqualTo(Map.of("inputs", Map.of("parameters", Map.of("x", "1"))));
        assertThat(v.get("inputs.parameters")).isEqualTo("[{\"name\":\"x\"}]");
    }

    @Test
    void nullValuesArePresentButNil() {
        Map<String, Object> flat = new HashMap<>();
        flat.put("steps.s.outputs.result", null);
        Variables v = Variables.of(flat);
        assertThat(v.contains("steps.s.outputs.result")).isTrue();
        assertThat(v.get("steps.s.outputs.result")).isNull();
        assertThat(v.resolves("steps.s.outputs")).isTrue();
        assertThat(v.resolves("steps.s.outputs.result")).isTrue();
        assertThat(v.resolves("steps.t")).isFalse();
    }

    @Test
    void withAddsAndOverrides() {
        Variables v = Variables.of(Map.of("a", "1", "b", "2")).with(Map.of("b", "3", "item", "x"));
        assertThat(v.get("a")).isEqualTo("1");
        assertThat(v.get("b")).isEqualTo("3");
        assertThat(v.tree()).containsEntry("item", "x");
    }
}
