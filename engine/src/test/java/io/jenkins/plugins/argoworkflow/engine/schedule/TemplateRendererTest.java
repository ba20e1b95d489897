package io.jenkins.plugins.argoworkflow.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.expr.Variables;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private static final Workflow WF = RunFixtures.workflow("""
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: wf}
            spec:
              entrypoint: plain
              templates:
              - name: plain
                outputs:
                  parameters: [{name: out, valueFrom: {path: /tmp/out}}]
                container: {image: alpine, command: [sh, -c, "echo hi"], resources: {limits: {memory: 1Gi}}}
              - name: args
                container: {image: alpine, command: [echo], args: ["{{workflow.name}}"]}
              - name: raw
                container: {image: alpine, command: [echo], resources: {limits: {memory: "{{workflow.name}}"}}}
              - name: out-path
                outputs:
                  parameters: [{name: out, valueFrom: {path: "/tmp/{{workflow.name}}"}}]
                container: {image: alpine, command: [echo]}
              - name: script
                script: {image: alpine, command: [sh], source: "echo {{workflow.name}}"}
              - name: wait
                suspend: {duration: "{{workflow.name}}"}
            """);

    private static Template template(String name) {
        return WF.spec().template(name).orElseThrow();
    }

    @Test
    void aTemplateWithoutTagsRendersAsItIsForAnyVariables() {
        Template plain = template("plain");
        assertThat(TemplateRenderer.hasTags(plain)).isFalse();
        assertThat(new TemplateRenderer(Variables.of(Map.of("workflow.name", "x"))).render(plain)).isEqualTo(plain);
    }

    @Test
    void aTagInAnyRenderedFieldCounts() {
        for (String name : new String[] {"args", "raw", "out-path", "script", "wait"}) {
            assertThat(TemplateRenderer.hasTags(template(name))).as(name).isTrue();
            assertThat(new TemplateRenderer(Variables.of(Map.of("workflow.name", "x"))).render(template(name)))
                    .as(name + " renders differently").isNotEqualTo(template(name));
        }
    }
}
