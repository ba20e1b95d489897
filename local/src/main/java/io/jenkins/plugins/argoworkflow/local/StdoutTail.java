package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.spi.OutputLimits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The last bytes of a node's stdout, which become its {@code outputs.result}. Bounded, because a node may
 * print gigabytes; Argo keeps the end of the output too.
 */
final class StdoutTail {

    /** Argo's limit for a result (256 KiB). */
    static final int LIMIT = OutputLimits.RESULT_BYTES;

    private final int limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    StdoutTail() {
        this(LIMIT);
    }

    StdoutTail(int limit) {
        this.limit = limit;
    }

    synchronized void append(byte[] bytes, int offset, int length) {
        buffer.write(bytes, offset, length);
        // Trim only once twice the limit is held, so that appending stays linear.
        if (buffer.size() > 2 * limit) {
            byte[] all = buffer.toByteArray();
            buffer.reset();
            buffer.write(all, all.length - limit, limit);
        }
    }

    /** The kept text: at most the limit, starting on a whole UTF-8 character, one trailing newline removed. */
    synchronized String result() {
        byte[] all = buffer.toByteArray();
        int start = Math.max(0, all.length - limit);
        while (start < all.length && start > 0 && (all[start] & 0xC0) == 0x80) {
            start++; // a UTF-8 continuation byte: the character began before the kept part
        }
        String text = new String(Arrays.copyOfRange(all, start, all.length), StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
