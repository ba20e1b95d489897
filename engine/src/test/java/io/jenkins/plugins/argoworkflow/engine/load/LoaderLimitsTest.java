package io.jenkins.plugins.argoworkflow.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.bench.LintBenchInputs;
import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The loader's defences against hostile or oversized input: each is refused with one error that names the
 * file and says why, quickly, and without exhausting memory or the stack; a large honest workflow still loads.
 *
 * <p>Times are measured, not asserted against the goals (under 1 s for a bomb): a shared CI machine cannot
 * promise wall-clock figures, so the bound here only catches a hang, and bench/lint-bench.sh measures the goal.
 */
class LoaderLimitsTest {

    /** Far above the ~50 ms a refusal takes; only a loader that expands what it reads gets near it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private final WorkflowLoader loader = new WorkflowLoader();

    @Test
    void aBillionLaughsDocumentIsRefusedAtOnceNamingTheFileAndTheReason() {
        String text = resource("limits/billion-laughs.yaml");

        LoadedFile file = timed(() -> loader.load("billion-laughs.yaml", text));

        assertThat(file.documents()).isEmpty();
        assertThat(file.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.location().file()).isEqualTo("billion-laughs.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.toString()).startsWith("billion-laughs.yaml:")
                    .contains("expands to more than " + YamlLimits.DEFAULT.maxNodes() + " nodes", "aliases");
        });
    }

    @Test
    void anAliasChainThatDoublesAtEachStepIsRefusedByTheExpandedNodeLimit() {
        // 40 anchors, each a list of two aliases to the one before: 2^40 nodes once expanded.
        int anchors = 40;
        StringBuilder text = new StringBuilder("n0: &n0 [x, y]\n");
        for (int i = 1; i < anchors; i++) {
            text.append("n").append(i).append(": &n").append(i)
                    .append(" [*n").append(i - 1).append(", *n").append(i - 1).append("]\n");
        }
        assertThat(2 * (anchors - 1)).as("aliases: under the alias limit, so only the node count can catch it")
                .isLessThan(YamlLimits.DEFAULT.maxAliases());

        LoadedFile file = timed(() -> loader.load("chain.yaml", text.toString()));

        assertThat(file.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.toString()).startsWith("chain.yaml:").contains("expands to more than");
        });
    }

    @Test
    void tooManyAliasesAreRefusedEvenWhenTheyExpandToLittle() {
        StringBuilder text = new StringBuilder("base: &base [x]\nuses:\n");
        text.append("- *base\n".repeat(YamlLimits.DEFAULT.maxAliases() + 1));

        LoadedFile file = timed(() -> loader.load("aliases.yaml", text.toString()));

        assertThat(file.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.toString()).startsWith("aliases.yaml").containsIgnoringCase("aliases");
        });
    }

    @Test
    void deeplyNestedInputIsAnErrorNotAStackOverflow() {
        String text = "[".repeat(10_000);

        LoadedFile file = timed(() -> loader.load("deep.yaml", text));

        assertThat(file.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.toString()).startsWith("deep.yaml").contains("levels deep", "refused");
        });
    }

    @Test
    void deeplyNestedBlockMappingsAreAnErrorNotAStackOverflow() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_000; i++) { // five times the depth limit; 10,000 levels would be 50 MB of spaces
            text.append(" ".repeat(i)).append("k:\n");
        }

        LoadedFile file = timed(() -> loader.load("deep-block.yaml", text.toString()));

        assertThat(file.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.toString()).startsWith("deep-block.yaml").contains("levels deep", "refused");
        });
    }

    @Test
    void aFileLongerThanTheCodePointLimitIsRefusedBeforeItIsParsed() {
        WorkflowLoader small = new WorkflowLoader(new YamlLimits(1_000, 100, 200, 5_000_000L));
        String text = LintBenchInputs.largeWorkflow(2);
        assertThat(text.length()).isGreaterThan(1_000);

        LoadedFile file = small.load("big.yaml", text);

        assertThat(file.documents()).isEmpty();
        assertThat(file.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.toString()).isEqualTo("big.yaml: error: the file has " + text.length()
                    + " characters, more than the limit of 1000; split it or shorten it");
        });
    }

    @Test
    void anEndlessFileIsRefusedAfterReadingNoMoreThanTheLimitCanNeed() {
        WorkflowLoader small = new WorkflowLoader(new YamlLimits(1_000, 100, 200, 5_000_000L));

        LoadedFile file = timed(() -> small.load(java.nio.file.Path.of("/dev/zero")));

        assertThat(file.documents()).isEmpty();
        assertThat(file.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.toString()).isEqualTo("/dev/zero: error: the file is longer than 4000 bytes, more than the"
                    + " limit of 1000 characters can take; split it or shorten it");
        });
    }

    @Test
    void aFiveMegabyteWorkflowWithTwoThousandTemplatesLoadsWithoutErrors() {
        String text = LintBenchInputs.largeWorkflow(LintBenchInputs.STAGES);
        assertThat(text.length()).isBetween(4_500_000, 6_000_000);

        LoadedFile file = timed(() -> loader.load("large.yaml", text));

        assertThat(file.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(file.documents()).singleElement().isInstanceOfSatisfying(Workflow.class,
                w -> assertThat(w.spec().templates()).hasSize(2_001));
    }

    private static <T> T timed(Supplier<T> action) {
        long start = System.nanoTime();
        T result = action.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("took %d ms, which looks like a hang", took.toMillis()).isLessThan(HANG_GUARD);
        return result;
    }

    private static String resource(String name) {
        try (InputStream in = LoaderLimitsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
