package io.jenkins.plugins.argoworkflow.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeNamesTest {

    @ParameterizedTest(name = "{0} has ID {1}")
    @CsvSource({
        // wf-retry-pol[0] is the vector of Argo's own dag_test.go; the others were checked with an independent FNV-1a.
        "wf-retry-pol, wf-retry-pol[0], wf-retry-pol-3488382045",
        "steps-x7k2p, steps-x7k2p[0], steps-x7k2p-2088157133",
        "steps-x7k2p, steps-x7k2p[0].hello1, steps-x7k2p-706336882",
        "steps-x7k2p, steps-x7k2p[1].hello2a(0:a), steps-x7k2p-221356509",
        "steps-x7k2p, steps-x7k2p.onExit, steps-x7k2p-817451440",
        "dag, dag-ü.a, dag-3200789088"
    })
    void nodeIdsAreTheWorkflowNameAndTheFnv1aHashOfTheNodeName(String workflow, String node, String id) {
        assertThat(NodeNames.nodeId(workflow, node)).isEqualTo(id);
    }

    @Test
    void theRootNodesIdIsTheWorkflowName() {
        assertThat(NodeNames.nodeId("hello-x", "hello-x")).isEqualTo("hello-x");
    }

    @Test
    void namesFollowArgosGrammar() {
        String group = NodeNames.stepGroup("wf", 1);
        String step = NodeNames.step(group, "build");
        assertThat(group).isEqualTo("wf[1]");
        assertThat(step).isEqualTo("wf[1].build");
        assertThat(NodeNames.task("wf.inner", "leaf")).isEqualTo("wf.inner.leaf");
        assertThat(NodeNames.retryAttempt(NodeNames.loopChild(step, 2, new LoopItem(new JsonValue.JString("x"))), 1))
                .isEqualTo("wf[1].build(2:x)(1)");
        assertThat(NodeNames.onExit(step)).isEqualTo("wf[1].build.onExit");
        assertThat(NodeNames.hook("wf", "running")).isEqualTo("wf.hooks.running");
    }

    @ParameterizedTest(name = "{0} under {1} shows as {2}")
    @CsvSource({
        "wf[0].hello, wf, hello",
        "wf[0], wf, [0]",
        "wf.inner.a, wf.inner, a",
        "wf.inner.a(0:x), wf.inner, a(0:x)",
        "wf[0].s(1), wf, s(1)",
        "wf[0].s.onExit, wf, s.onExit",
        "wf.onExit, '', wf.onExit",
        "wf, '', wf",
        // only a whole [digits] followed by a dot goes, as with Argo's ^(\\[\\d+])?\\.
        "wf[12].a, wf, a",
        "wf[0]x, wf, [0]x",
        "wf[].a, wf, [].a",
        "wf[x].a, wf, [x].a",
        "wf.[0].a, wf, [0].a",
        "wf[3, wf, [3"
    })
    void displayNamesDropTheBoundaryAndALeadingGroupIndex(String name, String boundary, String display) {
        assertThat(NodeNames.displayName(name, boundary)).isEqualTo(display);
    }

    @Test
    void podNamesAreWorkflowTemplateAndTheNodeHash() {
        assertThat(NodeNames.podName("steps-x7k2p", "steps-x7k2p[0].hello1", "whalesay"))
                .isEqualTo("steps-x7k2p-whalesay-706336882");
        assertThat(NodeNames.podName("steps-x7k2p", "steps-x7k2p[0].hello1", null))
                .as("an inline template has no name").isEqualTo("steps-x7k2p-706336882");
        assertThat(NodeNames.podName("hello", "hello", "main")).as("a pod at the root").isEqualTo("hello");
        String longName = "t".repeat(300);
        assertThat(NodeNames.podName("wf", "wf[0].a", longName))
                .hasSize(NodeNames.MAX_POD_PREFIX + 1 + NodeNames.hash("wf[0].a").length())
                .endsWith("-" + NodeNames.hash("wf[0].a"));
    }
}
