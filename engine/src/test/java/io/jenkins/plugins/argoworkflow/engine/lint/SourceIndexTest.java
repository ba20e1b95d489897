package io.jenkins.plugins.argoworkflow.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import io.jenkins.plugins.argoworkflow.engine.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceIndexTest {

    private static final String DOC = """
            a: plain
            b:
              c: "{{one}}"
              d: [x, "{{two}}", {e: "{{three}}"}]
            f: &shared {g: "{{four}}"}
            h: *shared
            i: {j: none}
            """;

    private static YMap load() {
        return (YMap) new YamlLoader().loadAll("s.yaml", DOC).get(0);
    }

    /** What a plain recursive walk of the tree meets: the behaviour the index must reproduce. */
    private static void walk(YNode node, List<String> out) {
        if (node instanceof YMap m) {
            m.entries().forEach(e -> walk(e.value(), out));
        } else if (node instanceof YSeq s) {
            s.items().forEach(i -> walk(i, out));
        } else if (node instanceof YScalar s && s.text().contains("{{")) {
            out.add(s.text());
        }
    }

    private static List<String> tagged(SourceIndex index, YNode node) {
        List<String> out = new ArrayList<>();
        index.forEachTagged(node, s -> out.add(s.text()));
        return out;
    }

    @Test
    void givesTheTaggedScalarsOfASubtreeInTheOrderAWalkMeetsThemAliasesIncluded() {
        YMap doc = load();
        SourceIndex index = SourceIndex.of(doc);
        List<String> walked = new ArrayList<>();
        walk(doc, walked);

        assertThat(tagged(index, doc)).containsExactlyElementsOf(walked)
                .containsExactly("{{one}}", "{{two}}", "{{three}}", "{{four}}", "{{four}}");
        assertThat(tagged(index, doc.get("b").orElseThrow())).containsExactly("{{one}}", "{{two}}", "{{three}}");
        assertThat(tagged(index, doc.get("h").orElseThrow())).containsExactly("{{four}}");
        assertThat(tagged(index, doc.get("a").orElseThrow())).isEmpty();
    }

    @Test
    void tellsWhichMappingsHoldNoTags() {
        YMap doc = load();
        SourceIndex index = SourceIndex.of(doc);

        assertThat(index.mayHoldTags((YMap) doc.get("i").orElseThrow())).isFalse();
        assertThat(index.mayHoldTags((YMap) doc.get("b").orElseThrow())).isTrue();
        assertThat(index.mayHoldTags((YMap) doc.get("h").orElseThrow())).isTrue();
    }

    @Test
    void walksAMappingFromAnotherTreeItself() {
        SourceIndex index = SourceIndex.of(load());
        YMap other = load();

        assertThat(tagged(index, other.get("b").orElseThrow())).containsExactly("{{one}}", "{{two}}", "{{three}}");
        assertThat(index.mayHoldTags((YMap) other.get("i").orElseThrow())).isTrue();
    }
}
