package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExprLangParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"inputs.parameters.x", "asInt(inputs.parameters.x) > 5 ? 'big' : 'small'",
            "inputs.parameters['my-param'] + \"!\"", "sprig.trim(steps.a.outputs.result)",
            "filter([1, 2, 3], {# > 1})", "map(items, {.Name})", "a ?? 'default'", "x in [1, 2] and not (y or z)",
            "a not in b", "s matches '^a' || s startsWith 'b'", "{a: 1, 'b': [2, 3]}['a']", "a?.b?.c",
            "arr[1:3]", "1..5", "2 ** 3 ^ 2", "let x = 1; x + 1", "#index > 0", "`raw ${string}`",
            "jsonpath(p, '$.a') | toJson()", "-1.5e3 * .5"})
    void acceptsExpressionsArgoWorkflowsUse(String expression) {
        assertThatCode(() -> ExprLangParser.parse(expression)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a +", "f(a, b", "a ? b", "[1, 2", "'unclosed", "a.", "a b", "", "a @ b", "{a: }"})
    void rejectsBrokenExpressions(String expression) {
        assertThat(catchThrowableOfType(ExpressionException.class,
                () -> ExprLangParser.parse(expression)))
                .isNotNull();
    }

    @Test
    void reportsWhereParsingStopped() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> ExprLangParser.parse("a + (b * )"));
        assertThat(e.position()).isEqualTo(9);
        assertThat(e.problem()).contains("')'");
    }
}
