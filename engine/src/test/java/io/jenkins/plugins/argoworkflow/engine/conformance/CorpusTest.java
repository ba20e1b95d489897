package io.jenkins.plugins.argoworkflow.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTest {

    @Test
    void rowsWithARandomOutcomeAreTheOnesNotedRandom() {
        List<String> random = Corpus.rows().stream().filter(Corpus.Row::random).map(Corpus.Row::path).toList();

        assertThat(random).contains("functional/dag-with-retries.yaml", "examples/retry-container.yaml")
                .doesNotContain("examples/hello-world.yaml")
                .allSatisfy(path -> assertThat(Corpus.rows().stream().filter(r -> r.path().equals(path))
                        .findFirst().orElseThrow().source()).contains("random="));
    }

    @Test
    void templateFilesComeFromTheTemplatesNote() {
        Corpus.Row row = new Corpus.Row("x.yaml", "Workflow", "ok", "Succeeded", "", "a; templates=t1.yaml+t2.yaml");

        assertThat(row.templateFiles()).containsExactly("t1.yaml", "t2.yaml");
        assertThat(row.random()).isFalse();
        assertThat(new Corpus.Row("x.yaml", "Workflow", "ok", "Succeeded", "", "random=0.01").random()).isTrue();
    }
}
