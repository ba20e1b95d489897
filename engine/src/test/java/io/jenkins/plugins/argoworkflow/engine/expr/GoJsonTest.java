package io.jenkins.plugins.argoworkflow.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoJsonTest {

    private static String quote(String s, boolean html) {
        StringBuilder out = new StringBuilder();
        GoJson.quote(s, html, out);
        return out.toString();
    }

    @Test
    void controlCharactersAreEscapedAsGo122AndLaterWritesThem() {
        assertThat(quote("a\"b\\c\n\r\t\b\f\u0001\u2028", false)).isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u2028\"");
    }

    @Test
    void htmlCharactersAreEscapedOnlyWhenAsked() {
        assertThat(quote("<a & b>", true)).isEqualTo("\"\\u003ca \\u0026 b\\u003e\"");
        assertThat(quote("<a & b>", false)).isEqualTo("\"<a & b>\"");
    }
}
