package io.jenkins.plugins.argoworkflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StdoutTailTest {

    private static void append(StdoutTail tail, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        tail.append(bytes, 0, bytes.length);
    }

    @Test
    void keepsOnlyTheLastBytesAndTrimsOneTrailingNewline() {
        StdoutTail tail = new StdoutTail(8);
        for (int i = 0; i < 100; i++) {
            append(tail, "line-" + i + "\n");
        }

        assertThat(tail.result()).isEqualTo("line-99");
    }

    @Test
    void neverStartsInsideAMultiByteCharacter() {
        StdoutTail tail = new StdoutTail(4);
        append(tail, "ééé\n"); // 7 bytes: the last 4 begin inside the second é, which is dropped whole

        assertThat(tail.result()).isEqualTo("é");
    }

    @Test
    void trimsOnlyOneNewline() {
        StdoutTail tail = new StdoutTail();
        append(tail, "a\n\n");

        assertThat(tail.result()).isEqualTo("a\n");
    }
}
