package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SprigTest {

    private static Object eval(String expression) {
        return ExprLangExpression.parse(expression).evaluate(Variables.of(Map.of("s", "  Hello World  ")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "sprig.upper('abc') => ABC",
        "sprig.lower('ABC') => abc",
        "sprig.trim(s) => Hello World",
        "sprig.trimAll('$', '$$5$') => 5",
        "sprig.trimPrefix('v', 'v1.2') => 1.2",
        "sprig.trimSuffix('.txt', 'a.txt') => a",
        "sprig.replace(' ', '-', 'a b c') => a-b-c",
        "sprig.join('+', ['a', 'b']) => a+b",
        "sprig.toString(3.0) => 3",
        "sprig.b64enc('hello') => aGVsbG8=",
        "sprig.b64dec('aGVsbG8=') => hello",
        "sprig.quote('a', 'b') => \"a\" \"b\"",
        "sprig.repeat(3, 'ab') => ababab",
        "sprig.substr(1, 3, 'hello') => el",
        "sprig.trunc(3, 'hello') => hel",
        "sprig.trunc(-3, 'hello') => llo",
        "sprig.nospace('a b\tc') => abc",
        "sprig.title('hello world') => Hello World",
        "sprig.default('dflt', '') => dflt",
        "sprig.default('dflt', 'given') => given",
        "sprig.ternary('yes', 'no', 1 > 0) => yes",
        "sprig.cat('a', nil, 'b') => a b",
        "sprig.toJson({a: [1, 'x']}) => {\"a\":[1,\"x\"]}"})
    void stringFunctionsTakeTheSubjectLast(String expression, String expected) {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    @Test
    void squoteWrapsInSingleQuotes() {
        assertThat(eval("sprig.squote('a')")).isEqualTo("'a'");
    }

    @Test
    void splitGivesAMapAndSplitListAList() {
        assertThat(eval("sprig.split('$', 'a$b')")).isEqualTo(Map.of("_0", "a", "_1", "b"));
        assertThat(eval("sprig.split('$', 'a$b')._1")).isEqualTo("b");
        assertThat(eval("sprig.splitList(',', 'a,b')")).isEqualTo(List.of("a", "b"));
    }

    @Test
    void numberFunctionsConvertRatherThanFail() {
        assertThat(eval("sprig.atoi('42')")).isEqualTo(42L);
        assertThat(eval("sprig.atoi('x')")).isEqualTo(0L);
        assertThat(eval("sprig.int('12') + sprig.int(2.9)")).isEqualTo(14L);
        assertThat(eval("sprig.float64('1.5')")).isEqualTo(1.5);
        assertThat(eval("sprig.add(1, '2', 3)")).isEqualTo(6L);
        assertThat(eval("sprig.sub(10, 4)")).isEqualTo(6L);
        assertThat(eval("sprig.mul(2, 3, 4)")).isEqualTo(24L);
        assertThat(eval("sprig.div(7, 2)")).isEqualTo(3L);
        assertThat(eval("sprig.mod(7, 2)")).isEqualTo(1L);
        assertThat(eval("sprig.max(1, 9, 3)")).isEqualTo(9L);
        assertThat(eval("sprig.min(4, 2)")).isEqualTo(2L);
        assertThat(eval("sprig.addf(1, 0.5)")).isEqualTo(1.5);
    }

    @Test
    void collectionAndLogicFunctions() {
        assertThat(eval("sprig.list(1, 'a')")).isEqualTo(List.of(1L, "a"));
        assertThat(eval("sprig.dict('k', 'v', 'n', 1)")).isEqualTo(Map.of("k", "v", "n", 1L));
        assertThat(eval("sprig.empty('') && sprig.empty(0) && sprig.empty([]) && !sprig.empty('x')")).isEqualTo(true);
        assertThat(eval("sprig.fromJson('{\"a\": 2}').a")).isEqualTo(2.0);
        assertThat(eval("sprig.fromJson('not json')")).isEqualTo("");
        assertThat(eval("sprig.has(2, [1, 2])")).isEqualTo(true);
        assertThat(eval("sprig.until(3)")).isEqualTo(List.of(0L, 1L, 2L));
        assertThat(eval("sprig.coalesce('', nil, 'c')")).isEqualTo("c");
    }

    @Test
    void divisionByZeroIsAnError() {
        assertThatThrownBy(() -> eval("sprig.div(1, 0)")).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("integer divide by zero");
    }

    @Test
    void aSprigFunctionArgowfDoesNotImplementSaysSo() {
        assertThatThrownBy(() -> eval("sprig.sha256sum('x')")).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("sprig.sha256sum() is a Sprig function that argowf does not support yet");
    }

    @Test
    void envAndExpandenvAreNotAvailableAsInArgo() {
        assertThatThrownBy(() -> ExprLangExpression.parse("sprig.env('HOME')").checkFunctions())
                .hasMessageContaining("unknown function sprig.env()");
        assertThatThrownBy(() -> eval("sprig.env('HOME')")).hasMessageContaining("unknown function sprig.env()");
    }
}
