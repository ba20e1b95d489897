package io.jenkins.plugins.argoworkflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class PodCommandTest {

    private static final String SCRIPT = "src/test/resources/pod/script.yaml";

    @Test
    void printsAScriptTemplatesPodWithExecutorsWrappedMainStagedScriptSharedVolumeLabelsAndNoToken() {
        CliRun run = CliRun.of("pod", SCRIPT, "--template", "say", "-p", "who=Jenkins", "-n", "ci");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> pod = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(run.out()));
        Map<String, Object> metadata = map(pod.get("metadata"));
        assertThat(metadata).containsEntry("name", "hello-preview").containsEntry("namespace", "ci");
        assertThat(map(metadata.get("labels"))).containsEntry("argo-workflow/run", "hello-preview")
                .containsEntry("argo-workflow/node", "hello-preview");
        Map<String, Object> spec = map(pod.get("spec"));
        assertThat(spec).containsEntry("automountServiceAccountToken", false).doesNotContainKey("serviceAccountName");

        List<Map<String, Object>> inits = list(spec.get("initContainers"));
        assertThat(inits).extracting(c -> c.get("name")).containsExactly("init");
        assertThat(env(inits.get(0))).containsEntry("ARGO_SCRIPT", "echo \"hello Jenkins\"\n");
        assertThat(mountPaths(inits.get(0))).containsExactly("/var/run/argo", "/argo/staging");

        List<Map<String, Object>> containers = list(spec.get("containers"));
        assertThat(containers).extracting(c -> c.get("name")).containsExactly("wait", "main");
        Map<String, Object> main = containers.get(1);
        List<Object> command = List.copyOf((List<?>) main.get("command"));
        assertThat(command.subList(0, 4)).containsExactly("/var/run/argo/busybox", "sh", "/var/run/argo/emissary.sh",
                "main");
        assertThat(command.subList(command.indexOf("--"), command.size())).containsExactly("--", "sh",
                "/argo/staging/script");
        assertThat(mountPaths(main)).containsExactly("/var/run/argo", "/argo/staging");
        assertThat(mountPaths(containers.get(0))).containsExactly("/var/run/argo");

        assertThat(list(spec.get("volumes"))).extracting(v -> v.get("name"), v -> v.containsKey("emptyDir"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("var-run-argo", true),
                        org.assertj.core.groups.Tuple.tuple("argo-staging", true));
    }

    @Test
    void anImageIndexFileGivesTheCommandOfAContainerWithArgsOnly(@TempDir Path dir) throws Exception {
        Path workflow = Files.writeString(dir.resolve("tool.yaml"), """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: tool}
                spec:
                  entrypoint: build
                  templates:
                    - name: build
                      container: {image: my/tool:1, args: [build]}
                """);
        CliRun without = CliRun.of("pod", workflow.toString(), "--template", "build");
        assertThat(without.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(without.err()).contains("main container (image my/tool:1) has no command")
                .contains("--image-index FILE");

        Path index = Files.writeString(dir.resolve("images.yaml"), """
                images: |
                  my/tool:1:
                    entrypoint: [/usr/bin/tool]
                """);
        CliRun run = CliRun.of("pod", workflow.toString(), "--template", "build", "--image-index", index.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> main = list(map(map(new Yaml(new SafeConstructor(new LoaderOptions())).load(run.out()))
                .get("spec")).get("containers")).get(1);
        List<Object> command = List.copyOf((List<?>) main.get("command"));
        assertThat(command.subList(command.indexOf("--"), command.size())).containsExactly("--", "/usr/bin/tool",
                "build");
    }

    @Test
    void aMalformedImageIndexFileIsAUsageErrorAtItsLine(@TempDir Path dir) throws Exception {
        Path index = Files.writeString(dir.resolve("images.yaml"), "my/tool:1:\n  command: [tool]\n");
        CliRun run = CliRun.of("pod", SCRIPT, "--template", "say", "--image-index", index.toString());
        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.err()).contains("argowf pod: ").contains("images.yaml:2:3: image my/tool:1: unknown field"
                + " 'command'");
    }

    @Test
    void refusesATemplateThatRunsNoPodOfItsOwn() {
        CliRun run = CliRun.of("pod", SCRIPT, "--template", "loop");

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.err()).contains("argowf pod: template 'loop' is a DAG template; the kubernetes runtime runs"
                + " container and script templates");
    }

    @Test
    void reportsAMissingInputAsLintWould() {
        CliRun run = CliRun.of("pod", SCRIPT, "--template", "say");

        assertThat(run.exitCode()).isEqualTo(ArgowfCommand.EXIT_USAGE);
        assertThat(run.err()).contains("who");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static Map<Object, Object> env(Map<String, Object> container) {
        Map<Object, Object> env = new java.util.LinkedHashMap<>();
        list(container.get("env")).forEach(e -> env.put(e.get("name"), e.get("value")));
        return env;
    }

    private static List<Object> mountPaths(Map<String, Object> container) {
        return list(container.get("volumeMounts")).stream().map(m -> m.get("mountPath")).toList();
    }
}
