package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.expr.DependsExpression.Phase;
import io.jenkins.plugins.argoworkflow.engine.expr.DependsExpression.TaskState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of Argo's docs (variables.md, retries.md, conditional-artifacts-parameters.md, enhanced-depends-logic.md). */
class ArgoDocsExamplesTest {

    private static final Variables VARS = Variables.of(Map.of(
            "inputs.parameters.my-int-param", "3",
            "inputs.parameters.my-float-param", "2.5",
            "inputs.parameters.my-string-param", "  padded  ",
            "inputs.parameters.json", "{\"some\": {\"path\": \"found\"}}",
            "steps.flip-coin.outputs.result", "heads",
            "steps.heads.outputs.result", "it was heads",
            "steps.tails.outputs.result", "it was tails"));

    private static String render(String text) {
        return TemplateText.parse(text).render(VARS);
    }

    @Test
    void variablesDocExpressionExamplesRender() {
        assertThat(render("{{=[1, 2]}}")).isEqualTo("[1,2]");
        assertThat(render("{{=filter([1, 2], { # > 1})}}")).isEqualTo("[2]");
        assertThat(render("{{=map([1, 2], { # * 2 })}}")).isEqualTo("[2,4]");
        assertThat(render("{{=asInt(inputs.parameters['my-int-param'])}}")).isEqualTo("3");
        assertThat(render("{{=asFloat(inputs.parameters['my-float-param'])}}")).isEqualTo("2.5");
        assertThat(render("{{=string(1)}}")).isEqualTo("1");
        assertThat(render("{{=toJson([1, 2])}}")).isEqualTo("[1,2]");
        assertThat(render("{{=jsonpath(inputs.parameters.json, '$.some.path')}}")).isEqualTo("found");
        assertThat(render("{{=sprig.trim(inputs.parameters['my-string-param'])}}")).isEqualTo("padded");
        assertThat(render("{{=sprig.int('not a number')}}")).isEqualTo("0");
    }

    @Test
    void retriesDocExpressionDecidesOnTheLastExitCode() {
        ExprLangExpression retry = ExprLangExpression.parse("asInt(lastRetry.exitCode) > 1");
        assertThat(retry.evaluateBoolean(Variables.of(Map.of("lastRetry.exitCode", "2")))).isTrue();
        assertThat(retry.evaluateBoolean(Variables.of(Map.of("lastRetry.exitCode", "1")))).isFalse();
        ExprLangExpression policy = ExprLangExpression.parse(
                "lastRetry.status == \"Error\" or (lastRetry.status == \"Failed\" and asInt(lastRetry.exitCode) not in [0])");
        assertThat(policy.evaluateBoolean(Variables.of(Map.of("lastRetry.status", "Failed",
                "lastRetry.exitCode", "3")))).isTrue();
    }

    @Test
    void conditionalParameterExpressionPicksTheBranch() {
        assertThat(ExprLangExpression.parse("steps['flip-coin'].outputs.result == 'heads' ? "
                + "steps.heads.outputs.result : steps.tails.outputs.result").evaluate(VARS)).isEqualTo("it was heads");
    }

    @Test
    void enhancedDependsDocExamplesEvaluate() {
        Map<String, TaskState> states = Map.of(
                "task", TaskState.of(Phase.FAILED),
                "task-1", new TaskState(Phase.FAILED, false, List.of(Phase.FAILED, Phase.SUCCEEDED), false, false),
                "task-2", TaskState.of(Phase.FAILED),
                "task-3", TaskState.of(Phase.SUCCEEDED),
                "A", TaskState.of(Phase.SUCCEEDED), "B", TaskState.of(Phase.SKIPPED), "C", TaskState.of(Phase.SUCCEEDED));
        assertThat(DependsExpression.parse("task || task-2.Failed").evaluate(states::get)).isTrue();
        assertThat(DependsExpression.parse("(task.Succeeded || task.Skipped || task.Daemoned) || task-2.Failed")
                .evaluate(states::get)).isTrue();
        assertThat(DependsExpression.parse("(task-2.Succeeded || task-2.Skipped) && !task-3.Failed")
                .evaluate(states::get)).isFalse();
        assertThat(DependsExpression.parse("task-1.AnySucceeded || task-2.AllFailed").evaluate(states::get)).isTrue();
        assertThat(DependsExpression.parse("A && B && C").evaluate(states::get)).isTrue();
    }

    @Test
    void conditionalsDocWhenExamplesEvaluate() {
        Variables vars = Variables.of(Map.of("steps.flip-coin.outputs.result", "tails",
                "inputs.parameters.should-print", "true"));
        assertThat(WhenExpression.shouldExecute("{{steps.flip-coin.outputs.result}} == heads", vars)).isFalse();
        assertThat(WhenExpression.shouldExecute("{{steps.flip-coin.outputs.result}} == tails", vars)).isTrue();
        assertThat(WhenExpression.shouldExecute("{{inputs.parameters.should-print}} == true", vars)).isTrue();
        assertThat(WhenExpression.shouldExecute("'{{inputs.parameters.should-print}}' == 'true'", vars)).isTrue();
        assertThat(WhenExpression.shouldExecute("'{{inputs.parameters.should-print}}' == true", vars)).isFalse();
    }
}
