package io.jenkins.plugins.argoworkflow.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @Test
    void aValueIsMaskedWhereverItAppearsInALineAndOtherLinesPassUntouched() {
        SecretMask mask = masking("s3cret");

        assertThat(mask.mask("token=s3cret and again s3cret.")).isEqualTo("token=**** and again ****.");
        assertThat(mask.mask("nothing here")).isEqualTo("nothing here");
    }

    @Test
    void aFilesTrailingNewlineDoesNotStopItsValueBeingMasked() {
        assertThat(masking("hunter22\n").mask("password is hunter22")).isEqualTo("password is ****");
    }

    @Test
    void valuesShorterThanFourCharactersBesidesWhiteSpaceAreNotMasked() {
        SecretMask mask = masking("abc", " 1 \n");

        assertThat(mask.isEmpty()).isTrue();
        assertThat(mask.mask("abc 1 abcd")).isEqualTo("abc 1 abcd");
    }

    @Test
    void aValueContainingAnotherIsMaskedWholeWhicheverWasAddedFirst() {
        SecretMask mask = masking("abcd", "abcdefgh");

        assertThat(List.of(mask.mask("key abcdefgh"), mask.mask("short abcd"))).containsExactly("key ****", "short ****");
    }

    @Test
    void eachLineOfAValueOfSeveralLinesIsMaskedUnlessItIsShort() {
        SecretMask mask = masking("-----BEGIN KEY-----\nMIIEowIBAAKCAQEA\nab\n-----END KEY-----\n");

        assertThat(List.of("MIIEowIBAAKCAQEA", "ab")).map(mask::mask).containsExactly("****", "ab");
    }

    @Test
    void aValueAddedWhileLinesAreMaskedIsMaskedInTheLinesAfter() throws Exception {
        SecretMask mask = masking("first-value");
        Thread adder = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                mask.add("value-" + i);
            }
        });
        adder.start();
        for (int i = 0; i < 500; i++) {
            assertThat(mask.mask("first-value")).isEqualTo("****");
        }
        adder.join();

        assertThat(mask.mask("value-499 value-0")).isEqualTo("**** ****");
    }

    private static SecretMask masking(String... values) {
        SecretMask mask = new SecretMask();
        for (String value : values) {
            mask.add(value);
        }
        return mask;
    }
}
