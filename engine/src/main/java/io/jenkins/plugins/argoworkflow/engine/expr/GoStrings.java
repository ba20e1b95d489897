package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.ArrayList;
import java.util.List;

/** Go's {@code strings} functions where Java's differ: cut sets, splitting on "" and with a limit, rune offsets. */
final class GoStrings {

    private GoStrings() {
    }

    /** {@code strings.Trim}: removes leading and trailing characters found in {@code cutset}. */
    static String trim(String s, String cutset) {
        int start = 0;
        int end = s.length();
        while (start < end && cutset.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && cutset.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * {@code strings.SplitN} ({@code n < 0}: all parts) and {@code strings.SplitAfterN} ({@code keepSeparator}).
     * An empty separator splits after each character.
     */
    static List<Object> split(String s, String sep, int n, boolean keepSeparator) {
        List<Object> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        if (sep.isEmpty()) {
            int[] codePoints = s.codePoints().toArray();
            for (int i = 0; i < codePoints.length; i++) {
                if (n > 0 && out.size() == n - 1) {
                    out.add(new String(codePoints, i, codePoints.length - i));
                    return out;
                }
                out.add(new String(codePoints, i, 1));
            }
            return out;
        }
        int from = 0;
        while (n < 0 || out.size() < n - 1) {
            int at = s.indexOf(sep, from);
            if (at < 0) {
                break;
            }
            out.add(s.substring(from, keepSeparator ? at + sep.length() : at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    /** The longest string repeat() may build: a typo in a count must not exhaust the controller's memory. */
    static final int MAX_REPEAT_LENGTH = 1 << 20;

    /** {@code strings.Repeat}, refused beyond {@link #MAX_REPEAT_LENGTH} characters. */
    static String repeat(String function, String s, long count) {
        if (count < 0) {
            throw new IllegalArgumentException(function + "(): the count must not be negative");
        }
        if (s.length() * count > MAX_REPEAT_LENGTH) {
            throw new IllegalArgumentException(function + "(): the result would be longer than " + MAX_REPEAT_LENGTH
                    + " characters");
        }
        return s.repeat((int) count);
    }

    /** The rune index of the UTF-16 offset {@code index}, or -1 when {@code index} is -1. */
    static long runeIndex(String s, int index) {
        return index < 0 ? -1 : s.codePointCount(0, index);
    }
}
