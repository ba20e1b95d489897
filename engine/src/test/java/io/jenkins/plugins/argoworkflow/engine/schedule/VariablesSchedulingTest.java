package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variables flowing through a run: arguments, inputs, outputs, loops, conditions and expressions. */
class VariablesSchedulingTest {

    private static LeafRequest launchOf(ScriptedRuntime runtime, String nodeName) {
        return runtime.launched().stream().filter(r -> r.nodeName().equals(nodeName)).findFirst()
                .orElseThrow(() -> new AssertionError("no launch of " + nodeName));
    }

    private static List<String> args(ScriptedRuntime runtime, String nodeName) {
        return launchOf(runtime, nodeName).template().container().args();
    }

    @Test
    void argumentsBecomeInputsAndTheLeafSeesThemSubstituted() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  arguments: {parameters: [{name: who, value: world}]}
                  templates:
                  - name: main
                    steps:
                    - - name: hello
                        template: say
                        arguments: {parameters: [{name: msg, value: "hello {{workflow.parameters.who}}"}]}
                  - name: say
                    inputs: {parameters: [{name: msg}, {name: num, default: "41"}]}
                    container:
                      image: alpine
                      command: [echo]
                      args: ["{{inputs.parameters.msg}}", "{{=asInt(inputs.parameters.num) + 1}}", "{{pod.name}}",
                             "{{workflow.name}}", "{{unknown.thing}}"]
                """, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(status, "wf[0].hello").inputs().parameters()).extracting(NodeIo.Parameter::value)
                .containsExactly("hello world", "41");
        assertThat(args(runtime, "wf[0].hello")).containsExactly("hello world", "42",
                launchOf(runtime, "wf[0].hello").podName(), "wf", "{{unknown.thing}}");
    }

    @Test
    void aStepsOutputsReachLaterGroupsAndWhenDecidesWhatRuns() {
        ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("flip", Outcome.print("heads\n").withOutput("side", "up"));
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: flip, template: flip}
                    - - name: heads
                        template: say
                        when: "{{steps.flip.outputs.result}} == heads"
                        arguments: {parameters: [{name: msg, value: "{{steps.flip.outputs.parameters.side}}"}]}
                      - name: tails
                        template: say
                        when: "{{steps.flip.outputs.result}} == tails"
                        arguments: {parameters: [{name: msg, value: x}]}
                  - name: flip
                    outputs: {parameters: [{name: side, valueFrom: {path: /tmp/side}}]}
                    script: {image: python, command: [python], source: "print('heads')"}
                  - name: say
                    inputs: {parameters: [{name: msg}]}
                    container: {image: alpine, command: [echo], args: ["{{inputs.parameters.msg}}"]}
                """, runtime);

        assertThat(args(runtime, "wf[1].heads")).containsExactly("up");
        NodeStatus tails = node(status, "wf[1].tails");
        assertThat(tails.phase()).isEqualTo(NodePhase.SKIPPED);
        assertThat(tails.message()).isEqualTo("when 'heads == tails' evaluated false");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void withParamLoopsOverAnOutputAndLoopResultsAggregate() {
        ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("list", Outcome.print("[\"a\", \"b\"]"))
                .onTemplate("say", r -> Outcome.print("{\"got\":\"" + r.template().container().args().get(0) + "\"}"));
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: list, template: list}
                    - - name: each
                        template: say
                        withParam: "{{steps.list.outputs.result}}"
                        arguments: {parameters: [{name: msg, value: "{{item}}"}]}
                    - - name: all
                        template: say
                        arguments: {parameters: [{name: msg, value: "{{steps.each.outputs.result}}"}]}
                  - name: list
                    container: {image: alpine, command: [echo]}
                  - name: say
                    inputs: {parameters: [{name: msg}]}
                    container: {image: alpine, command: [echo], args: ["{{inputs.parameters.msg}}"]}
                """, runtime);

        assertThat(args(runtime, "wf[1].each(0:a)")).containsExactly("a");
        assertThat(args(runtime, "wf[1].each(1:b)")).containsExactly("b");
        assertThat(args(runtime, "wf[2].all")).containsExactly("[{\"got\":\"a\"},{\"got\":\"b\"}]");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    }

    @Test
    void dependsExpressionsDecideOnTaskResults() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("fails", Outcome.exit(1));
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: a, template: fails}
                      - {name: b, template: ok}
                      - {name: on-failure, template: ok, depends: "a.Failed"}
                      - {name: on-success, template: ok, depends: "a.Succeeded && b"}
                      - {name: either, template: ok, depends: "a.Succeeded || b.Succeeded"}
                  - name: fails
                    container: {image: alpine, command: ["false"]}
                  - name: ok
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        assertThat(node(status, "wf.on-failure").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "wf.on-success").phase()).isEqualTo(NodePhase.OMITTED);
        assertThat(node(status, "wf.either").phase()).isEqualTo(NodePhase.SUCCEEDED);
    }

    @Test
    void templateOutputsAndGlobalNamesComeFromTheScope() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("make", Outcome.succeed().withOutput("v", "42"));
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: make, template: make}
                    outputs:
                      parameters:
                      - name: answer
                        globalName: the-answer
                        valueFrom: {parameter: "{{tasks.make.outputs.parameters.v}}"}
                      - name: doubled
                        valueFrom: {expression: "asInt(tasks.make.outputs.parameters.v) * 2"}
                  - name: make
                    outputs: {parameters: [{name: v, valueFrom: {path: /tmp/v}}]}
                    container: {image: alpine, command: ["true"]}
                """, runtime);

        assertThat(node(status, "wf").outputs().parameters()).extracting(p -> p.name() + "=" + p.value())
                .containsExactly("answer=42", "doubled=84");
        assertThat(status.outputs().parameters()).extracting(p -> p.name() + "=" + p.value())
                .containsExactly("the-answer=42");
    }

    @Test
    void anExitHandlerSeesTheWorkflowsStatusAndFailures() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("work", Outcome.exit(1));
        run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: work
                  onExit: report
                  templates:
                  - name: work
                    container: {image: alpine, command: ["false"]}
                  - name: report
                    container:
                      image: alpine
                      command: [echo]
                      args: ["{{workflow.status}}", "{{workflow.failures}}"]
                """, runtime);

        List<String> args = args(runtime, "wf.onExit");
        assertThat(args.get(0)).isEqualTo("Failed");
        assertThat(args.get(1)).startsWith("\"[{").contains("\\\"displayName\\\":\\\"wf\\\"", "\\\"phase\\\":\\\"Failed\\\"");
    }

    @Test
    void aTemplatesOwnInputValuesMayBeExpressionsOverEarlierInputs() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    inputs:
                      parameters:
                      - {name: test, value: "true"}
                      - name: list
                        value: "{{= concat(['always'], inputs.parameters.test == 'true' ? ['test'] : []) | toJSON() }}"
                    container: {image: alpine, command: [echo, "{{inputs.parameters.list}}"]}
                """, runtime);

        assertThat(runtime.launched().get(0).template().container().command())
                .as("expr-lang's toJSON indents as Go's MarshalIndent does")
                .containsExactly("echo", "[\n  \"always\",\n  \"test\"\n]");
    }
}
