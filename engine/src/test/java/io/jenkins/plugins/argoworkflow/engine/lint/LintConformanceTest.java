package io.jenkins.plugins.argoworkflow.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.conformance.Corpus;
import io.jenkins.plugins.argoworkflow.engine.conformance.Corpus.Row;
import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Lints every file of the Argo conformance corpus ({@code ../shared/argo-conformance}) and compares the
 * outcome with Argo's, the {@code lint} column of EXPECTED.tsv.
 */
class LintConformanceTest {

    /**
     * Rows where argowf disagrees with Argo on purpose or for now, with the reason. Each must still disagree,
     * so that a fix is noticed and the entry removed.
     */
    private static final Map<String, String> KNOWN_DISAGREEMENTS = Map.ofEntries(
            Map.entry("examples/k8s-patch-json-workflow.yaml",
                    "duplicate metadata.annotations key: argowf reports duplicate keys on purpose; Argo's strict lint silently drops the document"));

    private static final WorkflowLoader LOADER = new WorkflowLoader();

    record Outcome(Row row, boolean agrees, String detail) {
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileLintsAsArgoDoes() throws IOException {
        Path folder = Corpus.folder();
        List<Outcome> outcomes = new ArrayList<>();
        for (Row row : Corpus.rows()) {
            outcomes.add(outcome(folder, row));
        }
        long agree = outcomes.stream().filter(Outcome::agrees).count();
        System.out.println("lint conformance: " + agree + "/" + outcomes.size() + " agree");
        assertThat(KNOWN_DISAGREEMENTS.keySet())
                .as("known disagreements name corpus rows")
                .allMatch(p -> outcomes.stream().anyMatch(o -> o.row().path().equals(p)));
        return outcomes.stream().map(o -> DynamicTest.dynamicTest(o.row().path(), () -> {
            String known = KNOWN_DISAGREEMENTS.get(o.row().path());
            if (known != null) {
                assertThat(o.agrees()).as("listed as a known disagreement (%s) but now agrees with Argo; remove it "
                        + "from KNOWN_DISAGREEMENTS", known).isFalse();
            } else {
                assertThat(o.agrees()).as("Argo says lint=%s for %s; argowf said:%n%s", o.row().lint(),
                        o.row().path(), o.detail()).isTrue();
            }
        }));
    }

    private static Outcome outcome(Path folder, Row row) {
        LoadedFile file = LOADER.load(folder.resolve(row.path()));
        TemplateStore store = Corpus.templates(row, LOADER);
        store.addAll(file.documents());
        List<Diagnostic> diagnostics = new Linter(store).lint(file);
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        boolean agrees = switch (row.lint()) {
            case "ok" -> errors.isEmpty();
            case "error" -> !errors.isEmpty();
            case "n/a" -> errors.isEmpty() && file.documents().isEmpty();
            default -> throw new IllegalStateException("unknown lint value '" + row.lint() + "' for " + row.path());
        };
        String detail = errors.isEmpty() ? "  no errors"
                : String.join("\n", errors.stream().map(d -> "  " + d).toList());
        return new Outcome(row, agrees, detail);
    }
}
