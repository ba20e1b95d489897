package io.jenkins.plugins.argoworkflow.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArgoScalarsTest {

    private static final Location AT = new Location("t.yaml", 1, 1);

    @ParameterizedTest(name = "plain {0} in an AnyString field reads as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "yes|true", "on|true", "n|false", "True|true",
        "010|8", "0x1F|31", "1_000|1000", "-0o7|-7",
        "1.0|1", "1.5|1.5", "1e3|1000", "0.0001|0.0001", "0.00001|0.00001", "0.0000001|0.0000001", "1234567.0|1234567",
        "3.14159265358979|3.14159265358979", "-2.5|-2.5", "1e21|1000000000000000000000", "08|8",
        "9223372036854775807|9223372036854776000", "1.5e-7|0.00000015", "-0|0",
        "hello|hello", "1:20|1:20"
    })
    void anyStringFieldsSeeTheJsonTextOfTheValue(String text, String expected) {
        assertThat(ArgoScalars.asAnyString(YScalar.plain(text, AT))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} has no JSON form")
    @CsvSource({".inf", "-.inf", ".nan"})
    void infinityAndNanHaveNoAnyStringValue(String text) {
        assertThat(ArgoScalars.asAnyString(YScalar.plain(text, AT))).isNull();
    }

    @ParameterizedTest(name = "plain {0} is not a Go string")
    @CsvSource({"yes", "010", "1.0", "true"})
    void goStringFieldsTakeOnlyStrings(String text) {
        assertThat(ArgoScalars.asGoString(YScalar.plain(text, AT))).isNull();
    }

    @ParameterizedTest(name = "quoted {0} keeps its text")
    @CsvSource({"yes", "010", "1.0"})
    void quotedValuesKeepTheirText(String text) {
        assertThat(ArgoScalars.asGoString(YScalar.string(text, AT))).isEqualTo(text);
        assertThat(ArgoScalars.asAnyString(YScalar.string(text, AT))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} in an integer field")
    @CsvSource(delimiter = '|', value = {"3|3", "3.0|3", "0x10|16"})
    void integerFieldsTakeWholeNumbers(String text, long expected) {
        assertThat(ArgoScalars.asGoInteger(YScalar.plain(text, AT))).hasToString(Long.toString(expected));
    }

    @ParameterizedTest(name = "{0} is not an integer")
    @CsvSource({"3.5", "yes", "abc"})
    void integerFieldsRefuseOtherValues(String text) {
        assertThat(ArgoScalars.asGoInteger(YScalar.plain(text, AT))).isNull();
    }
}
