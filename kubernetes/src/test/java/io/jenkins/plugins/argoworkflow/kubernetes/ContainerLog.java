package io.jenkins.plugins.argoworkflow.kubernetes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A simulated container's log as a kubelet keeps it: each line with the time it was written, so that it can be
 * served as the API serves a log ({@code timestamps=true} prefixes each line with its RFC 3339 time;
 * {@code sinceTime} leaves out the lines before it). Thread-safe: the container's output is appended while
 * requests read it.
 */
final class ContainerLog {

    /** A line without its newline, and when it was written. */
    record Line(Instant time, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private Instant partialTime;
    private Instant latest = Instant.EPOCH;

    /** Adds the container's output as it was written now. */
    synchronized void append(String chunk) {
        int start = 0;
        for (int nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
            partial.append(chunk, start, nl);
            lines.add(new Line(partialTime == null ? now() : partialTime, partial.toString()));
            partial.setLength(0);
            partialTime = null;
            start = nl + 1;
        }
        if (start < chunk.length()) {
            if (partialTime == null) {
                partialTime = now();
            }
            partial.append(chunk, start, chunk.length());
        }
    }

    /** The lines written whole so far. */
    synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The last line while it has no newline yet, or null. */
    synchronized Line partial() {
        return partialTime == null ? null : new Line(partialTime, partial.toString());
    }

    /** The whole text, as the container wrote it. */
    synchronized String text() {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l.text()).append('\n'));
        return out.append(partial).toString();
    }

    /** The log as the API serves it for the query's {@code timestamps} and {@code sinceTime}. */
    String serve(Map<String, List<String>> query) {
        Format format = Format.of(query);
        StringBuilder out = new StringBuilder();
        lines().forEach(l -> out.append(format.line(l, true)));
        Line last = partial();
        if (last != null) {
            out.append(format.line(last, false));
        }
        return out.toString();
    }

    /** How a request wants its lines: with their times, and from when. */
    record Format(boolean timestamps, Instant since) {

        static Format of(Map<String, List<String>> query) {
            List<String> since = query.getOrDefault("sinceTime", List.of());
            return new Format("true".equals(query.getOrDefault("timestamps", List.of("false")).get(0)),
                    since.isEmpty() ? null : Instant.parse(since.get(0)));
        }

        /** The line as sent ({@code whole}: with its newline), or empty when it is before {@code since}. */
        String line(Line l, boolean whole) {
            if (since != null && l.time().isBefore(since)) {
                return "";
            }
            return (timestamps ? l.time() + " " : "") + l.text() + (whole ? "\n" : "");
        }
    }

    private Instant now() {
        Instant t = Instant.now();
        latest = t.isBefore(latest) ? latest : t;
        return latest;
    }
}
