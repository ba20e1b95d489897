package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @ParameterizedTest(name = "{0} prints as {1} and marshals as {2}")
    @CsvSource({"3.0, 3, 3", "1.5, 1.5, 1.5", "-0.25, -0.25, -0.25", "1e21, 1e+21, 1e+21", "1e20, 1e+20, 100000000000000000000",
            "0.0001, 0.0001, 0.0001", "0.00001, 1e-05, 0.00001", "0.0000001, 1e-07, 1e-7", "123456789.125, 1.23456789125e+08, 123456789.125"})
    void floatsFormatAsGoDoes(double value, String sprint, String json) {
        assertThat(Values.formatFloat(value, true)).isEqualTo(json);
        assertThat(Values.goString(value)).isEqualTo(sprint);
    }

    @Test
    void jsonSortsKeysAndEscapesLikeGo() {
        assertThat(Values.toJson(Map.of("b", List.of(1L, 2.5, true), "a", "<&>\"\n"))).isEqualTo(
                "{\"a\":\"\\u003c\\u0026\\u003e\\\"\\n\",\"b\":[1,2.5,true]}");
    }

    @Test
    void goStringPrintsListsAndMapsAsFmtDoes() {
        assertThat(Values.goString(List.of("a", 1L))).isEqualTo("[a 1]");
        assertThat(Values.goString(Map.of("k", "v"))).isEqualTo("map[k:v]");
        assertThat(Values.goString(null)).isEqualTo("<nil>");
    }
}
