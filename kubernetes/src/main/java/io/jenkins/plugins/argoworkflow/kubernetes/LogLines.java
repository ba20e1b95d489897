package io.jenkins.plugins.argoworkflow.kubernetes;

import io.jenkins.plugins.argoworkflow.engine.spi.OutputLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A container's log split into lines, a line cut into pieces of {@link OutputLimits#LOG_LINE_BYTES}: a pod
 * printing without newlines must not make the controller hold its whole output (a {@code BufferedReader}'s
 * {@code readLine} would).
 */
final class LogLines {

    private LogLines() {
    }

    /** How a piece of a log ends. */
    enum End {
        /** At a newline: the line is whole. */
        NEWLINE,
        /** Cut at {@link OutputLimits#LOG_LINE_BYTES}: the line goes on in the next piece. */
        CUT,
        /** At the stream's end, without a newline. */
        STREAM
    }

    /** Takes each piece of a log with how it ended. */
    interface Pieces {
        void accept(String text, End end);
    }

    /** Passes each piece of {@code in} (a line without its newline, or a cut of one) to {@code pieces}. */
    static void split(InputStream in, Pieces pieces) throws IOException {
        byte[] chunk = new byte[8192];
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    current.write(chunk, start, i - start);
                    pieces.accept(take(current), End.NEWLINE);
                    start = i + 1;
                } else if (current.size() + i + 1 - start >= OutputLimits.LOG_LINE_BYTES) {
                    current.write(chunk, start, i + 1 - start);
                    pieces.accept(take(current), End.CUT);
                    start = i + 1;
                }
            }
            current.write(chunk, start, n - start);
        }
        if (current.size() > 0) {
            pieces.accept(take(current), End.STREAM);
        }
    }

    /** The line's text; a CRLF line end loses its CR too, as {@code readLine} takes it. */
    private static String take(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
