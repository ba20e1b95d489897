package io.jenkins.plugins.argoworkflow.engine.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YMapTest {

    private static final Location AT = new Location("m.yaml", 1, 1);

    private static YMap.Entry entry(String key, String value) {
        return new YMap.Entry(YScalar.string(key, AT), YScalar.string(value, AT));
    }

    private static String text(YMap map, String key) {
        return ((YScalar) map.get(key).orElseThrow()).text();
    }

    @Test
    void aRepeatedKeyKeepsItsFirstPlaceAndItsLastValueAsAMapPutWould() {
        YMap map = new YMap(List.of(entry("a", "1"), entry("b", "2"), entry("a", "3")), AT);
        assertThat(map.size()).isEqualTo(2);
        assertThat(map.entries()).extracting(YMap.Entry::name).containsExactly("a", "b");
        assertThat(text(map, "a")).isEqualTo("3");
    }

    @Test
    void mappingsWithTheSameEntriesAreEqualInAnyOrder() {
        YMap ab = new YMap(List.of(entry("a", "1"), entry("b", "2")), AT);
        YMap ba = new YMap(List.of(entry("b", "2"), entry("a", "1")), AT);
        assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
        assertThat(ab).isNotEqualTo(new YMap(List.of(entry("a", "1"), entry("b", "9")), AT));
        assertThat(ab).isNotEqualTo(new YMap(List.of(entry("a", "1")), AT));
        assertThat(ab.hashCode()).isEqualTo(java.util.Map.of("a", ab.entry("a").orElseThrow(), "b",
                ab.entry("b").orElseThrow()).hashCode());
    }

    @Test
    void aLargeMappingFindsEveryKeyAndKeepsItsOrder() {
        List<YMap.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            entries.add(entry("k" + i, "v" + i));
        }
        entries.add(entry("k7", "again"));
        YMap map = new YMap(entries, AT);
        assertThat(map.size()).isEqualTo(50);
        assertThat(text(map, "k49")).isEqualTo("v49");
        assertThat(text(map, "k7")).isEqualTo("again");
        assertThat(map.has("k50")).isFalse();
        assertThat(map.entries()).extracting(YMap.Entry::name).startsWith("k0", "k1").endsWith("k49");
    }
}
