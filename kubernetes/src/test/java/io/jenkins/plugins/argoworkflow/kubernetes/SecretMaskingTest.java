package io.jenkins.plugins.argoworkflow.kubernetes;

import static io.jenkins.plugins.argoworkflow.kubernetes.KubeHarness.node;
import static io.jenkins.plugins.argoworkflow.kubernetes.KubeHarness.root;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.mockwebserver.http.MockResponse;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.Journal;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateDir;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateRecorder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The values of the Secrets a pod references are masked in its node's log, as the local runtime masks
 * {@code --secret-dir} values and Jenkins masks credentials: env {@code secretKeyRef}, {@code envFrom} and
 * secret volumes, each Secret read once per run; outputs keep the values, as in Argo.
 */
class SecretMaskingTest {

    private static final String SECRETS = "GET /api/v1/namespaces/test/secrets/";
    private static final String NOTE = "argowf: secret creds is not masked in logs: the controller may not read it"
            + " (403); grant get on secrets (resourceNames) to mask, see SECURITY.md";

    private KubeHarness k8s;

    @BeforeEach
    void startWithThreeSecrets(@TempDir Path tmp) {
        k8s = new KubeHarness(tmp);
        secret("creds", Map.of("token", "s3cr3t-token"));
        secret("env-creds", Map.of("API_KEY", "api-key-value-42"));
        secret("files", Map.of("key.txt", "file-secret-value\n"));
    }

    @AfterEach
    void stop() {
        k8s.close();
    }

    @Test
    void valuesFromSecretKeyRefEnvFromAndASecretVolumeAreMaskedInTheLogButKeptInTheResult() throws Exception {
        Path state = k8s.tmp.resolve("state");
        List<String> lines = new CopyOnWriteArrayList<>();
        WorkflowStatus status;
        // What argowf run --state-dir records (RunCommand): the StateRecorder in front of the console.
        try (StateRecorder recorder = new StateRecorder(state, "masked", listener(lines))) {
            var run = k8s.start(workflow("masked", """
                      volumes:
                        - {name: files, secret: {secretName: files}}
                      templates:
                        - name: main
                          container:
                            image: alpine:3.20
                            command: [sh, -c, 'echo "token $TOKEN"; echo "api $API_KEY"; cat /etc/files/key.txt; echo plain']
                            env:
                              - name: TOKEN
                                valueFrom: {secretKeyRef: {name: creds, key: token}}
                            envFrom:
                              - secretRef: {name: env-creds}
                              - secretRef: {name: absent, optional: true}
                            volumeMounts:
                              - {name: files, mountPath: /etc/files}
                    """), KubeHarness.options(recorder));
            recorder.attach(run::statusJson);
            status = run.completion().get(60, TimeUnit.SECONDS);
        }

        NodeStatus node = root(status);
        assertThat(node.phase()).as(node.message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node.outputs().result()).as("outputs keep the values, as in Argo")
                .isEqualTo("token s3cr3t-token\napi api-key-value-42\nfile-secret-value\nplain");
        String log = new StateDir(state).log(node.id(), 0).text();
        assertThat(log.split("\n")).containsExactly("token ****", "api ****", "****", "plain");
        assertThat(lines).as("the console: every line masked, no note for the optional Secret that is not there")
                .containsExactly("token ****", "api ****", "****", "plain");
        assertThat(k8s.kubelet.requests()).filteredOn(r -> r.startsWith(SECRETS)).containsExactlyInAnyOrder(
                SECRETS + "absent", SECRETS + "creds", SECRETS + "env-creds", SECRETS + "files");
    }

    @Test
    void leavesReferencingTheSameSecretShareOneReadPerRun() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        WorkflowStatus status = runSteps("shared", lines, "[a, b]", "[c]");

        assertThat(root(status).phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "shared[1].c").outputs().result()).isEqualTo("token s3cr3t-token");
        assertThat(lines).containsExactly("token ****", "token ****", "token ****");
        assertThat(k8s.kubelet.requests()).filteredOn(r -> r.startsWith(SECRETS)).containsExactly(SECRETS + "creds");
    }

    @Test
    void aSecretTheControllerMayNotReadIsNotedOncePerRunAndTheLogGoesOnUnmasked() throws Exception {
        k8s.kubelet.inject((request, crud) -> request.getPath().startsWith("/api/v1/namespaces/test/secrets/")
                ? forbidden(request.getPath().substring(request.getPath().lastIndexOf('/') + 1)) : crud.get());
        List<String> lines = new CopyOnWriteArrayList<>();
        WorkflowStatus status = runSteps("refused", lines, "[a, b]");

        assertThat(root(status).phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(lines).containsExactlyInAnyOrder(NOTE, "token s3cr3t-token", "token s3cr3t-token");
        assertThat(k8s.kubelet.requests()).filteredOn(r -> r.startsWith(SECRETS)).containsExactly(SECRETS + "creds");
    }

    @Test
    void theNoteComesBeforeTheLinesOfTheLeafThatReadTheSecret() throws Exception {
        k8s.kubelet.inject((request, crud) -> request.getPath().startsWith("/api/v1/namespaces/test/secrets/")
                ? forbidden("creds") : crud.get());
        List<String> lines = new CopyOnWriteArrayList<>();
        WorkflowStatus status = k8s.run(workflow("refused-one", "  templates:\n" + showsToken("main")),
                KubeHarness.options(listener(lines)));

        assertThat(root(status).phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(lines).containsExactly(NOTE, "token s3cr3t-token");
    }

    @Test
    void aPodNeedingASecretThatIsNotThereStaysPendingWithTheKubeletsReasonUntilItsDeadline() throws Exception {
        List<String> pending = new CopyOnWriteArrayList<>();
        WorkflowStatus status = k8s.run(workflow("missing", "  templates:\n" + showsToken("main")
                .replace("name: creds", "name: nope").replace("container:", "activeDeadlineSeconds: 2\n      container:")),
                KubeHarness.options(new RunListener() {
                    @Override
                    public void nodeChanged(NodeStatus node) {
                        if (node.phase() == NodePhase.PENDING && node.message() != null) {
                            pending.add(node.message());
                        }
                    }
                }));

        assertThat(pending).contains("CreateContainerConfigError: secret \"nope\" not found");
        assertThat(root(status).phase()).isEqualTo(NodePhase.FAILED);
    }

    @Test
    void aRecoveredRunMasksTheLogOfThePodItAdopts() throws Exception {
        Path gate = k8s.tmp.resolve("gate");
        Fixtures.Loaded loaded = Fixtures.load(k8s.write(workflow("adopted", "  templates:\n"
                + showsToken("main").replace("echo", "while [ ! -e " + gate + " ]; do sleep 0.1; done; echo"))));
        Path journalFile = k8s.tmp.resolve(Journal.FILE);
        try (Journal journal = Journal.appendingTo(journalFile); WorkflowRun crashed = WorkflowRun.start(
                loaded.workflow(), loaded.store(), k8s.runtime, new RunOptions("adopted", Clock.systemUTC(),
                        new RunListener() {
                        }, journal))) {
            k8s.awaitPods("the pod running", pods -> pods.size() == 1 && "Running".equals(PodOutcome.phase(pods.get(0))));
            k8s.runtime.abandon(); // the controller crashed; the pod runs on
        }
        k8s.runtime = new KubernetesRuntime(k8s.kubelet.controllerClient(),
                PodSettings.defaults(KubeletSimulator.NAMESPACE));

        List<String> lines = new CopyOnWriteArrayList<>();
        WorkflowStatus status;
        try (Journal journal = Journal.appendingTo(journalFile); WorkflowRun recovered = WorkflowRun.recover(
                loaded.workflow(), loaded.store(), k8s.runtime, new RunOptions("adopted", Clock.systemUTC(),
                        listener(lines), journal), Journal.read(journalFile))) {
            java.nio.file.Files.createFile(gate);
            status = recovered.completion().get(60, TimeUnit.SECONDS);
        }

        assertThat(root(status).phase()).as(root(status).message()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(root(status).outputs().result()).isEqualTo("token s3cr3t-token");
        assertThat(lines).containsExactly("token ****");
        assertThat(k8s.podCreates()).isEqualTo(1);
    }

    /**
     * Runs workflow {@code name}, whose steps ({@code [a, b]}: leaves a and b side by side) each show the token,
     * the log lines into {@code lines}.
     */
    private WorkflowStatus runSteps(String name, List<String> lines, String... steps) throws Exception {
        StringBuilder yaml = new StringBuilder("  templates:\n    - name: main\n      steps:\n");
        for (String step : steps) {
            List<String> leaves = List.of(step.substring(1, step.length() - 1).split(",\\s*"));
            yaml.append("        - ").append(leaves.stream().map(l -> "{name: " + l + ", template: show}").toList())
                    .append('\n');
        }
        return k8s.run(workflow(name, yaml + showsToken("show")), KubeHarness.options(listener(lines)));
    }

    /** A template {@code name} that prints env TOKEN, from Secret creds' key token. */
    private static String showsToken(String name) {
        return """
                    - name: %s
                      container:
                        image: alpine:3.20
                        command: [sh, -c, 'echo "token $TOKEN"']
                        env:
                          - {name: TOKEN, valueFrom: {secretKeyRef: {name: creds, key: token}}}
                """.formatted(name);
    }

    private void secret(String name, Map<String, String> values) {
        Map<String, String> data = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> data.put(k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
        k8s.kubelet.client().secrets().inNamespace(KubeletSimulator.NAMESPACE).resource(new SecretBuilder()
                .withNewMetadata().withName(name).endMetadata().withData(data).build()).create();
    }

    private static MockResponse forbidden(String name) {
        return new MockResponse().setResponseCode(403).setBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                + "\"metadata\":{},\"status\":\"Failure\",\"message\":\"secrets \\\"" + name + "\\\" is forbidden: User"
                + " \\\"system:serviceaccount:ci:jenkins\\\" cannot get resource \\\"secrets\\\" in API group \\\"\\\" in"
                + " the namespace \\\"test\\\"\",\"reason\":\"Forbidden\",\"code\":403}");
    }

    private static RunListener listener(List<String> lines) {
        return new RunListener() {
            @Override
            public void log(NodeStatus node, String line) {
                lines.add(line);
            }
        };
    }

    private static String workflow(String name, String body) {
        return FaultHarness.workflow(name, body);
    }
}
