package io.jenkins.plugins.argoworkflow.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.CronWorkflow;
import io.jenkins.plugins.argoworkflow.engine.model.IntOrString;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateType;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowTemplate;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowLoaderTest {

    private final WorkflowLoader loader = new WorkflowLoader();

    private static final String STEPS = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: steps-
              labels: {team: ci, release: "yes"}
            spec:
              entrypoint: main
              arguments:
                parameters:
                - name: count
                  value: 010
                - name: flag
                  value: yes
                - name: quoted
                  value: "yes"
              templates:
              - name: main
                retryStrategy:
                  limit: "3"
                  retryPolicy: OnError
                  backoff: {duration: "1", factor: 2, maxDuration: 1m}
                steps:
                - - name: hello
                    template: say
                    arguments:
                      parameters: [{name: msg, value: "{{item}}"}]
                    withItems: [1, two, {a: b}]
                  - name: other
                    template: say
                    when: "{{workflow.parameters.flag}} == true"
              - name: say
                inputs:
                  parameters: [{name: msg}]
                  artifacts:
                  - name: src
                    path: /src
                    git: {repo: https://example.invalid/x.git, revision: main}
                outputs:
                  artifacts:
                  - {name: out, path: /tmp/out, archive: {none: {}}}
                container:
                  image: alpine
                  command: [echo]
                  args: ["{{inputs.parameters.msg}}", "1.0"]
                  resources: {limits: {memory: 32Mi}}
                  volumeMounts: [{name: work, mountPath: /work}]
            """;

    @Test
    void readsAStepsWorkflowIntoTheModel() {
        LoadedFile file = loader.load("steps.yaml", STEPS);
        assertThat(file.diagnostics()).isEmpty();
        Workflow wf = (Workflow) file.documents().get(0);
        assertThat(wf.metadata().generateName()).isEqualTo("steps-");
        assertThat(wf.metadata().labels()).containsEntry("release", "yes");
        assertThat(wf.spec().entrypoint()).isEqualTo("main");

        Template main = wf.spec().template("main").orElseThrow();
        assertThat(main.type()).isEqualTo(TemplateType.STEPS);
        assertThat(main.retryStrategy().limit()).isEqualTo(IntOrString.of("3"));
        assertThat(main.retryStrategy().backoff().duration()).isEqualTo("1");
        assertThat(main.retryStrategy().backoff().factor()).isEqualTo(IntOrString.of(2));
        assertThat(main.steps()).hasSize(1);
        assertThat(main.steps().get(0).steps()).extracting(s -> s.name()).containsExactly("hello", "other");
        assertThat(main.steps().get(0).steps().get(0).withItems()).extracting(n -> n.toJava())
                .containsExactly(1L, "two", Map.of("a", "b"));
        assertThat(main.steps().get(0).steps().get(0).location()).isEqualTo(new Location("steps.yaml", 23, 9));

        Template say = wf.spec().template("say").orElseThrow();
        assertThat(say.type()).isEqualTo(TemplateType.CONTAINER);
        assertThat(say.container().args()).containsExactly("{{inputs.parameters.msg}}", "1.0");
        assertThat(say.container().volumeMounts().get(0).mountPath()).isEqualTo("/work");
        assertThat(say.container().raw().get("resources").orElseThrow().toJava())
                .isEqualTo(Map.of("limits", Map.of("memory", "32Mi")));
        assertThat(say.inputs().artifacts().get(0).storage().kind()).isEqualTo("git");
        assertThat(say.outputs().artifacts().get(0).archive().kind()).isEqualTo(ArchiveStrategy.Kind.NONE);
    }

    @Test
    void parameterValuesAreArgoAnyStrings() {
        Workflow wf = (Workflow) loader.load("steps.yaml", STEPS).documents().get(0);
        assertThat(wf.spec().arguments().parameters()).extracting(p -> p.value())
                .containsExactly("8", "true", "yes");
    }

    @Test
    void numbersAndBooleansInStringFieldsAreErrorsAsInArgo() {
        LoadedFile file = loader.load("n.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: n, labels: {ci: "true", on: yes}}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    container: {image: alpine, command: [sleep, 10]}
                """);
        assertThat(file.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "n.yaml:3:18: error: ObjectMeta.name must be a string, not boolean 'n'; quote it: \"n\"",
                "n.yaml:3:46: error: ObjectMeta.labels.on must be a string, not boolean 'yes'; quote it: \"yes\"",
                "n.yaml:8:49: error: Container.command[] must be a string, not integer '10'; quote it: \"10\"");
    }

    @Test
    void unknownFieldsAreReportedAtTheirKeyWithASuggestion() {
        LoadedFile file = loader.load("u.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: u}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    contianer: {image: alpine, command: [true]}
                """);
        assertThat(file.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("u.yaml:8:5: error: unknown field \"contianer\" in Template; did you mean \"container\"?");
    }

    @Test
    void wrongShapesAreErrorsAtTheValue() {
        LoadedFile file = loader.load("s.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: s}
                spec:
                  entrypoint: [main]
                  parallelism: lots
                  templates: {name: main}
                """);
        assertThat(file.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "s.yaml:5:15: error: WorkflowSpec.entrypoint must be a string, not a list",
                "s.yaml:6:16: error: WorkflowSpec.parallelism must be an integer, not string 'lots'",
                "s.yaml:7:14: error: WorkflowSpec.templates must be a list, not a mapping");
    }

    @Test
    void aFlatListOfStepsIsReportedWithTheRightShape() {
        LoadedFile file = loader.load("f.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: f}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - name: a
                      template: main
                """);
        assertThat(file.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(new Location("f.yaml", 9, 7));
            assertThat(d.message()).contains("must be a list of steps", "- - name: a");
        });
    }

    @Test
    void readsEveryKindOfAMultiDocumentFile() {
        LoadedFile file = loader.load("multi.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: WorkflowTemplate
                metadata: {name: lib}
                spec:
                  templates: [{name: t, suspend: {}}]
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: CronWorkflow
                metadata: {name: nightly}
                spec:
                  schedules: ["0 1 * * *"]
                  workflowSpec:
                    entrypoint: t
                    workflowTemplateRef: {name: lib}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: cm}
                data: {a: b}
                """);
        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.documents()).hasSize(2);
        assertThat(file.documents().get(0)).isInstanceOf(WorkflowTemplate.class);
        CronWorkflow cron = (CronWorkflow) file.documents().get(1);
        assertThat(cron.spec().schedules()).containsExactly("0 1 * * *");
        assertThat(cron.workflowSpec().workflowTemplateRef().name()).isEqualTo("lib");
        assertThat(file.otherKinds()).extracting(LoadedFile.OtherDocument::kind).containsExactly("ConfigMap");
    }

    @Test
    void kubernetesSubObjectsAreKeptAsWritten() {
        LoadedFile file = loader.load("k.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: k}
                spec:
                  entrypoint: main
                  volumes: [{name: cfg, configMap: {name: c, items: [{key: a, path: b}]}}]
                  affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {}}}
                  templates:
                  - name: main
                    securityContext: {runAsUser: 1000, runAsNonRoot: true}
                    container: {image: alpine, command: [sh], ports: [{containerPort: 80}]}
                """);
        assertThat(file.diagnostics()).isEmpty();
        Workflow wf = (Workflow) file.documents().get(0);
        assertThat(wf.spec().volumes().get(0).toJava()).isEqualTo(
                Map.of("name", "cfg", "configMap", Map.of("name", "c", "items", List.of(Map.of("key", "a", "path", "b")))));
        Template main = wf.spec().templates().get(0);
        assertThat(main.securityContext().toJava()).isEqualTo(Map.of("runAsUser", 1000L, "runAsNonRoot", true));
        assertThat(((YMap) main.container().raw()).get("ports").orElseThrow().toJava())
                .isEqualTo(List.of(Map.of("containerPort", 80L)));
    }

    @Test
    void aDocumentWithoutKindOrSpecIsReported() {
        LoadedFile file = loader.load("n.yaml", "apiVersion: argoproj.io/v1alpha1\nmetadata: {name: x}\n");
        assertThat(file.diagnostics()).extracting(Diagnostic::message).singleElement().asString()
                .contains("no kind");
        LoadedFile noSpec = loader.load("n.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n");
        assertThat(noSpec.diagnostics()).extracting(Diagnostic::message).singleElement().asString()
                .contains("has no spec");
    }

    @Test
    void syntaxErrorsBecomeDiagnosticsNotExceptions() {
        LoadedFile file = loader.load("bad.yaml", "kind: Workflow\nspec:\n  templates: [\n");
        assertThat(file.hasErrors()).isTrue();
        assertThat(file.diagnostics().get(0).location().line()).isEqualTo(4);
        assertThat(file.documents()).isEmpty();
    }
}
