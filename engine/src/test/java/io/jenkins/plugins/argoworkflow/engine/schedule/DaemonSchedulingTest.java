package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.id;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.node;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.run;
import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.runLive;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import io.jenkins.plugins.argoworkflow.engine.run.StatusJson;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Daemon templates as Argo runs them: Daemoned (Running, fulfilled) once ready, reachable through
 * {@code steps.X.ip}/{@code tasks.X.ip}, and ended (Succeeded, stopped) when their boundary is fulfilled.
 */
class DaemonSchedulingTest {

    private static final String TEMPLATES = """
              - name: server
                daemon: true
                container: {image: nginx, command: [nginx]}
              - name: client
                inputs: {parameters: [{name: ip}]}
                container: {image: curl, command: [curl, "{{inputs.parameters.ip}}"]}
            """;

    private static final String STEPS = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: wf}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - {name: server, template: server}
                - - name: client
                    template: client
                    arguments: {parameters: [{name: ip, value: "{{steps.server.ip}}"}]}
            """ + TEMPLATES;

    @Test
    void daemonStepLetsTheNextGroupStartAndSucceedsWhenItsStepsEnd() {
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("server", Outcome.daemon());
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = new RunListener() {
            @Override
            public void nodeChanged(NodeStatus n) {
                if (n.name().equals("wf[0].server")) {
                    seen.add(n.phase().argoName() + (n.daemoned() ? "+daemoned" : ""));
                }
            }
        };
        WorkflowStatus status = run(STEPS, runtime, listener);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        NodeStatus server = node(status, "wf[0].server");
        assertThat(server.phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(server.daemoned()).isFalse();
        assertThat(seen).containsSubsequence("Running+daemoned", "Succeeded");
        assertThat(runtime.launched()).extracting(r -> r.template().name()).containsExactly("server", "client");
        assertThat(runtime.launched().get(1).template().container().args()).isEmpty();
        assertThat(runtime.launched().get(1).template().container().command()).containsExactly("curl", "10.0.0.1");
        assertThat(runtime.stops()).containsExactly(id("wf[0].server") + ":DAEMON_DONE");
        assertThat(StatusJson.toJson(status, false)).contains("\"podIP\":\"10.0.0.1\"");
    }

    @Test
    void daemonTaskSatisfiesDaemonedAndBareDependsAndEndsWithItsDag() {
        String dag = """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: server, template: server}
                      - name: by-state
                        depends: server.Daemoned
                        template: client
                        arguments: {parameters: [{name: ip, value: "{{tasks.server.ip}}"}]}
                      - name: by-name
                        depends: server
                        template: client
                        arguments: {parameters: [{name: ip, value: "{{tasks.server.ip}}"}]}
                """ + TEMPLATES;
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("server", Outcome.daemon());
        WorkflowStatus status = run(dag, runtime, RunListener.NONE);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(status, "wf.server").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "wf.by-state").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "wf.by-name").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(runtime.launched()).filteredOn(r -> r.template().name().equals("client"))
                .extracting(r -> r.template().container().command().get(1)).containsOnly("10.0.0.1");
        assertThat(runtime.stops()).containsExactly(id("wf.server") + ":DAEMON_DONE");
    }

    @Test
    void daemonThatExitsOnItsOwnFailsAndFailsItsGroup() throws Exception {
        String yaml = STEPS.replace("- - {name: server, template: server}",
                "- - {name: server, template: server}\n      - {name: slow, template: slow}")
                + """
                  - name: slow
                    container: {image: alpine, command: ["true"]}
                """;
        ScriptedRuntime runtime = new ScriptedRuntime()
                .onTemplate("server", Outcome.daemon().after(Duration.ofMillis(20)))
                .onTemplate("slow", Outcome.succeed().after(Duration.ofMillis(400)));
        WorkflowStatus status = runLive(yaml, runtime);

        NodeStatus server = node(status, "wf[0].server");
        assertThat(server.phase()).as("a daemon that exits 0 by itself has failed, as in Argo")
                .isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf[0]").message()).isEqualTo("child '" + server.id() + "' failed");
        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(status.nodeByName("wf[1].client")).isEmpty();
    }

    @Test
    void retriedDaemonIsDaemonedWithItsAttemptAndBothSucceedAtTheEnd() {
        String yaml = STEPS.replace("""
                  - name: server
                    daemon: true
                """, """
                  - name: server
                    daemon: true
                    retryStrategy: {limit: 2}
                """);
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("server", Outcome.daemon());
        WorkflowStatus status = run(yaml, runtime, RunListener.NONE);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(status, "wf[0].server").type()).isEqualTo(NodeType.RETRY);
        assertThat(node(status, "wf[0].server").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "wf[0].server(0)").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(runtime.launched().get(1).template().container().command()).containsExactly("curl", "10.0.0.1");
    }

    @Test
    void daemonAtTheWorkflowsRootIsEndedWhenTheRunEnds() {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: server
                  templates:
                """ + TEMPLATES;
        ScriptedRuntime runtime = new ScriptedRuntime().onTemplate("server", Outcome.daemon());
        WorkflowStatus status = run(yaml, runtime, RunListener.NONE);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(status, "wf").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(runtime.stops()).containsExactly(id("wf") + ":DAEMON_DONE");
    }
}
