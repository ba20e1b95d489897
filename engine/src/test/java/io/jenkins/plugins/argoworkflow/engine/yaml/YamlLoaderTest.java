package io.jenkins.plugins.argoworkflow.engine.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

    private final YamlLoader loader = new YamlLoader();

    @Test
    void nodesCarryOneBasedLineAndColumn() {
        List<YNode> docs = loader.loadAll("w.yaml", """
                a: 1
                b:
                  - x
                  - c: d
                """);
        YMap root = (YMap) docs.get(0);
        assertThat(root.location()).isEqualTo(new Location("w.yaml", 1, 1));
        YSeq b = (YSeq) root.get("b").orElseThrow();
        assertThat(b.get(0).location()).isEqualTo(new Location("w.yaml", 3, 5));
        YMap item = (YMap) b.get(1);
        assertThat(item.entry("c").orElseThrow().key().location()).isEqualTo(new Location("w.yaml", 4, 5));
        assertThat(item.get("c").orElseThrow().location()).isEqualTo(new Location("w.yaml", 4, 8));
    }

    @Test
    void equalTextsOfADocumentShareOneString() {
        YMap root = (YMap) loader.loadAll("d.yaml", """
                tasks:
                - {name: a, template: ok}
                - {name: b, template: "ok", dependencies: [a]}
                name: plain
                """).get(0);
        YSeq tasks = (YSeq) root.get("tasks").orElseThrow();
        YMap a = (YMap) tasks.get(0);
        YMap b = (YMap) tasks.get(1);
        // plain and quoted values, keys and values: one instance per text, so lookups by name compare references
        assertThat(((YScalar) b.get("template").orElseThrow()).text())
                .isSameAs(((YScalar) a.get("template").orElseThrow()).text());
        assertThat(((YScalar) ((YSeq) b.get("dependencies").orElseThrow()).get(0)).text())
                .isSameAs(((YScalar) a.get("name").orElseThrow()).text());
        assertThat(root.entry("name").orElseThrow().key().text()).isSameAs(a.entry("name").orElseThrow().key().text());
        assertThat(((YScalar) root.get("name").orElseThrow()).text()).isEqualTo("plain");
    }

    @Test
    void readsEveryDocumentOfAStreamAndSkipsEmptyOnes() {
        List<YNode> docs = loader.loadAll("m.yaml", "---\na: 1\n---\n---\nb: 2\n...\n");
        assertThat(docs).hasSize(2);
        assertThat(((YMap) docs.get(1)).location().line()).isEqualTo(5);
    }

    @Test
    void readsJson() {
        List<YNode> docs = loader.loadAll("w.json", "{\n\t\"kind\": \"Workflow\",\n\t\"n\": [1, true, null, \"yes\"]\n}\n");
        assertThat(docs.get(0).toJava()).isEqualTo(Map.of("kind", "Workflow",
                "n", java.util.Arrays.asList(1L, true, null, "yes")));
    }

    @Test
    void jsonErrorsAndDuplicateKeysHaveLocations() {
        assertThatThrownBy(() -> loader.loadAll("w.json", "{\n  \"a\": 1,\n  \"a\": 2\n}"))
                .isInstanceOfSatisfying(YamlException.class, e -> assertThat(e.location().line()).isEqualTo(3));
        assertThatThrownBy(() -> loader.loadAll("w.json", "{\n  \"a\": [1,\n}"))
                .isInstanceOfSatisfying(YamlException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(3);
                    assertThat(e.problem()).startsWith("JSON syntax error");
                });
    }

    @Test
    void syntaxErrorsNameTheLineOfTheError() {
        assertThatThrownBy(() -> loader.loadAll("bad.yaml", "a: 1\nb: [1, 2\nc: 3\n"))
                .isInstanceOfSatisfying(YamlException.class, e -> {
                    assertThat(e.location().file()).isEqualTo("bad.yaml");
                    assertThat(e.location().line()).isEqualTo(3);
                    assertThat(e.problem()).startsWith("YAML syntax error");
                });
    }

    @Test
    void tabIndentationIsASyntaxErrorAtItsLine() {
        assertThatThrownBy(() -> loader.loadAll("tab.yaml", "a:\n\tb: 1\n"))
                .isInstanceOfSatisfying(YamlException.class, e -> assertThat(e.location().line()).isEqualTo(2));
    }

    @Test
    void duplicateKeysAreErrorsNamingBothLines() {
        assertThatThrownBy(() -> loader.loadAll("dup.yaml", "metadata:\n  name: a\n  name: b\n"))
                .isInstanceOfSatisfying(YamlException.class, e -> {
                    assertThat(e.location()).isEqualTo(new Location("dup.yaml", 3, 3));
                    assertThat(e.problem()).contains("duplicate key \"name\"", "line 2");
                });
    }

    @Test
    void customTagsAreRefusedSoNoTypeCanBeNamed() {
        assertThatThrownBy(() -> loader.loadAll("t.yaml", "a: !!javax.script.ScriptEngineManager [1]\n"))
                .isInstanceOf(YamlException.class)
                .hasMessageContaining("not supported");
        assertThatThrownBy(() -> loader.loadAll("t.yaml", "a: !custom x\n"))
                .isInstanceOfSatisfying(YamlException.class, e -> assertThat(e.location().line()).isEqualTo(1));
    }

    @Test
    void standardTagsTypeTheirScalar() {
        YMap m = (YMap) loader.loadAll("t.yaml", "a: !!str yes\nb: !!int \"7\"\nc: yes\n").get(0);
        assertThat(m.get("a").orElseThrow().toJava()).isEqualTo("yes");
        assertThat(m.get("b").orElseThrow().toJava()).isEqualTo(7L);
        assertThat(m.get("c").orElseThrow().toJava()).isEqualTo(true);
        assertThatThrownBy(() -> loader.loadAll("t.yaml", "a: !!int abc\n")).isInstanceOf(YamlException.class)
                .hasMessageContaining("is not an integer");
    }

    @Test
    void mergeKeysCopyEntriesAndOwnKeysWin() {
        YMap m = (YMap) loader.loadAll("t.yaml", """
                base: &b {image: alpine, command: [sh]}
                c:
                  <<: *b
                  image: busybox
                """).get(0);
        assertThat(m.get("c").orElseThrow().toJava()).isEqualTo(Map.of("image", "busybox", "command", List.of("sh")));
    }

    @Test
    void aliasedSubtreesAreSharedNotCopied() {
        YMap m = (YMap) loader.loadAll("t.yaml", "a: &x {k: v}\nb: *x\n").get(0);
        assertThat(m.get("a").orElseThrow()).isSameAs(m.get("b").orElseThrow());
    }

    @Test
    void aliasExpansionBeyondTheNodeLimitIsRefused() {
        YamlLoader small = new YamlLoader(new YamlLimits(1_000_000, 100, 100, 1_000));
        StringBuilder doc = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i < 12; i++) {
            doc.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        assertThatThrownBy(() -> small.loadAll("bomb.yaml", doc.toString()))
                .isInstanceOf(YamlException.class)
                .hasMessageContaining("more than 1000 nodes");
    }

    @Test
    void aCharacterYamlForbidsIsAnErrorAtItsLineAndColumn() {
        assertThatThrownBy(() -> loader.loadAll("w.yaml", "a: b\nc: x\u0001y\n"))
                .isInstanceOfSatisfying(YamlException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(2);
                    assertThat(e.location().column()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("U+0001 is not allowed in YAML; remove it");
                });
    }
}
