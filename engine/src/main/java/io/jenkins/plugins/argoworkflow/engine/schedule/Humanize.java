package io.jenkins.plugins.argoworkflow.engine.schedule;

import java.time.Duration;

/** Argo's humanize.Duration, for messages such as {@code Backoff for 1 minute 30 seconds}. */
final class Humanize {

    private Humanize() {
    }

    static String duration(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < 60) {
            return truncated(d);
        }
        if (seconds < 3600) {
            return truncated(d) + " " + (seconds % 60) + " seconds";
        }
        if (seconds < 86_400) {
            return truncated(d) + " " + (seconds / 60 % 60) + " minutes";
        }
        return truncated(d) + " " + (seconds / 3600 % 24) + " hours";
    }

    /** The duration in its largest unit only, with go-humanize's magnitudes as Argo configures them. */
    static String truncated(Duration d) {
        long s = d.getSeconds();
        if (s < 1) {
            return "0 seconds";
        }
        if (s < 2) {
            return "1 second";
        }
        if (s < 60) {
            return s + " seconds";
        }
        if (s < 120) {
            return "1 minute";
        }
        if (s < 3600) {
            return s / 60 + " minutes";
        }
        if (s < 7200) {
            return "1 hour";
        }
        if (s < 86_400) {
            return s / 3600 + " hours";
        }
        if (s < 2 * 86_400) {
            return "1 day";
        }
        if (s < 7 * 86_400) {
            return s / 86_400 + " days";
        }
        if (s < 14 * 86_400) {
            return "1 week";
        }
        return s / (7 * 86_400) + " weeks";
    }
}
