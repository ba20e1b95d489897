package io.jenkins.plugins.argoworkflow.kubernetes;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Where a container's log was read to, so that a followed log whose connection broke (an API server restart, a
 * proxy's timeout, an outage) is read on from there, each line shown once. The log is requested with timestamps
 * ({@code timestamps=true}: each line starts with its RFC 3339 time and a space, which this strips); a new
 * request asks for the lines since the last one's second ({@code sinceTime}, which the API takes to the second),
 * and the lines sent again are skipped: those before the last line's time, and as many lines at its very time as
 * were shown already.
 *
 * <p>A line longer than {@link io.jenkins.plugins.argoworkflow.engine.spi.OutputLimits#LOG_LINE_BYTES} arrives in
 * pieces; only its first carries the time. A break in the middle of such a line loses the rest of that one line
 * (the line is sent again whole, and skipped as shown). Not thread-safe: one reader at a time.
 */
final class LogResume {

    private Instant last;
    private int shownAtLast;
    private int skipAtLast;
    private boolean continuing;
    private boolean skipping;

    /** The {@code sinceTime} of the next request, or null before any line was shown (read from the start). */
    String sinceTime() {
        return last == null ? null : last.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A new request starts: the lines it sends again are to be skipped. */
    void reconnecting() {
        skipAtLast = shownAtLast;
        continuing = false;
        skipping = false;
    }

    /**
     * The text to show of a piece read ({@code end}: how it ended), or null when it was shown before. The piece
     * that ends a stream without a newline is taken only when {@code whole} (the container has ended, so the
     * line will not go on); otherwise it is left to the next request, which sends the line again.
     */
    String accept(String piece, LogLines.End end, boolean whole) {
        if (end == LogLines.End.STREAM && !whole) {
            return null;
        }
        String text = piece;
        if (!continuing) {
            int space = piece.indexOf(' ');
            Instant time = space > 0 ? time(piece.substring(0, space)) : null;
            skipping = false;
            if (time != null) {
                text = piece.substring(space + 1);
                if (last != null && time.isBefore(last)) {
                    skipping = true;
                } else if (time.equals(last) && skipAtLast > 0) {
                    skipAtLast--;
                    skipping = true;
                } else if (time.equals(last)) {
                    shownAtLast++;
                } else {
                    last = time;
                    shownAtLast = 1;
                    skipAtLast = 0;
                }
            }
        }
        continuing = end == LogLines.End.CUT;
        return skipping ? null : text;
    }

    private static Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
