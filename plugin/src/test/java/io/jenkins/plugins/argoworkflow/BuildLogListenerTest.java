package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockStatic;

import hudson.console.HyperlinkNote;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.NodeType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

class BuildLogListenerTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8);

    private static NodeStatus node(String displayName, NodeType type, NodePhase phase, String message) {
        return new NodeStatus("wf-" + displayName, "wf[0]." + displayName, displayName, type, "wf", "t", null, null,
                phase, message, Instant.EPOCH);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void progressLinesShowTheNodeNameAsTheDecoratorRendersIt() {
        new BuildLogListener(log, name -> "<" + name + ">")
                .nodeChanged(node("build", NodeType.POD, NodePhase.FAILED, "exit code 2"));

        assertThat(printed()).isEqualTo("[argoWorkflow] <build>: Failed (exit code 2)" + System.lineSeparator());
    }

    @Test
    void logLinesKeepAPlainPrefixSoEveryLineCarriesNoNote() {
        new BuildLogListener(log, name -> "<" + name + ">")
                .log(node("build", NodeType.POD, NodePhase.RUNNING, null), "compiling");

        assertThat(printed()).isEqualTo("[build] compiling" + System.lineSeparator());
    }

    @Test
    void nodesThatDoNoWorkPrintNoProgressLine() {
        new BuildLogListener(log).nodeChanged(node("group", NodeType.STEP_GROUP, NodePhase.RUNNING, null));

        assertThat(printed()).isEmpty();
    }

    @Test
    void linksPointAtTheBuildsArgoPageRelativeToTheJenkinsRoot() {
        try (MockedStatic<HyperlinkNote> notes = mockStatic(HyperlinkNote.class)) {
            notes.when(() -> HyperlinkNote.encodeTo(anyString(), anyString()))
                    .thenAnswer(call -> "link(" + call.getArgument(0) + "," + call.getArgument(1) + ")");
            UnaryOperator<String> links = BuildLogListener.linkingTo("job/demo/7/");

            new BuildLogListener(log, links).nodeChanged(node("build", NodeType.POD, NodePhase.SUCCEEDED, null));

            notes.verify(() -> HyperlinkNote.encodeTo(eq("/job/demo/7/argo/"), eq("build")));
            assertThat(printed()).isEqualTo("[argoWorkflow] link(/job/demo/7/argo/,build): Succeeded"
                    + System.lineSeparator());
        }
    }
}
