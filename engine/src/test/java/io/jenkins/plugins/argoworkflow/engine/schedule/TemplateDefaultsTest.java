package io.jenkins.plugins.argoworkflow.engine.schedule;

import static io.jenkins.plugins.argoworkflow.engine.schedule.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateType;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import org.junit.jupiter.api.Test;

class TemplateDefaultsTest {

    @Test
    void defaultsFillWhatATemplateLeavesOutAndTheTemplateKeepsItsType() {
        ScriptedRuntime runtime = new ScriptedRuntime().onNode("wf(0)[0].c(0)", Outcome.exit(1));
        WorkflowStatus status = run("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: wf}
                spec:
                  entrypoint: main
                  templateDefaults:
                    retryStrategy: {limit: 1}
                    script: {image: python, command: [python], workingDir: /src}
                    container: {image: alpine, command: [sh, -c], workingDir: /src, resources: {limits: {cpu: "1"}}}
                  templates:
                  - name: main
                    steps:
                    - - {name: c, template: c}
                      - {name: s, template: s}
                  - name: c
                    container: {args: ["echo hi"], workingDir: /own}
                  - name: s
                    script: {source: "print(1)"}
                """, runtime);

        assertThat(runtime.launched()).as("the default retry strategy wraps every template, the root too")
                .extracting(LeafRequest::nodeName).contains("wf(0)[0].c(0)", "wf(0)[0].c(1)");
        assertThat(status.phase()).as("the default retry strategy applies").isEqualTo(WorkflowPhase.SUCCEEDED);
        Template c = runtime.launched().stream().filter(r -> r.nodeName().equals("wf(0)[0].c(1)")).findFirst()
                .map(LeafRequest::template).orElseThrow();
        assertThat(c.type()).isEqualTo(TemplateType.CONTAINER);
        assertThat(c.container().image()).isEqualTo("alpine");
        assertThat(c.container().command()).containsExactly("sh", "-c");
        assertThat(c.container().workingDir()).as("the template's own value wins").isEqualTo("/own");
        assertThat(c.container().raw().has("resources")).isTrue();
        Template s = runtime.launched().stream().filter(r -> r.nodeName().startsWith("wf(0)[0].s")).findFirst()
                .map(LeafRequest::template).orElseThrow();
        assertThat(s.type()).isEqualTo(TemplateType.SCRIPT);
        assertThat(s.script().container().command()).containsExactly("python");
        assertThat(s.script().source()).isEqualTo("print(1)");
    }
}
