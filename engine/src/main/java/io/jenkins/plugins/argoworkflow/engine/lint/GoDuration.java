package io.jenkins.plugins.argoworkflow.engine.lint;

import java.util.regex.Pattern;

/** Go's time.ParseDuration syntax ("1m30s", "500ms", "-1.5h"), which Argo uses for durations. */
final class GoDuration {

    private static final Pattern DURATION = Pattern.compile("[-+]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+|[-+]?0");

    private GoDuration() {
    }

    static boolean isValid(String text) {
        return DURATION.matcher(text).matches();
    }

    /** Argo's backoff durations: a Go duration or a plain number of seconds. */
    static boolean isDurationOrSeconds(String text) {
        return isValid(text) || text.matches("[0-9]+");
    }
}
