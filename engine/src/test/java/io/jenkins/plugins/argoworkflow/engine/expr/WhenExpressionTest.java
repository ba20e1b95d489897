package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhenExpressionTest {

    @ParameterizedTest
    @ValueSource(strings = {"tails == heads", "x != 'hello world'", "5 > 3 && !(a == b) || c", "\"a\" =~ 'a.*'",
            "a !~ \"^b\"", "1.5 * 2 - -3 / 4 <= 10", "x in ('a', 'b')", "true", "a ?? b", "a ? b : c",
            "my-value == 2024-01-01"})
    void acceptsWhenExpressionsArgoUses(String expression) {
        assertThatCode(() -> WhenExpression.parse(expression)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a ==", "(a == b", "'unclosed == b", "a == b)", "== a", "a && || b", ""})
    void rejectsBrokenExpressions(String expression) {
        assertThatThrownBy(() -> WhenExpression.parse(expression)).isInstanceOf(ExpressionException.class);
    }
}
