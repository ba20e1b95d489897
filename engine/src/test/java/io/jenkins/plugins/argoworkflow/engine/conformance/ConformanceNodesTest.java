package io.jenkins.plugins.argoworkflow.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime;
import io.jenkins.plugins.argoworkflow.engine.spi.ScriptedRuntime.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rows of EXPECTED.tsv with a {@code nodes} column that the local conformance run cannot check (they
 * need {@code argo stop}/{@code argo terminate} from outside, or Kubernetes), run through the engine with a
 * scripted runtime doing what Argo's Go test does: the node assertions Argo's own tests make hold here too.
 * Every other row with node assertions runs for real in the local module's LocalConformanceTest.
 */
class ConformanceNodesTest {

    private static final WorkflowLoader LOADER = new WorkflowLoader();

    /** What each row's Go test does to the running workflow (see the row's source column). */
    private record Steering(String waitFor, Consumer<WorkflowRun> action, WorkflowPhase... phases) {
    }

    private static final Map<String, Steering> STEERED = Map.of(
            // signals_test.go TestDoNotCreatePodsUnderStopBehavior: argo stop while A runs
            "functional/stop-terminate-2.yaml", new Steering("A", WorkflowRun::stop, WorkflowPhase.FAILED),
            // signals_test.go TestStopBehaviorWithDaemon: argo stop once the daemon serves and B runs
            "functional/stop-terminate-daemon.yaml", new Steering("B", WorkflowRun::stop, WorkflowPhase.FAILED,
                    WorkflowPhase.ERROR),
            // signals_test.go TestTerminateBehavior: argo terminate while A runs
            "functional/stop-terminate.yaml", new Steering("A", WorkflowRun::terminate, WorkflowPhase.FAILED,
                    WorkflowPhase.ERROR),
            // functional_test.go TestDAGSkippedVolumeRefProducerDefault: runs to its end
            "functional/dag-skipped-volume-default.yaml", new Steering(null, run -> { }, WorkflowPhase.SUCCEEDED));

    @Test
    void everyRowWithNodeAssertionsIsCheckedHereOrRunsLocally() {
        List<String> notRunLocally = Corpus.rows().stream()
                .filter(r -> !r.nodes().isEmpty() && !r.runnable()).map(Corpus.Row::path).toList();
        assertThat(STEERED.keySet()).containsExactlyInAnyOrderElementsOf(notRunLocally);
    }

    @TestFactory
    Stream<DynamicTest> nodeAssertionsOfArgosTestsHold() {
        return Corpus.rows().stream().filter(r -> STEERED.containsKey(r.path()))
                .map(row -> DynamicTest.dynamicTest(row.path(), () -> check(row, STEERED.get(row.path()))));
    }

    private static void check(Corpus.Row row, Steering steering) throws Exception {
        LoadedFile file = LOADER.load(Corpus.folder().resolve(row.path()));
        Workflow workflow = (Workflow) file.documents().get(0);
        CompletableFuture<Void> reached = new CompletableFuture<>();
        RunListener listener = new RunListener() {
            @Override
            public void nodeChanged(NodeStatus node) {
                if (node.displayName().equals(steering.waitFor()) && node.phase() == NodePhase.RUNNING) {
                    reached.complete(null);
                }
            }
        };
        // `sleep` containers run until stopped, daemons serve until their steps end, the rest succeed at once.
        try (ScriptedRuntime runtime = new ScriptedRuntime().otherwise(ConformanceNodesTest::asArgosayDoes);
                WorkflowRun run = WorkflowRun.start(workflow, Corpus.templates(row, LOADER), runtime,
                        RunOptions.defaults().withName("wf").withListener(listener))) {
            if (steering.waitFor() != null) {
                reached.get(10, TimeUnit.SECONDS);
                steering.action().accept(run);
            }
            WorkflowStatus status = run.completion().get(30, TimeUnit.SECONDS);

            assertThat(status.phase()).as("%s ended (%s)", row.path(), status.message()).isIn((Object[]) steering.phases());
            assertThat(Corpus.nodeMismatches(row, status)).as(row.path()).isEmpty();
            assertSourceNotes(row, status);
        }
    }

    /** The further facts the row's source column records about Argo's test. */
    private static void assertSourceNotes(Corpus.Row row, WorkflowStatus status) {
        List<String> names = status.nodes().stream().map(NodeStatus::displayName).toList();
        if (row.source().contains("no node B")) {
            assertThat(names).as("no step starts after argo stop").doesNotContain("B");
        }
        if (row.source().contains("no A.onExit and no <wf>.onExit node")) {
            assertThat(names).as("argo terminate runs no exit handler").doesNotContain("A.onExit", "wf.onExit");
        }
    }

    private static Outcome asArgosayDoes(LeafRequest request) {
        if (Boolean.TRUE.equals(request.template().daemon())) {
            return Outcome.daemon();
        }
        List<String> command = request.template().container().command();
        if (!command.isEmpty() && command.get(0).equals("sleep")) {
            return Outcome.succeed().after(Duration.ofSeconds(
                    Long.parseLong(request.template().container().args().get(0))));
        }
        return Outcome.succeed();
    }
}
