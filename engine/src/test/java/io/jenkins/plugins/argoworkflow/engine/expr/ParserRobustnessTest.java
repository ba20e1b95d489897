package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary text never breaks the parsers or evaluators with anything but an {@link ExpressionException}: what a
 * user writes in a workflow must give a message, never a stack trace. Seeded, so a failure reproduces.
 */
class ParserRobustnessTest {

    private static final String[] PIECES = {"a", "b-c", "1", "2.5", "0x1f", ".", "..", "'", "\"", "`", "\\", "(",
        ")", "[", "]", "{", "}", ",", ":", "?", "??", "?.", "!", "not", "in", "and", "||", "&&", "==", "!=", "<", ">=",
        "=~", "+", "-", "*", "/", "%", "**", "#", "#index", "|", "let", "=", ";", " ", "true", "nil", "len(", "map(",
        "filter(", "sprig.upper(", "asInt(", "jsonpath(", "'$.a[0]'", "{{", "}}", "{{=", "steps", "A.Succeeded",
        "x.Failed", "items"};
    private static final Variables VARS = Variables.of(Map.of("a", "1", "b", "2", "steps.a.outputs.result", "[1]",
            "items", "[]"));

    private static String randomText(Random random) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    private static void onlyExpressionExceptions(Runnable action) {
        try {
            action.run();
        } catch (ExpressionException expected) {
            // the one exception users may see
        }
    }

    @Test
    void randomTextGivesAValueOrAnExpressionException() {
        Random random = new Random(20_260_123L);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            assertThatCode(() -> {
                onlyExpressionExceptions(() -> ExprLangExpression.parse(text).evaluate(VARS));
                onlyExpressionExceptions(() -> ExprLangExpression.parse(text).checkFunctions());
                onlyExpressionExceptions(() -> WhenExpression.parse(text).evaluate());
                onlyExpressionExceptions(() -> DependsExpression.parse(text).evaluate(t -> null));
                onlyExpressionExceptions(() -> TemplateText.parse(text).render(VARS, Unresolved.KEEP));
            }).as(text).doesNotThrowAnyException();
        }
    }
}
