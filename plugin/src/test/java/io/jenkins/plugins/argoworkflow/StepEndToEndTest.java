package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import io.jenkins.plugins.argoworkflow.engine.spi.MemoryArtifactStore;
import io.jenkins.plugins.argoworkflow.kubernetes.KubeletSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.csanchez.jenkins.plugins.kubernetes.KubernetesCloud;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code argoWorkflow} call runs to its end as a Pipeline runs it: the real {@link WorkflowCall}, engine,
 * Kubernetes runtime, fabric8's mock API server and the kubernetes module's kubelet simulator (pods' containers run
 * as host processes); only Jenkins is mocked: the step context, the build, its listener and the cloud, and the
 * {@link StepServices} whose real versions need a running Jenkins.
 */
class StepEndToEndTest {

    @TempDir
    Path tmp;

    private KubeletSimulator kubelet;
    private Path buildDir;
    /** Where the simulated containers (host processes) write: the same absolute paths as in a pod. */
    private Path work;
    private final ByteArrayOutputStream buildLog = new ByteArrayOutputStream();
    private final CompletableFuture<Object> completed = new CompletableFuture<>();
    /** The build's artifacts as the store sees them (BuildArtifactStore has its own tests). */
    private final MemoryArtifactStore artifacts = new MemoryArtifactStore(BuildArtifactStore.KIND);
    private StepContext context;

    @BeforeEach
    void startCluster() throws Exception {
        kubelet = new KubeletSimulator(tmp.resolve("node"));
        buildDir = Files.createDirectories(tmp.resolve("builds/1"));
        work = Files.createDirectories(Path.of("/tmp", "argowf-step-e2e-" + UUID.randomUUID()));
        context = stepContext();
    }

    @AfterEach
    void stopCluster() throws IOException {
        kubelet.close();
        try (var walk = Files.walk(work)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aWorkflowRunsToItsEndAndTheStepReturnsItsOutputs() throws Exception {
        WorkflowCall call = new WorkflowCall(request(Fixtures.text("e2e.yaml"), Map.of("who", "jenkins")), services());

        assertThat(call.start(context)).isFalse();
        Object result = completed.get(60, TimeUnit.SECONDS);

        assertThat(result).isEqualTo(Map.of("greeting", "hello jenkins", "status", "Succeeded"));
        String log = buildLog.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("[argoWorkflow] cloud sim, namespace test")
                .contains("[argoWorkflow] <make>: Running", "[argoWorkflow] <make>: Succeeded", "[argoWorkflow] <use>: Succeeded")
                .contains("[make] made it", "[use] report of jenkins");
        Path state = buildDir.resolve("argo");
        assertThat(state.resolve("journal.jsonl")).isNotEmptyFile();
        assertThat(Files.readString(state.resolve("_run/status.json"))).contains("\"phase\":\"Succeeded\"");
        assertThat(artifacts.objects()).hasSize(1);
        String key = artifacts.objects().keySet().iterator().next();
        assertThat(key).startsWith("e2e/").endsWith("/report.tgz");
        await("every pod of the run deleted", () -> pods().isEmpty());
    }

    @Test
    void anAbortStopsTheWorkflowAndLeavesNoPod() throws Exception {
        WorkflowCall call = new WorkflowCall(request("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: aborted
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      steps:
                        - - {name: slow, template: slow}
                        - - {name: never, template: slow}
                    - name: slow
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'touch W/started; sleep 600']
                """, Map.of()), services());

        call.start(context);
        await("the first pod running its command", () -> Files.exists(work.resolve("started")));
        InterruptedException cause = new InterruptedException("aborted by the test");
        call.stop(cause);

        assertThat(completed).failsWithin(60, TimeUnit.SECONDS).withThrowableOfType(Exception.class)
                .withRootCauseInstanceOf(InterruptedException.class);
        await("every pod of the run deleted", () -> pods().isEmpty());
        assertThat(kubelet.podNames()).hasSize(1);
        assertThat(Files.readString(buildDir.resolve("argo/_run/status.json"))).contains("\"phase\":\"Failed\"");
    }

    private StepRequest request(String yaml, Map<String, String> parameters) {
        return new StepRequest(null, yaml.replace("W/", work + "/"), new LinkedHashMap<>(parameters), null, null, true);
    }

    private StepContext stepContext() throws Exception {
        StepContext step = mock(StepContext.class);
        TaskListener listener = mock(TaskListener.class);
        when(listener.getLogger()).thenReturn(new PrintStream(buildLog, true, StandardCharsets.UTF_8));
        Run<?, ?> build = mock(Run.class);
        when(build.getRootDir()).thenReturn(buildDir.toFile());
        when(build.getExternalizableId()).thenReturn("e2e#1");
        when(step.get(TaskListener.class)).thenReturn(listener);
        when(step.get(Run.class)).thenReturn((Run) build);
        doAnswer(a -> completed.complete(a.getArgument(0))).when(step).onSuccess(any());
        doAnswer(a -> completed.completeExceptionally(a.getArgument(0))).when(step).onFailure(any());
        return step;
    }

    /** Jenkins as the call reaches it: one Kubernetes cloud on the simulator, default settings. */
    private StepServices services() throws Exception {
        KubernetesCloud cloud = mock(KubernetesCloud.class);
        cloud.name = "sim";
        when(cloud.getNamespace()).thenReturn(KubeletSimulator.NAMESPACE);
        when(cloud.connect()).thenReturn(kubelet.controllerClient());
        ActiveRuns active = new ActiveRuns();
        return new StepServices() {
            @Override
            public PluginSettings settings() {
                return PluginSettings.DEFAULTS;
            }

            @Override
            public KubernetesClouds clouds() {
                return new KubernetesClouds(name -> "sim".equals(name) ? cloud : null, List.of(cloud));
            }

            @Override
            public ActiveRuns activeRuns() {
                return active;
            }

            @Override
            public ArtifactStore artifactStore(Run<?, ?> build, TaskListener listener) {
                return artifacts;
            }

            @Override
            public UnaryOperator<String> nodeLinks(Run<?, ?> build) {
                return name -> "<" + name + ">";
            }
        };
    }

    private List<?> pods() {
        return kubelet.client().pods().inNamespace(KubeletSimulator.NAMESPACE).list().getItems();
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not " + what + " within 60 s; the build log:\n"
                        + buildLog.toString(StandardCharsets.UTF_8) + "\nthe node:\n" + kubelet.describe());
            }
            Thread.sleep(50);
        }
    }
}
