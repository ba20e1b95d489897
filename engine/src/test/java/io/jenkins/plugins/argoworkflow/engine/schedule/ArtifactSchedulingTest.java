package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodeNames;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.StatusJson;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import org.junit.jupiter.api.Test;

/** Artifacts as values: references, locations, sub-paths, template outputs and workflow outputs. */
class ArtifactSchedulingTest {

    private static final String HEADER = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: wf}
            spec:
            """;

    /** A producer of {@code out} at /tmp/out and a consumer of {@code in} at /in, called as {@code STEPS}. */
    private static String steps(String consumerArgument) {
        return HEADER + """
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: make, template: make}
                    - - name: use
                        template: use
                        arguments:
                          artifacts:
                          - ARG
                  - name: make
                    outputs: {artifacts: [{name: out, path: /tmp/out}]}
                    container: {image: alpine, command: ["true"]}
                  - name: use
                    inputs: {artifacts: [{name: in, path: /in}]}
                    container: {image: alpine, command: [cat, "{{inputs.artifacts.in.path}}"]}
                """.replace("ARG", consumerArgument);
    }

    private static LeafRequest launchOf(ScriptedRuntime runtime, String template) {
        return runtime.launched().stream().filter(r -> template.equals(r.template().name())).findFirst()
                .orElseThrow(() -> new AssertionError("no launch of " + template));
    }

    private static String defaultKey(String nodeName, String template, String file) {
        return "wf/" + NodeNames.podName("wf", nodeName, template) + "/" + file;
    }

    @Test
    void aStepsOutputArtifactReachesTheNextStepByItsDefaultKey() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(steps("{name: in, from: \"{{steps.make.outputs.artifacts.out}}\"}"), runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        String key = defaultKey("wf[0].make", "make", "out.tgz");
        assertThat(node(status, "wf[0].make").outputs().artifacts())
                .containsExactly(new NodeIo.Artifact("out", "/tmp/out", "s3", key, ArchiveStrategy.Kind.TAR));
        LeafRequest use = launchOf(runtime, "use");
        assertThat(use.inputs().artifacts())
                .containsExactly(new NodeIo.Artifact("in", "/in", "s3", key, ArchiveStrategy.Kind.TAR));
        assertThat(use.template().container().command()).containsExactly("cat", "/in");
    }

    @Test
    void aSubPathIsAppendedToTheKeyAndTheObjectIsNoLongerKnownToBeATarball() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        run(steps("{name: in, from: \"{{steps.make.outputs.artifacts.out}}\", subPath: dir/file.txt}"), runtime);

        assertThat(launchOf(runtime, "use").inputs().artifacts()).containsExactly(new NodeIo.Artifact("in", "/in",
                "s3", defaultKey("wf[0].make", "make", "out.tgz") + "/dir/file.txt", null));
    }

    @Test
    void rawHttpAndKeyOnlyArgumentsReachTheRuntimeWithTheirTagsReplaced() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        String yaml = HEADER + """
                  entrypoint: main
                  arguments:
                    artifacts:
                    - {name: text, raw: {data: "hello {{workflow.name}}"}}
                  templates:
                  - name: main
                    inputs: {artifacts: [{name: text}]}
                    steps:
                    - - name: use
                        template: use
                        arguments:
                          artifacts:
                          - {name: text, from: "{{inputs.artifacts.text}}"}
                          - {name: page, http: {url: "http://localhost/{{item}}"}}
                          - {name: part, s3: {key: "{{workflow.name}}/parts/{{item}}.json"}}
                        withItems: [a]
                  - name: use
                    inputs:
                      artifacts:
                      - {name: text, path: /in/text}
                      - {name: page, path: /in/page}
                      - {name: part, path: /in/part.json}
                      - {name: own, path: /in/own, s3: {key: "{{workflow.name}}/own"}}
                    container: {image: alpine, command: ["true"]}
                """;
        WorkflowStatus status = run(yaml, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(launchOf(runtime, "use").inputs().artifacts()).containsExactly(
                new NodeIo.Artifact("text", "/in/text", "raw", "hello wf", null),
                new NodeIo.Artifact("page", "/in/page", "http", "http://localhost/a", null),
                new NodeIo.Artifact("part", "/in/part.json", "s3", "wf/parts/a.json", null),
                new NodeIo.Artifact("own", "/in/own", "s3", "wf/own", null));
    }

    @Test
    void aReferenceToASkippedStepsArtifactErrsUnlessTheArgumentIsOptional() {
        String skipped = steps("{name: in, from: \"{{steps.make.outputs.artifacts.out}}\" OPTIONAL}")
                .replace("{name: make, template: make}", "{name: make, template: make, when: \"1 == 2\"}");
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(skipped.replace(" OPTIONAL", ""), runtime);

        NodeStatus use = node(status, "wf[1].use");
        assertThat(use.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(use.message()).isEqualTo(
                "unable to resolve references: Unable to resolve: \"steps.make.outputs.artifacts.out\"");
        assertThat(runtime.launched()).as("neither the skipped producer nor the consumer runs").isEmpty();
    }

    @Test
    void anOptionalArgumentThatDoesNotResolveLeavesAnOptionalInputOut() {
        String skipped = steps("{name: in, optional: true, from: \"{{steps.make.outputs.artifacts.out}}\"}")
                .replace("{name: make, template: make}", "{name: make, template: make, when: \"1 == 2\"}")
                .replace("{name: in, path: /in}", "{name: in, path: /in, optional: true}");
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(skipped, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(launchOf(runtime, "use").inputs().artifacts()).isEmpty();
    }

    @Test
    void aSkippedProducersParameterInASubPathErrsAsAnAbsentOptional() {
        String yaml = HEADER + """
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: make, template: make}
                      - {name: param, template: param, when: "false"}
                      - name: use
                        template: use
                        depends: "make && (param.Succeeded || param.Skipped)"
                        arguments:
                          artifacts:
                          - {name: in, from: "{{tasks.make.outputs.artifacts.out}}", subPath: "{{tasks.param.outputs.parameters.dir}}"}
                  - name: make
                    outputs: {artifacts: [{name: out, path: /tmp/out}]}
                    container: {image: alpine, command: ["true"]}
                  - name: param
                    outputs: {parameters: [{name: dir, valueFrom: {path: /tmp/dir}}]}
                    container: {image: alpine, command: ["true"]}
                  - name: use
                    inputs: {artifacts: [{name: in, path: /in}]}
                    container: {image: alpine, command: ["true"]}
                """;
        WorkflowStatus status = run(yaml, new ScriptedRuntime());

        assertThat(status.phase()).isEqualTo(WorkflowPhase.ERROR);
        NodeStatus use = node(status, "wf.use");
        assertThat(use.phase()).isEqualTo(NodePhase.ERROR);
        assertThat(use.message()).contains("absent optional");
    }

    @Test
    void templateOutputsTakeArtifactsFromTheirStepsAndGlobalNamesBecomeWorkflowOutputs() {
        String yaml = HEADER + """
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: inner, template: inner}
                    - - name: use
                        template: use
                        arguments:
                          artifacts:
                          - {name: a, from: "{{steps.inner.outputs.artifacts.result}}"}
                          - {name: b, from: "{{workflow.outputs.artifacts.global}}"}
                          - {name: c, from: "{{workflow.outputs.artifacts.leaf}}"}
                  - name: inner
                    steps:
                    - - {name: make, template: make}
                    outputs:
                      artifacts:
                      - {name: result, from: "{{steps.make.outputs.artifacts.out}}", globalName: global}
                  - name: make
                    outputs:
                      artifacts: [{name: out, path: /tmp/out, globalName: leaf, archive: {none: {}}}]
                      parameters: [{name: p, valueFrom: {path: /tmp/p}, globalName: gp}]
                    container: {image: alpine, command: ["true"]}
                  - name: use
                    inputs: {artifacts: [{name: a, path: /a}, {name: b, path: /b}, {name: c, path: /c}]}
                    container: {image: alpine, command: ["true"]}
                """;
        ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("make", ScriptedRuntime.Outcome.succeed().withOutput("p", "value"));
        WorkflowStatus status = run(yaml, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        String key = defaultKey("wf[0].inner[0].make", "make", "out");
        NodeIo.Artifact stored = new NodeIo.Artifact("result", null, "s3", key, ArchiveStrategy.Kind.NONE);
        assertThat(node(status, "wf[0].inner").outputs().artifacts()).containsExactly(stored);
        assertThat(launchOf(runtime, "use").inputs().artifacts()).extracting(NodeIo.Artifact::value)
                .containsExactly(key, key, key);
        assertThat(status.outputs().artifacts()).extracting(NodeIo.Artifact::name).containsExactly("leaf", "global");
        assertThat(status.outputs().parameters()).containsExactly(new NodeIo.Parameter("gp", "value"));
    }

    @Test
    void fromExpressionPicksTheArtifactOfTheStepThatRan() {
        String yaml = HEADER + """
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: flip, template: flip}
                    - - {name: heads, template: make, when: "{{steps.flip.outputs.result}} == heads"}
                      - {name: tails, template: make, when: "{{steps.flip.outputs.result}} == tails"}
                    outputs:
                      artifacts:
                      - name: result
                        fromExpression: "steps.flip.outputs.result == 'heads' ? steps.heads.outputs.artifacts.out : steps.tails.outputs.artifacts.out"
                  - name: flip
                    container: {image: alpine, command: ["true"]}
                  - name: make
                    outputs: {artifacts: [{name: out, path: /out.txt}]}
                    container: {image: alpine, command: ["true"]}
                """;
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("flip", ScriptedRuntime.Outcome.print("tails"));
        WorkflowStatus status = run(yaml, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(status, "wf").outputs().artifacts()).extracting(NodeIo.Artifact::value)
                .containsExactly(defaultKey("wf[1].tails", "make", "out.tgz"));
    }

    @Test
    void aMissingNonOptionalTemplateOutputArtifactErrsTheStepsNode() {
        String yaml = HEADER + """
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: make, template: make, when: "1 == 2"}
                    outputs:
                      artifacts:
                      - {name: result, from: "{{steps.make.outputs.artifacts.out}}"}
                  - name: make
                    outputs: {artifacts: [{name: out, path: /out.txt}]}
                    container: {image: alpine, command: ["true"]}
                """;
        WorkflowStatus status = run(yaml, new ScriptedRuntime());

        assertThat(node(status, "wf").phase()).isEqualTo(NodePhase.ERROR);
        assertThat(node(status, "wf").message()).isEqualTo(
                "unable to resolve outputs from scope: Unable to resolve: \"steps.make.outputs.artifacts.out\"");
    }

    @Test
    void aNestedDagPassesItsOwnInputArtifactOn() {
        String yaml = HEADER + """
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: make, template: make}
                      - name: nested
                        template: nested
                        depends: make
                        arguments: {artifacts: [{name: x, from: "{{tasks.make.outputs.artifacts.out}}"}]}
                  - name: nested
                    inputs: {artifacts: [{name: x}]}
                    dag:
                      tasks:
                      - {name: use, template: use, arguments: {artifacts: [{name: in, from: "{{inputs.artifacts.x}}"}]}}
                  - name: make
                    outputs: {artifacts: [{name: out, path: /tmp/out, s3: {key: "{{workflow.name}}/fixed"}}]}
                    container: {image: alpine, command: ["true"]}
                  - name: use
                    inputs: {artifacts: [{name: in, path: /in}]}
                    container: {image: alpine, command: ["true"]}
                """;
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(yaml, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(launchOf(runtime, "make").template().outputs().artifacts().get(0).storage().value())
                .isEqualTo("wf/fixed");
        assertThat(launchOf(runtime, "use").inputs().artifacts()).containsExactly(
                new NodeIo.Artifact("in", "/in", "s3", "wf/fixed", ArchiveStrategy.Kind.TAR));
        assertThat(node(status, "wf.nested").inputs().artifacts()).extracting(NodeIo.Artifact::value)
                .containsExactly("wf/fixed");
    }

    @Test
    void outputPathsAreVariablesOfTheTemplate() {
        String yaml = HEADER + """
                  entrypoint: main
                  templates:
                  - name: main
                    outputs:
                      artifacts: [{name: text, path: /out/text}]
                      parameters: [{name: count, valueFrom: {path: /out/count}}]
                    container:
                      image: alpine
                      command: [sh, -c, "{{outputs.artifacts.text.path}} {{outputs.parameters.count.path}}"]
                """;
        ScriptedRuntime runtime = new ScriptedRuntime();
        run(yaml, runtime);

        assertThat(launchOf(runtime, "main").template().container().command())
                .containsExactly("sh", "-c", "/out/text /out/count");
    }

    @Test
    void theStatusShowsArtifactsInArgosShape() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(steps("{name: in, from: \"{{steps.make.outputs.artifacts.out}}\"}")
                .replace("{name: out, path: /tmp/out}", "{name: out, path: /tmp/out, archive: {none: {}}}"), runtime);

        String json = StatusJson.toJson(status, false);
        String key = defaultKey("wf[0].make", "make", "out");
        assertThat(json).contains("\"outputs\":{\"artifacts\":[{\"name\":\"out\",\"path\":\"/tmp/out\",\"s3\":{\"key\":\""
                + key + "\"},\"archive\":{\"none\":{}}}]");
        assertThat(json).contains("\"inputs\":{\"artifacts\":[{\"name\":\"in\",\"path\":\"/in\",\"s3\":{\"key\":\""
                + key + "\"},\"archive\":{\"none\":{}}}]}");
    }

    @Test
    void anExitHandlerReceivesItsStepsOwnOutputs() {
        String yaml = HEADER + """
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: step
                        template: make
                        hooks:
                          exit:
                            template: exit
                            arguments:
                              artifacts: [{name: message, from: "{{steps.step.outputs.artifacts.out}}"}]
                              parameters: [{name: code, value: "{{steps.step.exitCode}}"}]
                  - name: make
                    outputs: {artifacts: [{name: out, path: /tmp/out}]}
                    container: {image: alpine, command: ["true"]}
                  - name: exit
                    inputs:
                      parameters: [{name: code}]
                      artifacts: [{name: message, path: /tmp/message}]
                    container: {image: alpine, command: [echo, "{{inputs.parameters.code}}"]}
                """;
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(yaml, runtime);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        LeafRequest exit = launchOf(runtime, "exit");
        assertThat(exit.template().container().command()).containsExactly("echo", "0");
        assertThat(exit.inputs().artifacts()).extracting(NodeIo.Artifact::value)
                .containsExactly(defaultKey("wf[0].step", "make", "out.tgz"));
    }

    @Test
    void aLocationWithABucketErrsTheConsumerSayingToGiveOnlyTheKey() {
        String yaml = HEADER + """
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: bucket
                        template: use
                        arguments: {artifacts: [{name: in, s3: {bucket: b, key: k}}]}
                  - name: use
                    inputs: {artifacts: [{name: in, path: /in}]}
                    container: {image: alpine, command: ["true"]}
                """;
        ScriptedRuntime runtime = new ScriptedRuntime();
        WorkflowStatus status = run(yaml, runtime);

        assertThat(node(status, "wf[0].bucket").message()).isEqualTo("inputs: artifact 'in': s3 locations other than"
                + " key-only (s3: {key: ...}) are not supported yet; argowf keeps artifacts in the run's artifact"
                + " repository, so give only the key");
        assertThat(runtime.launched()).isEmpty();
    }
}
