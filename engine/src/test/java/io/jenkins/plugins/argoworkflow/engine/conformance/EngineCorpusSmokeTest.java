package io.jenkins.plugins.argoworkflow.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every runnable Workflow of the Argo corpus goes through the engine with a scripted runtime whose leaves all
 * succeed at once: outcomes differ from Argo's (no command really runs), but every run must end, and end
 * without an internal error. It guards the scheduler against the whole variety of real workflows.
 */
class EngineCorpusSmokeTest {

    private static final WorkflowLoader LOADER = new WorkflowLoader();

    @TestFactory
    Stream<DynamicTest> everyRunnableCorpusWorkflowRunsToAnEnd() {
        return Corpus.rows().stream()
                .filter(r -> r.runnable() && r.kinds().contains("Workflow") && !r.lint().equals("error"))
                .map(row -> DynamicTest.dynamicTest(row.path(), () -> {
                    LoadedFile file = LOADER.load(Corpus.folder().resolve(row.path()));
                    Workflow workflow = (Workflow) file.documents().stream().filter(Workflow.class::isInstance)
                            .findFirst().orElseThrow();
                    TemplateStore store = Corpus.templates(row, LOADER).addAll(file.documents());
                    try (ScriptedRuntime runtime = new ScriptedRuntime();
                            WorkflowRun run = WorkflowRun.start(workflow, store, runtime,
                                    RunOptions.defaults().withName("wf"))) {
                        // Suspend nodes wait for a resume that no one else gives here.
                        run.resume(null);
                        WorkflowStatus status = run.completion().get(30, TimeUnit.SECONDS);
                        assertThat(status.phase()).as("%s reached a final phase", row.path()).isNotNull();
                        assertThat(String.valueOf(status.message())).as("%s ended with an internal error", row.path())
                                .doesNotStartWith("error in entry template execution");
                    }
                }));
    }
}
