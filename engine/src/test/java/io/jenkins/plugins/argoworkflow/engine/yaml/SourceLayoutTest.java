package io.jenkins.plugins.argoworkflow.engine.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLayoutTest {

    private final YamlLoader loader = new YamlLoader();

    private static final String ALIASES = """
            a: plain
            b:
              c: "{{one}}"
              d: [x, "{{two}}", {e: "{{three}}"}]
            f: &shared {g: "{{four}}", k: [&s "{{five}}", {l: "{{six}}"}]}
            h: *shared
            seq: &list ["{{seven}}", {m: "{{eight}}"}]
            again: *list
            scalar: *s
            i: {j: none}
            n:
            - o: {p: "{{nine}}"}
              q: "{{ten}}"
            """;

    private static void maps(YNode node, List<YMap> out) {
        if (node instanceof YMap m) {
            out.add(m);
            m.entries().forEach(e -> maps(e.value(), out));
        } else if (node instanceof YSeq s) {
            s.items().forEach(i -> maps(i, out));
        }
    }

    private static List<String> tagged(SourceLayout layout) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < layout.taggedCount(); i++) {
            out.add(layout.tagged(i).text() + "@" + layout.tagged(i).location());
        }
        return out;
    }

    @Test
    void theLoaderNotesWhatAWalkOfTheDocumentFindsAliasesIncluded() {
        YMap root = (YMap) loader.loadAll("a.yaml", ALIASES).get(0);
        SourceLayout noted = root.sourceLayout();
        SourceLayout walked = SourceLayout.of(root);

        assertThat(noted).isNotNull();
        assertThat(tagged(noted)).containsExactlyElementsOf(tagged(walked)).hasSize(16);
        List<YMap> all = new ArrayList<>();
        maps(root, all);
        for (YMap m : all) {
            SourceLayout.Indexed n = noted.at(m.location());
            SourceLayout.Indexed w = walked.at(m.location());
            assertThat(n.map()).as(m.toString()).isSameAs(w.map()).isSameAs(m);
            assertThat(new int[] {n.from(), n.to()}).as(m.toString()).containsExactly(w.from(), w.to());
        }
        assertThat(noted.at(new Location("a.yaml", 99, 1))).isNull();
    }

    @Test
    void aDocumentWithMergeKeysIsLeftToAWalk() {
        YMap root = (YMap) loader.loadAll("m.yaml", """
                base: &b {x: "{{one}}", y: 2}
                merged: {<<: *b, y: "{{two}}"}
                """).get(0);

        assertThat(root.sourceLayout()).isNull();
        assertThat(tagged(SourceLayout.of(root))).extracting(t -> t.substring(0, t.indexOf('@')))
                .containsExactly("{{one}}", "{{one}}", "{{two}}");
    }

    @Test
    void onlyADocumentsRootFromYamlCarriesALayout() {
        YMap root = (YMap) loader.loadAll("r.yaml", "a: {b: \"{{x}}\"}\n").get(0);
        assertThat(((YMap) root.get("a").orElseThrow()).sourceLayout()).isNull();
        assertThat(root.sourceLayout().taggedCount()).isEqualTo(1);
        assertThat(((YMap) loader.loadAll("r.json", "{\"a\": \"{{x}}\"}").get(0)).sourceLayout()).isNull();
    }
}
