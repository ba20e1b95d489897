package io.jenkins.plugins.argoworkflow.engine.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argo's duration fields (backoff, suspend, timeout, maxDuration): a bare integer means seconds, anything
 * else is Go's {@code time.ParseDuration} syntax ({@code 1m30s}, {@code 500ms}, {@code 1.5h}).
 */
public final class ArgoDuration {

    private static final Pattern WHOLE = Pattern.compile("[-+]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+|[-+]?0");
    private static final Pattern PART = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

    private ArgoDuration() {
    }

    /** The duration {@code text} means, or empty when it is neither an integer nor a Go duration. */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (INTEGER.matcher(t).matches()) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(t)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (!WHOLE.matcher(t).matches()) {
            return Optional.empty();
        }
        boolean negative = t.startsWith("-");
        BigDecimal nanos = BigDecimal.ZERO;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
        }
        long total = nanos.longValue();
        return Optional.of(Duration.ofNanos(negative ? -total : total));
    }

    /** Whether {@code text} is a Go duration (an integer alone is not; see {@link #parse}). */
    public static boolean isGoDuration(String text) {
        return text != null && WHOLE.matcher(text.trim()).matches();
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
        };
    }
}
