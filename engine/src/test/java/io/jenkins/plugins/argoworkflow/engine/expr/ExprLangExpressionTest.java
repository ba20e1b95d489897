package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprLangExpressionTest {

    private static final Variables VARS = Variables.of(Map.of(
            "inputs.parameters.x", "7",
            "inputs.parameters.name", "world",
            "inputs.parameters.my-param", "hyphen",
            "steps.flip-coin.outputs.result", "heads",
            "tasks.a.outputs.result", "[1, 2, 3]",
            "item.key", "k1",
            "workflow.name", "hello-abc12"));

    private static Object eval(String expression) {
        return ExprLangExpression.parse(expression).evaluate(VARS);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "1 + 2 => 3",
        "7 / 2 => 3.5",
        "6 / 3 => 2.0",
        "7 % 3 => 1",
        "2 ** 3 => 8.0",
        "2 ^ 3 ^ 2 => 512.0",
        "1 + 2.5 => 3.5",
        "-3 * 2 => -6",
        "0x10 + 0b11 + 0o7 => 26",
        "1_000 * 2 => 2000",
        "10 - 2 - 3 => 5"})
    void arithmeticKeepsExprLangsIntAndFloatTypes(String expression, String expected) {
        Object v = eval(expression);
        assertThat(v).isEqualTo(expected.contains(".") ? (Object) Double.parseDouble(expected)
                : (Object) Long.parseLong(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "1 == 1.0 => true",
        "'a' < 'b' => true",
        "2 >= 3 => false",
        "true && !false => true",
        "true and not false => true",
        "false or 1 < 2 => true",
        "2 in [1, 2, 3] => true",
        "'k' in {k: 1} => true",
        "4 not in [1, 2] => true",
        "'hello' contains 'ell' => true",
        "'hello' startsWith 'he' && 'hello' endsWith 'lo' => true",
        "'abc' matches '^a.c$' => true",
        "'abc' not matches 'z' => true",
        "nil == nil => true",
        "nil == '' => false",
        "[1, 2] == [1, 2] => true",
        "'1' == 1 => false"})
    void comparisonsAndLogic(String expression, boolean expected) {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    @Test
    void argoDocsExamplesEvaluate() {
        assertThat(eval("asInt(inputs.parameters.x) > 5")).isEqualTo(true);
        assertThat(eval("sprig.upper(inputs.parameters.name)")).isEqualTo("WORLD");
        assertThat(eval("steps['flip-coin'].outputs.result == 'heads' ? 'won' : 'lost'")).isEqualTo("won");
        assertThat(eval("inputs.parameters['my-param'] + '!'")).isEqualTo("hyphen!");
        assertThat(eval("asFloat(inputs.parameters.x) / 2")).isEqualTo(3.5);
        assertThat(eval("item.key")).isEqualTo("k1");
        assertThat(eval("filter(fromJSON(tasks.a.outputs.result), {# > 1})")).isEqualTo(List.of(2.0, 3.0));
        assertThat(eval("jsonpath('{\"a\": {\"b\": [1, \"x\"]}}', '$.a.b[1]')")).isEqualTo("x");
    }

    @Test
    void nilCoalescingAndOptionalChainingGiveDefaults() {
        assertThat(eval("steps.missing?.outputs ?? 'none'")).isEqualTo("none");
        assertThat(eval("inputs.parameters.nope ?? 'fallback'")).isEqualTo("fallback");
        assertThat(eval("undefinedName ?? 'fallback'")).isEqualTo("fallback");
        assertThat(eval("'set' ?? 'fallback'")).isEqualTo("set");
    }

    @Test
    void nilCoalescingMustBeParenthesisedBeforeAnotherOperatorAsInExprLang() {
        assertThat(eval("(nil ?? 1) + 2")).isEqualTo(3L);
        assertThat(eval("2 + nil ?? 1")).isEqualTo(3L);
        assertThat(eval("nil ?? nil ?? 'c'")).isEqualTo("c");
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> eval("nil ?? 1 + 2"));
        assertThat(e.problem()).contains("cannot be mixed");
        assertThat(e.position()).isEqualTo(9);
        assertThat(eval("true ? 1 : 2 + 10")).isEqualTo(1L);
    }

    @Test
    void orderingsChainAsInExprLang() {
        assertThat(eval("1 < 2 < 3")).isEqualTo(true);
        assertThat(eval("1 < 3 <= 2")).isEqualTo(false);
    }

    @Test
    void closureBuiltinsBindHashToEachElement() {
        assertThat(eval("map([1, 2, 3], {# * 10})")).isEqualTo(List.of(10L, 20L, 30L));
        assertThat(eval("all([2, 4], {# % 2 == 0})")).isEqualTo(true);
        assertThat(eval("any([1, 2], {# > 1})")).isEqualTo(true);
        assertThat(eval("one([1, 2, 3], {# > 2})")).isEqualTo(true);
        assertThat(eval("none([1, 2], {# > 5})")).isEqualTo(true);
        assertThat(eval("count([1, 2, 3], {# >= 2})")).isEqualTo(2L);
        assertThat(eval("map([{n: 'a'}, {n: 'b'}], {.n})")).isEqualTo(List.of("a", "b"));
        assertThat(eval("map(['x', 'y'], {#index})")).isEqualTo(List.of(0L, 1L));
        assertThat(eval("reduce([1, 2, 3], #acc + #, 10)")).isEqualTo(16L);
        assertThat(eval("find([1, 5, 7], {# > 4})")).isEqualTo(5L);
        assertThat(eval("sum([1, 2.5])")).isEqualTo(3.5);
        assertThat(eval("sortBy([{n: 2}, {n: 1}], {.n})")).isEqualTo(List.of(Map.of("n", 1L), Map.of("n", 2L)));
    }

    @Test
    void conversionBuiltinsFollowExprLang() {
        assertThat(eval("int('42') + int(3.9)")).isEqualTo(45L);
        assertThat(eval("float('1.5')")).isEqualTo(1.5);
        assertThat(eval("string(3.0) + string(2) + string(true)")).isEqualTo("32true");
        assertThat(eval("len('héllo') + len([1]) + len({a: 1})")).isEqualTo(7L);
        assertThat(eval("toJSON({b: 1, a: [true, nil]})")).isEqualTo("{\n  \"a\": [\n    true,\n    null\n  ],\n  \"b\": 1\n}");
        assertThat(eval("toJson({b: 1, a: 'x<y'})")).isEqualTo("{\"a\":\"x\\u003cy\",\"b\":1}");
        assertThat(eval("fromJSON('{\"a\": 1}').a")).isEqualTo(1.0);
        assertThat(eval("toBase64('hi') + fromBase64('aGk=')")).isEqualTo("aGk=hi");
        assertThat(eval("type(1) + type(1.0) + type('') + type(nil)")).isEqualTo("intfloatstringnil");
    }

    @Test
    void stringAndCollectionBuiltins() {
        assertThat(eval("upper('a') + lower('B') + trim('  c ') + trim('xxdxx', 'x')")).isEqualTo("Abcd");
        assertThat(eval("split('a,b,c', ',')")).isEqualTo(List.of("a", "b", "c"));
        assertThat(eval("split('a,b,c', ',', 2)")).isEqualTo(List.of("a", "b,c"));
        assertThat(eval("join(['a', 'b'], '-')")).isEqualTo("a-b");
        assertThat(eval("replace('aaa', 'a', 'b')")).isEqualTo("bbb");
        assertThat(eval("trimPrefix('v1.2', 'v') + trimSuffix('file.txt', '.txt')")).isEqualTo("1.2file");
        assertThat(eval("indexOf('hello', 'l')")).isEqualTo(2L);
        assertThat(eval("max(1, 5, 3) + min([4, 2])")).isEqualTo(7L);
        assertThat(eval("keys({b: 1, a: 2})")).isEqualTo(List.of("a", "b"));
        assertThat(eval("first([1, 2]) + last([1, 2])")).isEqualTo(3L);
        assertThat(eval("[1, 2, 3, 4][1:3]")).isEqualTo(List.of(2L, 3L));
        assertThat(eval("[1, 2, 3][-1]")).isEqualTo(3L);
        assertThat(eval("'hello'[1:3]")).isEqualTo("el");
        assertThat(eval("1..3")).isEqualTo(List.of(1L, 2L, 3L));
        assertThat(eval("uniq([1, 1, 2])")).isEqualTo(List.of(1L, 2L));
        assertThat(eval("reverse(sort([2, 3, 1]))")).isEqualTo(List.of(3L, 2L, 1L));
        assertThat(eval("let n = 2; n * n")).isEqualTo(4L);
        assertThat(eval("'a,b' | split(',') | join('+')")).isEqualTo("a+b");
    }

    @Test
    void stringEscapesAreDecoded() {
        assertThat(eval("'a\\tb\\n' + \"\\u00e9\" + `raw\\n`")).isEqualTo("a\tb\né" + "raw\\n");
    }

    @Test
    void unknownVariableNamesTheVariableAndWhere() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> eval("1 + nope"));
        assertThat(e.position()).isEqualTo(4);
        assertThat(e.missingVariable()).isEqualTo("nope");
        assertThat(e.getMessage()).contains("unknown name 'nope'").contains("at character 5");
    }

    @Test
    void hyphenatedStepNameWithoutIndexIsSubtraction() {
        assertThatThrownBy(() -> eval("steps.flip-coin.outputs.result"))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("unknown name 'coin'");
    }

    @Test
    void mixingStringsAndNumbersIsAnErrorThatSuggestsAConversion() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> eval("inputs.parameters.x > 5"));
        assertThat(e.position()).isEqualTo(20);
        assertThat(e.problem()).contains("mismatched types string and int").contains("asInt()");
    }

    @Test
    void fetchingFromNilSaysWhichPathIsNil() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> eval("steps.nope.outputs"));
        assertThat(e.problem()).contains("cannot fetch outputs from nil").contains("steps.nope is nil");
    }

    @Test
    void badConversionsAndIndexesAreErrors() {
        assertThatThrownBy(() -> eval("asInt('abc')")).hasMessageContaining("strconv.Atoi: parsing \"abc\"");
        assertThatThrownBy(() -> eval("[1][3]")).hasMessageContaining("index out of range: 3 (array length is 1)");
        assertThatThrownBy(() -> eval("5 % 0")).hasMessageContaining("integer divide by zero");
        assertThatThrownBy(() -> eval("1 && true")).hasMessageContaining("&& needs a bool, got int");
        assertThatThrownBy(() -> eval("len()")).hasMessageContaining("len() takes 1 argument, got 0");
        assertThatThrownBy(() -> eval("now()")).hasMessageContaining("does not support yet");
        assertThatThrownBy(() -> eval("repeat('ab', 1000000000)")).hasMessageContaining("longer than 1048576");
        assertThatThrownBy(() -> eval("1..100000000")).hasMessageContaining("longer than 1000000 elements");
    }

    @Test
    void unknownFunctionsAreRejectedByTheFunctionTable() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> ExprLangExpression.parse("upper(x) + frobnicate(1)").checkFunctions());
        assertThat(e.position()).isEqualTo(11);
        assertThat(e.problem()).startsWith("unknown function frobnicate()");
        assertThatThrownBy(() -> ExprLangExpression.parse("sprig.nosuch(x)").checkFunctions())
                .hasMessageContaining("Sprig has no function 'nosuch'");
        assertThatThrownBy(() -> ExprLangExpression.parse("tojson(x)").checkFunctions())
                .hasMessageContaining("did you mean toJson()?");
    }

    @Test
    void knownFunctionsPassTheCheck() {
        ExprLangExpression.parse("asInt(a) + len(filter(b, {# > 1})) + sprig.atoi(c) + jsonpath(d, '$.e') "
                + "+ toJson(f) + sprig.randAlpha(3) + (let g = 1; g)").checkFunctions();
    }

    @Test
    void requiredVariablesSkipGuardedMembersLikeArgo() {
        assertThat(ExprLangExpression.parse("asInt(inputs.parameters.x) > 1 && item.key == 'a'").requiredVariables())
                .contains("inputs.parameters.x", "item.key", "inputs", "item").doesNotContain("asInt");
        assertThat(ExprLangExpression.parse("steps.a.outputs.result ?? 'x'").requiredVariables())
                .doesNotContain("steps.a.outputs.result");
        assertThat(ExprLangExpression.parse("let y = 1; y + z").requiredVariables()).containsExactly("z");
    }

    @Test
    void evaluateBooleanRefusesOtherValues() {
        assertThat(ExprLangExpression.parse("asInt(inputs.parameters.x) == 7").evaluateBoolean(VARS)).isTrue();
        assertThatThrownBy(() -> ExprLangExpression.parse("'yes'").evaluateBoolean(VARS))
                .hasMessageContaining("did not evaluate to a boolean but to string yes");
    }

    @Test
    void anExpressionIsReusableAcrossVariables() {
        ExprLangExpression e = ExprLangExpression.parse("asInt(retries) < 2");
        assertThat(e.evaluate(Variables.of(Map.of("retries", "1")))).isEqualTo(true);
        assertThat(e.evaluate(Variables.of(Map.of("retries", "3")))).isEqualTo(false);
    }
}
