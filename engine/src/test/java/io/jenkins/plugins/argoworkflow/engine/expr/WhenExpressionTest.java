package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    @ValueSource(strings = {"a ==", "(a == b", "'unclosed == b", "a == b)", "== a", "a && || b", "", "a b",
            "1.2.3 == x", "steps.foo == x", "a === b"})
    void rejectsBrokenExpressions(String expression) {
        assertThatThrownBy(() -> WhenExpression.parse(expression)).isInstanceOf(ExpressionException.class);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "heads == heads => true",
        "heads == tails => false",
        "foo != bar => true",
        "5 > 3 => true",
        "10 > 9 => true",
        "'10' > '9' => false",
        "1 == 1.0 => true",
        "2 + 2 == 4 => true",
        "'a' + 1 == 'a1' => true",
        "(1 + 2) * 3 == 9 => true",
        "2 ** 3 == 8 => true",
        "7 % 4 == 3 => true",
        "!(1 > 2) => true",
        "true && false || true => true",
        "heads =~ '^h' => true",
        "heads !~ 'x' => true",
        "b in (a, b, c) => true",
        "d in (a, b, c) => false",
        "true == 'true' => false",
        "1 == '1' => false",
        "'2020-01-02' > '2020-01-01' => true",
        "Succeeded == Succeeded && 3 >= 3 => true",
        "-5 < -4 => true",
        "0x10 == 16 => true"})
    void evaluatesLikeArgosGovaluate(String expression, boolean expected) {
        assertThat(WhenExpression.parse(expression).evaluate()).isEqualTo(expected);
    }

    @Test
    void substitutesTagsBeforeEvaluatingAsArgoDocsShow() {
        Variables vars = Variables.of(Map.of("steps.flip-coin.outputs.result", "heads",
                "inputs.parameters.x", "7", "item", "3"));
        assertThat(WhenExpression.shouldExecute("{{steps.flip-coin.outputs.result}} == heads", vars)).isTrue();
        assertThat(WhenExpression.shouldExecute("{{steps.flip-coin.outputs.result}} == tails", vars)).isFalse();
        assertThat(WhenExpression.shouldExecute("{{inputs.parameters.x}} > 5", vars)).isTrue();
        assertThat(WhenExpression.shouldExecute("{{= asInt(inputs.parameters.x) > 5 }}", vars)).isTrue();
        assertThat(WhenExpression.shouldExecute("{{item}} < 2", vars)).isFalse();
        assertThat(WhenExpression.shouldExecute("", vars)).isTrue();
    }

    @Test
    void hyphenatedBareWordsAreSubtractionAndFail() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> WhenExpression.parse("foo-bar == foo-bar").evaluate());
        assertThat(e.problem()).contains("Value 'foo' cannot be used with the modifier '-', it is not a number")
                .contains("quote values");
        assertThat(e.position()).isEqualTo(3);
        assertThat(WhenExpression.parse("'foo-bar' == 'foo-bar'").evaluate()).isTrue();
    }

    @Test
    void valuesWithSpacesCannotTransitionTokenTypes() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> WhenExpression.parse("hello world == hello world"));
        assertThat(e.problem()).startsWith("Cannot transition token types from VARIABLE [hello] to VARIABLE [world]");
        assertThat(e.position()).isEqualTo(6);
    }

    @Test
    void wordsWithADotAreAccessorsThatArgoCannotResolve() {
        assertThatThrownBy(() -> WhenExpression.parse("v1.Two == x").evaluate())
                .hasMessageContaining("No parameter 'v1' found");
        assertThatThrownBy(() -> WhenExpression.parse("a.b == a.b"))
                .hasMessageContaining("Unable to access unexported field 'b' in token 'a.b'");
    }

    @Test
    void versionLikeNumbersMustBeQuoted() {
        assertThatThrownBy(() -> WhenExpression.parse("1.2.3 == 1.2.3"))
                .hasMessageContaining("Unable to parse numeric value '1.2.3' to float64");
        assertThat(WhenExpression.parse("'1.2.3' == '1.2.3'").evaluate()).isTrue();
    }

    @Test
    void aNonBooleanResultIsAnError() {
        assertThatThrownBy(() -> WhenExpression.parse("1 + 1").evaluate())
                .hasMessageContaining("when expression did not evaluate to a boolean but to 2");
        assertThatThrownBy(() -> WhenExpression.parse("heads").evaluate())
                .hasMessageContaining("when expression did not evaluate to a boolean but to heads");
    }

    @Test
    void logicOnNonBooleansIsATypeError() {
        assertThatThrownBy(() -> WhenExpression.parse("yes && true").evaluate())
                .hasMessageContaining("Value 'yes' cannot be used with the logical operator '&&', it is not a bool");
        assertThatThrownBy(() -> WhenExpression.parse("a > 1").evaluate())
                .hasMessageContaining("Value 'a' cannot be used with the comparator '>', it is not a number");
    }

    @Test
    void anUnresolvedTagInWhenIsAnError() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> WhenExpression.shouldExecute("{{steps.a.outputs.result}} == x", Variables.empty()));
        assertThat(e.missingVariable()).isEqualTo("steps.a.outputs.result");
    }
}
