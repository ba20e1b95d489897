package io.jenkins.plugins.argoworkflow.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    record Row(String path, String lint, String source) {
    }

    record Outcome(Row row, boolean agrees, String detail) {
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileLintsAsArgoDoes() throws IOException {
        Path folder = conformanceFolder();
        List<Outcome> outcomes = new ArrayList<>();
        for (Row row : rows(folder)) {
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
        TemplateStore store = new TemplateStore();
        for (String extra : templateFiles(row.source())) {
            store.addAll(LOADER.load(folder.resolve(extra)).documents());
        }
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

    /** The {@code templates=a+b} note of the source column. */
    private static List<String> templateFiles(String source) {
        for (String note : source.split(";")) {
            String n = note.strip();
            if (n.startsWith("templates=")) {
                return List.of(n.substring("templates=".length()).split("\\+"));
            }
        }
        return List.of();
    }

    private static List<Row> rows(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int path = header.indexOf("path");
        int lint = header.indexOf("lint");
        int source = header.indexOf("source");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Row(f[path], f[lint], f[source]));
        }
        return rows;
    }

    /** {@code <argowf.root>/../shared/argo-conformance}, else the first such folder above the working directory. */
    static Path conformanceFolder() {
        String root = System.getProperty("argowf.root");
        if (root != null) {
            Path p = Path.of(root).resolve("../shared/argo-conformance").normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared/argo-conformance");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no shared/argo-conformance folder above " + Path.of("").toAbsolutePath()
                + " (set -Dargowf.root)");
    }
}
