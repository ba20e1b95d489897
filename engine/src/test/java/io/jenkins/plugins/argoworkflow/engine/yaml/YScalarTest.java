package io.jenkins.plugins.argoworkflow.engine.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar.Kind;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YScalarTest {

    private static final Location AT = new Location("t.yaml", 1, 1);

    @ParameterizedTest(name = "plain {0} resolves to {1}")
    @CsvSource(delimiter = '|', value = {
        "yes|BOOL", "Yes|BOOL", "YES|BOOL", "y|BOOL", "Y|BOOL", "on|BOOL", "ON|BOOL", "true|BOOL", "True|BOOL",
        "no|BOOL", "n|BOOL", "N|BOOL", "off|BOOL", "false|BOOL", "FALSE|BOOL",
        "yEs|STRING", "tRue|STRING", "nope|STRING", "o|STRING",
        "~|NULL", "null|NULL", "Null|NULL", "NULL|NULL",
        "0|INT", "42|INT", "-7|INT", "+7|INT", "010|INT", "0x1F|INT", "0o17|INT", "0b101|INT", "1_000|INT",
        "1.5|FLOAT", "1.0|FLOAT", "1e3|FLOAT", "-2.5E-3|FLOAT", ".5|FLOAT", ".inf|FLOAT", "-.Inf|FLOAT", ".nan|FLOAT",
        "1:20|STRING", "08|FLOAT", "0x|STRING", "1.2.3|STRING", "2001-12-14|STRING", "v1|STRING", "-|STRING",
        "123456789012345678901234567890|FLOAT"
    })
    void plainScalarsResolveAsGoYamlV2Does(String text, Kind kind) {
        assertThat(YScalar.plain(text, AT).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"010,8", "0x1F,31", "0o17,15", "0b101,5", "1_000,1000", "-0x10,-16", "18446744073709551615,18446744073709551615"})
    void integersReadWithGoPrefixesAndUnderscores(String text, String value) {
        assertThat(YScalar.plain(text, AT).integerValue()).isEqualTo(new BigInteger(value));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"yes,true", "on,true", "Y,true", "no,false", "OFF,false", "n,false"})
    void booleansHaveYaml11Values(String text, boolean value) {
        assertThat(YScalar.plain(text, AT).booleanValue()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"yes", "010", "1.0", "~"})
    void quotedScalarsAreAlwaysStrings(String text) {
        YScalar s = YScalar.string(text, AT);
        assertThat(s.kind()).isEqualTo(Kind.STRING);
        assertThat(s.toJava()).isEqualTo(text);
    }
}
