package io.jenkins.plugins.argoworkflow.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Hostile text through the engine's {@code {{...}}} substitution of whole templates: random tags in every field
 * the renderer touches, and random values (parameters, a leaf's stdout) flowing into tags, loops and
 * {@code when}. Substitution gives a template or an {@link ExpressionException}; a run always ends, never with
 * the internal error that an uncaught exception on the event loop causes. Seeded, fixed budget.
 */
class SubstitutionFuzzTest {

    private static final int TEMPLATES = 1_000;
    private static final int RUNS = 200;
    private static final String INTERNAL_ERROR = "error in entry template execution";

    private static final String[] PIECES = {"{{", "}}", "{{=", "{{ ", " }}", "{{inputs.parameters.p}}",
        "{{inputs.parameters.missing}}", "{{workflow.name}}", "{{pod.name}}", "{{item}}", "{{item.a}}",
        "{{= inputs.parameters.p }}", "{{=sprig.upper(inputs.parameters.p)}}", "{{=asInt(inputs.parameters.p)}}",
        "{{=jsonpath(inputs.parameters.p, '$.a')}}", "{{=toJson(inputs.parameters)}}", "{{=nil}}", "{{=1/0}}",
        "{{=inputs.parameters.p[0]}}", "{{= len(", "{{={{", "}}}}", "{", "}", "'", "\"", "`", "\\", "$", "%d", "%v",
        "\n", "\t", " ", "a", "-1", "0", "9223372036854775808", "1e309", "[", "]", ",", ":", "#", "\u0000", "\u202E",
        "é", "😀"};

    private static String random(Random random, int maxPieces) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    /** A YAML double-quoted scalar holding {@code text} exactly. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x202E) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private static String leafTemplate(Random r) {
        return """
                  - name: leaf
                    inputs:
                      parameters: [{name: p}]
                      artifacts: [{name: in, path: %s, optional: true}]
                    outputs:
                      parameters: [{name: o, valueFrom: {path: %s, default: d}}]
                      artifacts: [{name: out, path: %s, optional: true}]
                    activeDeadlineSeconds: %s
                    podSpecPatch: %s
                    timeout: %s
                    script:
                      image: %s
                      command: [%s, %s]
                      args: [%s]
                      workingDir: %s
                      env: [{name: E, value: %s}]
                      volumeMounts: [{name: v, mountPath: %s}]
                      resources: {limits: {memory: %s}}
                      source: %s
                    volumes: [{name: v, emptyDir: {medium: %s}}]
                """.formatted(quoted(random(r, 4)), quoted(random(r, 4)), quoted(random(r, 4)),
                quoted(random(r, 3)), quoted(random(r, 4)), quoted(random(r, 3)), quoted(random(r, 4)),
                quoted(random(r, 3)), quoted(random(r, 3)), quoted(random(r, 6)), quoted(random(r, 3)),
                quoted(random(r, 6)), quoted(random(r, 3)), quoted(random(r, 3)), quoted(random(r, 8)),
                quoted(random(r, 3)));
    }

    @Test
    void randomTagsInEveryRenderedFieldGiveATemplateOrAnExpressionException() {
        Random r = new Random(20_261_124L);
        WorkflowLoader loader = new WorkflowLoader();
        int rendered = 0;
        for (int i = 0; i < TEMPLATES; i++) {
            String yaml = "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: wf}\n"
                    + "spec:\n  entrypoint: leaf\n  templates:\n" + leafTemplate(r);
            LoadedFile file = loader.load("fuzz.yaml", yaml);
            assertThat(file.diagnostics()).as("%s", yaml).noneMatch(d -> d.isError());
            Template template = ((Workflow) file.documents().get(0)).spec().templates().get(0);
            Scope scope = new Scope(null);
            scope.put("inputs.parameters.p", random(r, 5));
            scope.put("workflow.name", random(r, 2));
            scope.put("item", random(r, 3));
            scope.put("pod.name", "wf-leaf-1");
            boolean[] ok = {false};
            assertThatCode(() -> {
                try {
                    new TemplateRenderer(scope).render(template);
                    ok[0] = true;
                } catch (ExpressionException expected) {
                    // the one exception a user may see: it becomes the node's message
                }
            }).as("%s", yaml).doesNotThrowAnyException();
            rendered += ok[0] ? 1 : 0;
        }
        assertThat(rendered).as("most templates render, so the fuzz reaches past the first tag")
                .isGreaterThan(TEMPLATES / 10);
    }

    private static String workflowPassing(Random r) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  arguments:
                    parameters: [{name: value, value: %s}]
                  templates:
                  - name: main
                    steps:
                    - - name: first
                        template: leaf
                        arguments: {parameters: [{name: p, value: "{{workflow.parameters.value}}"}]}
                    - - name: loop
                        template: leaf
                        arguments: {parameters: [{name: p, value: "{{item}}"}]}
                        withParam: "{{steps.first.outputs.result}}"
                      - name: guarded
                        template: leaf
                        when: "{{steps.first.outputs.result}} == {{workflow.parameters.value}}"
                        arguments: {parameters: [{name: p, value: "{{steps.first.outputs.parameters.o}}"}]}
                      - name: computed
                        template: leaf
                        arguments:
                          parameters: [{name: p, value: "{{=sprig.trim(steps.first.outputs.result)}}"}]
                  - name: leaf
                    inputs:
                      parameters: [{name: p}]
                    outputs:
                      parameters: [{name: o, valueFrom: {path: /tmp/o, default: "{{inputs.parameters.p}}"}}]
                    activeDeadlineSeconds: "{{=len(inputs.parameters.p) + 10}}"
                    script:
                      image: "alpine:{{inputs.parameters.p}}"
                      command: [sh]
                      args: ["{{inputs.parameters.p}}", "{{=sprig.upper(inputs.parameters.p)}}"]
                      env: [{name: P, value: "{{inputs.parameters.p}}"}]
                      source: "echo {{inputs.parameters.p}} {{pod.name}}"
                """.formatted(quoted(random(r, 6)));
    }

    @Test
    void runsFedRandomValuesAlwaysEndWithoutAnInternalError() throws Exception {
        Random r = new Random(20_261_125L);
        int launched = 0;
        for (int i = 0; i < RUNS; i++) {
            String yaml = workflowPassing(r);
            Outcome outcome = Outcome.print(r.nextInt(4) == 0 ? "[\"a\", {\"b\": \"{{item}}\"}, 1]" : random(r, 6))
                    .withOutput("o", random(r, 4));
            ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("leaf", outcome);
            Workflow workflow = RunFixtures.workflow(yaml);
            WorkflowStatus status;
            try (WorkflowRun run = WorkflowRun.start(workflow, new TemplateStore(), runtime,
                    new RunOptions("wf", RunFixtures.CLOCK, RunListener.NONE))) {
                status = run.completion().get(30, TimeUnit.SECONDS);
            }
            assertThat(status.phase().completed()).as("%s", yaml).isTrue();
            assertThat(String.valueOf(status.message())).as("%s", yaml).doesNotContain(INTERNAL_ERROR);
            assertThat(status.nodes()).as("%s", yaml).allSatisfy(n ->
                    assertThat(String.valueOf(n.message())).doesNotContain(INTERNAL_ERROR));
            launched += runtime.launched().size();
        }
        assertThat(launched).as("the values reach the leaves, not only the linter").isGreaterThan(RUNS);
    }

    @Test
    void theQuotingHelperKeepsTextExactly() {
        String text = "{{=\"a\\b\"}}\n\t\u0000\u202Eé😀";
        LoadedFile file = new WorkflowLoader().load("q.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n"
                + "metadata: {name: wf}\nspec:\n  entrypoint: a\n  arguments:\n    parameters: [{name: v, value: "
                + quoted(text) + "}]\n  templates: [{name: a, suspend: {}}]\n");
        Map<String, String> values = new java.util.HashMap<>();
        ((Workflow) file.documents().get(0)).spec().arguments().parameters().forEach(p -> values.put(p.name(), p.value()));
        assertThat(values).containsEntry("v", text);
    }
}
