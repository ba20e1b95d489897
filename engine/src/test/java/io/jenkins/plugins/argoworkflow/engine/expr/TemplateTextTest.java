package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    private static final Variables VARS = Variables.of(Map.of(
            "inputs.parameters.name", "world",
            "inputs.parameters.x", "7",
            "steps.flip-coin.outputs.result", "heads",
            "tasks.a-b.outputs.result", "[1,2]",
            "workflow.name", "hello-x1"));

    private static String render(String text) {
        return TemplateText.parse(text).render(VARS);
    }

    @Test
    void simpleTagsAreLookedUpByTheirTrimmedName() {
        assertThat(render("hello {{inputs.parameters.name}}!")).isEqualTo("hello world!");
        assertThat(render("{{ inputs.parameters.name }}-{{steps.flip-coin.outputs.result}}")).isEqualTo("world-heads");
        assertThat(render("no tags")).isEqualTo("no tags");
        assertThat(render("unclosed {{inputs.parameters.name")).isEqualTo("unclosed {{inputs.parameters.name");
    }

    @Test
    void expressionTagsRenderStringsAsTheyAreAndOtherValuesAsGoJson() {
        assertThat(render("{{=sprig.upper(inputs.parameters.name)}}")).isEqualTo("WORLD");
        assertThat(render("{{= asInt(inputs.parameters.x) > 5 }}")).isEqualTo("true");
        assertThat(render("{{= asInt(inputs.parameters.x) * 2 }}")).isEqualTo("14");
        assertThat(render("{{= asFloat(inputs.parameters.x) / 2 }}")).isEqualTo("3.5");
        assertThat(render("{{= 6 / 3 }}")).isEqualTo("2");
        assertThat(render("{{= 1e21 + 0.0 }}")).isEqualTo("1e+21");
        assertThat(render("{{= map(fromJSON(tasks['a-b'].outputs.result), # * 2) }}")).isEqualTo("[2,4]");
        assertThat(render("{{= {b: 1, a: 'x'} }}")).isEqualTo("{\"a\":\"x\",\"b\":1}");
        assertThat(render("name={{= workflow.name }}.")).isEqualTo("name=hello-x1.");
    }

    @Test
    void unresolvedTagsFailByDefaultAndNameTheVariable() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> render("a {{ steps.b.outputs.result }}"));
        assertThat(e.problem()).startsWith("failed to resolve {{ steps.b.outputs.result }}");
        assertThat(e.missingVariable()).isEqualTo("steps.b.outputs.result");
        assertThat(e.position()).isEqualTo(2);
    }

    @Test
    void keepLeavesUnresolvedTagsAsWrittenForALaterPass() {
        TemplateText t = TemplateText.parse("{{item}} {{= asInt(retries) + 1 }} {{inputs.parameters.name}}");
        assertThat(t.render(VARS, Unresolved.KEEP)).isEqualTo("{{item}} {{= asInt(retries) + 1 }} world");
        Variables later = VARS.with(Map.of("item", "i", "retries", "2"));
        assertThat(TemplateText.parse(t.render(VARS, Unresolved.KEEP)).render(later)).isEqualTo("i 3 world");
    }

    @Test
    void strictPrefixesFailEvenWhenKeeping() {
        Unresolved stepsPass = Unresolved.keepExcept("steps.", "tasks.");
        assertThat(TemplateText.parse("{{workflow.unknown}}").render(VARS, stepsPass)).isEqualTo("{{workflow.unknown}}");
        assertThatThrownBy(() -> TemplateText.parse("{{steps.b.outputs.result}}").render(VARS, stepsPass))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("failed to resolve");
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> TemplateText.parse("{{= steps.b.outputs.result }}").render(VARS, stepsPass));
        assertThat(e.problem()).contains("steps.b.outputs.result is missing");
    }

    @Test
    void anAbsentOptionalFailsASimpleTagButIsNilInAnExpression() {
        Map<String, Object> flat = new HashMap<>();
        flat.put("steps.skipped.outputs.parameters.p", null);
        Variables vars = Variables.of(flat);
        assertThatThrownBy(() -> TemplateText.parse("x{{steps.skipped.outputs.parameters.p}}").render(vars))
                .hasMessageContaining("output is an absent optional");
        assertThat(TemplateText.parse("{{= steps.skipped.outputs.parameters.p ?? 'none' }}").render(vars))
                .isEqualTo("none");
        assertThat(TemplateText.parse("{{= steps.skipped.outputs.parameters.p == '' }}").render(vars))
                .isEqualTo("false");
    }

    @Test
    void aNilResultFailsUnlessKept() {
        Variables vars = Variables.of(Map.of("a", "1"));
        assertThatThrownBy(() -> TemplateText.parse("{{= nil }}").render(vars))
                .hasMessageContaining("the result is nil");
        assertThat(TemplateText.parse("{{= nil }}").render(vars, Unresolved.KEEP)).isEqualTo("{{= nil }}");
    }

    @Test
    void anExpressionThatDoesNotParseIsReportedAtItsPositionInTheText() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> TemplateText.parse("ab {{= sprig.upper(x }}"));
        assertThat(e.problem()).contains("{{= sprig.upper(x }} is not a valid expression").contains("expected ')'");
        assertThat(e.position()).isEqualTo(21);
    }

    @Test
    void anEvaluationErrorIsReportedAtItsPositionInTheText() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> render("ab {{= inputs.parameters.x > 5 }}"));
        assertThat(e.problem()).startsWith("failed to evaluate expression").contains("mismatched types");
        assertThat(e.position()).isEqualTo(27);
    }

    @Test
    void listsInASimpleTagAreRefusedWithAHint() {
        Variables vars = Variables.of(Map.of("inputs.artifacts.a", Map.of("name", "a")));
        assertThatThrownBy(() -> TemplateText.parse("{{inputs.artifacts.a}}").render(vars))
                .hasMessageContaining("failed to resolve {{inputs.artifacts.a}} to string");
    }

    @Test
    void reportsItsSimpleTagNames() {
        TemplateText t = TemplateText.parse("{{ a }} {{=b}} {{c.d}}");
        assertThat(t.simpleTagNames()).isEqualTo(List.of("a", "c.d"));
        assertThat(t.hasTags()).isTrue();
        assertThat(TemplateText.parse("plain").hasTags()).isFalse();
    }

    @Test
    void tellsWhenTheWholeTextIsOneSimpleTag() {
        assertThat(TemplateText.parse("{{ steps.a.outputs.parameters.p }}").soleSimpleTag())
                .contains("steps.a.outputs.parameters.p");
        assertThat(TemplateText.parse("x{{a}}").soleSimpleTag()).isEmpty();
        assertThat(TemplateText.parse("{{=a}}").soleSimpleTag()).isEmpty();
    }
}
