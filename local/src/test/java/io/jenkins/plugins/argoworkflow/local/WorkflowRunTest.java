package io.jenkins.plugins.argoworkflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine drives the local runtime as it will drive pods: whole workflows, end to end. */
class WorkflowRunTest {

    @TempDir
    Path work;

    @Test
    void stepsPassOneNodesResultToTheNextThroughRealProcesses() throws Exception {
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: wf
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: a
                        template: produce
                    - - name: b
                        template: consume
                        arguments:
                          parameters:
                          - name: message
                            value: "{{steps.a.outputs.result}}"
                  - name: produce
                    script:
                      image: python
                      command: [sh]
                      source: |
                        echo hello from a > /tmp/out
                        cat /tmp/out
                  - name: consume
                    inputs:
                      parameters:
                      - name: message
                    container:
                      image: alpine
                      command: [sh, -c, 'test ! -e /tmp/out && echo "b got: $0"', "{{inputs.parameters.message}}"]
                """);

        assertThat(status.phase()).as(status.message()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(status, "wf[1].b").outputs().result()).isEqualTo("b got: hello from a");
    }

    @Test
    void templateTimeoutFailsTheNodeAndTheWorkflow() throws Exception {
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: wf
                spec:
                  entrypoint: slow
                  templates:
                  - name: slow
                    timeout: 1s
                    container:
                      image: alpine
                      command: [sh, -c, "sleep 1716 & sleep 1716"]
                """);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(node(status, "wf").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf").message())
                .isEqualTo("Pod was active on the node longer than the specified deadline");
        assertThat(Processes.sleeping("1716")).isEmpty();
    }

    @Test
    void daemonServesTheNextStepOverARealSocketAndIsStoppedWhenItsStepsEnd() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: wf
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: serve
                        template: serve
                    - - name: after
                        template: refused
                  - name: refused
                    script:
                      image: python
                      command: [python3]
                      source: |
                        import socket, time
                        for attempt in range(200):
                            try:
                                socket.create_connection(("127.0.0.1", PORT)).close()
                                time.sleep(0.05)
                            except OSError:
                                print("refused")
                                break
                  - name: serve
                    steps:
                    - - name: server
                        template: server
                    - - name: client
                        template: client
                        arguments:
                          parameters:
                          - name: url
                            value: "http://{{steps.server.ip}}:PORT/"
                  - name: server
                    daemon: true
                    container:
                      image: python
                      command: [python3, -m, http.server, "PORT", --bind, 127.0.0.1, --directory, /etc]
                  - name: client
                    inputs:
                      parameters:
                      - name: url
                    script:
                      image: python
                      command: [python3]
                      source: |
                        import time, urllib.request
                        for attempt in range(200):
                            try:
                                print(urllib.request.urlopen("{{inputs.parameters.url}}hostname").status)
                                break
                            except OSError:
                                time.sleep(0.05)
                """.replace("PORT", Integer.toString(port)));

        assertThat(status.phase()).as(status.message()).isEqualTo(WorkflowPhase.SUCCEEDED);
        assertThat(node(status, "wf[0].serve[1].client").outputs().result()).isEqualTo("200");
        assertThat(node(status, "wf[0].serve[0].server").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "wf[1].after").outputs().result())
                .as("the daemon's server is stopped once the steps that started it end").isEqualTo("refused");
    }

    @Test
    void containerSetRunsItsContainersAlongTheirDependenciesAndStopsAtTheFirstFailure() throws Exception {
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: wf
                spec:
                  entrypoint: set
                  templates:
                  - name: set
                    volumes:
                    - name: work
                      emptyDir: {}
                    containerSet:
                      volumeMounts:
                      - {name: work, mountPath: /work}
                      containers:
                      - {name: a, image: alpine, command: [sh, -c, "echo from-a > /work/a"]}
                      - {name: b, image: alpine, command: [sh, -c, "cat /work/a; exit 3"], dependencies: [a]}
                      - {name: c, image: alpine, command: [sh, -c, "touch /work/c"], dependencies: [b]}
                """);

        assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
        assertThat(node(status, "wf").message()).isEqualTo("b: Error (exit code 3)");
        assertThat(node(status, "wf.a").phase()).isEqualTo(NodePhase.SUCCEEDED);
        assertThat(node(status, "wf.b").phase()).isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf.b").message()).isEqualTo("b: Error (exit code 3)");
        assertThat(node(status, "wf.c").phase()).as("c depends on b and never runs").isEqualTo(NodePhase.FAILED);
        assertThat(node(status, "wf.c").message()).isEqualTo("Pod Failed whilst container running");
    }

    private WorkflowStatus run(String yaml) throws Exception {
        return Nodes.runWorkflow(yaml, LocalRuntimeOptions.defaults(work).withGracePeriod(Duration.ofMillis(500)));
    }

    private static NodeStatus node(WorkflowStatus status, String name) {
        return Nodes.node(status, name);
    }
}
