package io.jenkins.plugins.argoworkflow.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.jenkins.plugins.argoworkflow.engine.conformance.Corpus;
import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.lint.Linter;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input for the loader and the linter: Argo's own workflows mutated at random (characters
 * and lines deleted, duplicated, swapped; YAML punctuation and odd scalars inserted). Every mutant loads and
 * lints without an uncaught exception, and every finding points at a line and column of the file. Seeded, so a
 * failure reproduces; the budget is fixed so CI time stays predictable.
 */
class LoaderFuzzTest {

    private static final int MUTANTS = 4_000;
    private static final String[] INSERTS = {":", "- ", "{", "}", "[", "]", "&a ", "*a", "!!binary ", "!custom ",
        "'", "\"", "|", ">-", "\t", "\n", "\n  ", "#", "? ", "%YAML 1.1\n", "---\n", "...\n", "0x1F", "1e309", "~",
        "null", "yes", "{{", "}}", "{{=", "\u0000", "\uFEFF", "\u202E", "<<: *a\n", "\\u0000"};

    @Test
    void mutatedArgoWorkflowsLoadAndLintWithLocatedFindingsOnly() throws IOException {
        List<String> seeds = seeds();
        Random random = new Random(20_261_123L);
        WorkflowLoader loader = new WorkflowLoader();
        int findings = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String text = mutate(seeds.get(random.nextInt(seeds.size())), random);
            List<Diagnostic> diagnostics = new ArrayList<>();
            assertThatCode(() -> {
                LoadedFile file = loader.load("fuzz.yaml", text);
                diagnostics.addAll(file.diagnostics());
                diagnostics.addAll(new Linter(new TemplateStore().addAll(file.documents())).lint(file));
            }).as("mutant %d:%n%s", i, text).doesNotThrowAnyException();
            for (Diagnostic d : diagnostics) {
                assertThat(d.location().file()).as("mutant %d: %s", i, d).isEqualTo("fuzz.yaml");
                assertThat(d.location().line()).as("mutant %d: %s", i, d).isPositive();
                assertThat(d.location().column()).as("mutant %d: %s", i, d).isPositive();
            }
            findings += diagnostics.size();
        }
        assertThat(findings).as("the mutants are broken enough to be refused").isGreaterThan(MUTANTS);
    }

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (Corpus.Row row : Corpus.rows()) {
            if (row.path().startsWith("examples/") && seeds.size() < 60) {
                seeds.add(Files.readString(Corpus.folder().resolve(row.path()), StandardCharsets.UTF_8));
            }
        }
        return seeds;
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && out.length() > 2; e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(5)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                case 2 -> out.insert(at, out.substring(at, Math.min(out.length(), at + random.nextInt(40))));
                case 3 -> out.delete(at, Math.min(out.length(), at + random.nextInt(80)));
                default -> {
                    List<String> lines = new ArrayList<>(out.toString().lines().toList());
                    if (lines.size() > 2) {
                        int a = random.nextInt(lines.size());
                        int b = random.nextInt(lines.size());
                        String moved = lines.get(a);
                        lines.set(a, lines.get(b));
                        lines.set(b, moved);
                    }
                    out.setLength(0);
                    out.append(String.join("\n", lines));
                }
            }
        }
        return out.toString();
    }
}
