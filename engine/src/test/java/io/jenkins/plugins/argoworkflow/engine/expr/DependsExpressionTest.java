package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.argoworkflow.engine.expr.DependsExpression.Phase;
import io.jenkins.plugins.argoworkflow.engine.expr.DependsExpression.TaskState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DependsExpressionTest {

    private static boolean eval(String depends, Map<String, TaskState> states) {
        return DependsExpression.parse(depends).evaluate(states::get);
    }

    private static Map<String, TaskState> phases(Object... taskAndPhase) {
        Map<String, TaskState> out = new HashMap<>();
        for (int i = 0; i < taskAndPhase.length; i += 2) {
            out.put((String) taskAndPhase[i], TaskState.of((Phase) taskAndPhase[i + 1]));
        }
        return out;
    }

    @Test
    void argoDocsExampleEvaluates() {
        String depends = "A.Succeeded || (B && !C.Failed)";
        assertThat(eval(depends, phases("A", Phase.SUCCEEDED, "B", Phase.FAILED, "C", Phase.FAILED))).isTrue();
        assertThat(eval(depends, phases("A", Phase.FAILED, "B", Phase.SUCCEEDED, "C", Phase.SUCCEEDED))).isTrue();
        assertThat(eval(depends, phases("A", Phase.FAILED, "B", Phase.SUCCEEDED, "C", Phase.FAILED))).isFalse();
        assertThat(eval(depends, phases("A", Phase.FAILED, "B", Phase.FAILED, "C", Phase.SUCCEEDED))).isFalse();
    }

    @Test
    void aBareNameMeansSucceededSkippedOrDaemoned() {
        assertThat(eval("A", phases("A", Phase.SUCCEEDED))).isTrue();
        assertThat(eval("A", phases("A", Phase.SKIPPED))).isTrue();
        assertThat(eval("A", phases("A", Phase.FAILED))).isFalse();
        assertThat(eval("A", phases("A", Phase.ERROR))).isFalse();
        assertThat(eval("A", phases("A", Phase.OMITTED))).isFalse();
        assertThat(eval("A", Map.of("A", new TaskState(Phase.RUNNING, true, List.of(), false, false)))).isTrue();
    }

    @Test
    void continueOnWidensABareName() {
        assertThat(eval("A", Map.of("A", new TaskState(Phase.FAILED, false, List.of(), true, false)))).isTrue();
        assertThat(eval("A", Map.of("A", new TaskState(Phase.ERROR, false, List.of(), false, true)))).isTrue();
        assertThat(eval("A.Succeeded", Map.of("A", new TaskState(Phase.FAILED, false, List.of(), true, false))))
                .isFalse();
    }

    @Test
    void eachResultTestsItsPhase() {
        assertThat(eval("A.Succeeded", phases("A", Phase.SUCCEEDED))).isTrue();
        assertThat(eval("A.Failed", phases("A", Phase.FAILED))).isTrue();
        assertThat(eval("A.Errored", phases("A", Phase.ERROR))).isTrue();
        assertThat(eval("A.Skipped", phases("A", Phase.SKIPPED))).isTrue();
        assertThat(eval("A.Omitted", phases("A", Phase.OMITTED))).isTrue();
        assertThat(eval("A.Daemoned", phases("A", Phase.SUCCEEDED))).isFalse();
        assertThat(eval("A.Daemoned", Map.of("A", new TaskState(Phase.PENDING, true, List.of(), false, false))))
                .isFalse();
        assertThat(eval("A.Failed || A.Errored", phases("A", Phase.ERROR))).isTrue();
    }

    @Test
    void itemResultsLookAtTheChildren() {
        TaskState mixed = new TaskState(Phase.FAILED, false, List.of(Phase.FAILED, Phase.SUCCEEDED), false, false);
        TaskState allFailed = new TaskState(Phase.FAILED, false, List.of(Phase.FAILED, Phase.FAILED), false, false);
        TaskState none = new TaskState(Phase.SUCCEEDED, false, List.of(), false, false);
        assertThat(eval("A.AnySucceeded", Map.of("A", mixed))).isTrue();
        assertThat(eval("A.AllFailed", Map.of("A", mixed))).isFalse();
        assertThat(eval("A.AllFailed", Map.of("A", allFailed))).isTrue();
        assertThat(eval("A.AllFailed", Map.of("A", none))).isFalse();
    }

    @Test
    void dependenciesListIsTheConjunctionOfBareNames() {
        DependsExpression d = DependsExpression.ofDependencies(List.of("a", "b-c"));
        assertThat(d.text()).isEqualTo("a && b-c");
        assertThat(d.tasks()).containsExactly("a", "b-c");
        assertThat(d.evaluate(phases("a", Phase.SUCCEEDED, "b-c", Phase.SKIPPED)::get)).isTrue();
        assertThat(d.evaluate(phases("a", Phase.SUCCEEDED, "b-c", Phase.FAILED)::get)).isFalse();
        assertThat(DependsExpression.ofDependencies(List.of()).evaluate(t -> null)).isTrue();
    }

    @Test
    void decideWaitsForEveryDependencyAsArgoDoes() {
        DependsExpression d = DependsExpression.parse("A.Failed || B");
        Map<String, TaskState> known = phases("A", Phase.FAILED, "B", Phase.RUNNING);
        assertThat(d.decide(t -> Optional.ofNullable(known.get(t)))).isEmpty();
        known.put("B", TaskState.of(Phase.SUCCEEDED));
        assertThat(d.decide(t -> Optional.ofNullable(known.get(t)))).contains(true);
    }

    @Test
    void decideEarlyAnswersOnceTheKnownResultsFixTheValue() {
        DependsExpression d = DependsExpression.parse("A.Failed || (B && C)");
        Map<String, TaskState> known = phases("A", Phase.FAILED);
        assertThat(d.decideEarly(t -> Optional.ofNullable(known.get(t)))).contains(true);
        Map<String, TaskState> other = phases("A", Phase.SUCCEEDED, "B", Phase.FAILED, "C", Phase.RUNNING);
        assertThat(d.decideEarly(t -> Optional.ofNullable(other.get(t)))).contains(false);
        Map<String, TaskState> open = phases("A", Phase.SUCCEEDED, "B", Phase.SUCCEEDED);
        assertThat(d.decideEarly(t -> Optional.ofNullable(open.get(t)))).isEmpty();
    }

    @Test
    void tasksNamesEachTaskOnceInWritingOrder() {
        DependsExpression d = DependsExpression.parse("b.Failed || (a && b.Succeeded) || !c");
        assertThat(d.tasks()).containsExactly("b", "a", "c");
        assertThatThrownBy(() -> d.tasks().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void operandsKeepTheirColumns() {
        assertThat(DependsExpression.parse("a && !b-c.Failed").operands()).containsExactly(
                new DependsExpression.Operand("a", null, 0), new DependsExpression.Operand("b-c", "Failed", 6));
    }

    @Test
    void syntaxErrorsNameThePosition() {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> DependsExpression.parse("A.Succeded"));
        assertThat(e.position()).isEqualTo(2);
        assertThat(e.problem()).contains("the result must be one of Succeeded");
        assertThatThrownBy(() -> DependsExpression.parse("(A && B")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> DependsExpression.parse("A &&")).hasMessageContaining("expected a task name");
        assertThatThrownBy(() -> DependsExpression.parse("A B")).hasMessageContaining("unexpected 'B'");
    }

    @Test
    void evaluatingWithoutAStateIsAnError() {
        assertThatThrownBy(() -> eval("A && B", phases("A", Phase.SUCCEEDED)))
                .hasMessageContaining("task 'B' has no state yet");
    }

    @Test
    void aBlankDependsIsAlwaysTrue() {
        assertThat(DependsExpression.parse("  ").evaluate(t -> null)).isTrue();
        assertThat(DependsExpression.parse("").operands()).isEmpty();
    }
}
