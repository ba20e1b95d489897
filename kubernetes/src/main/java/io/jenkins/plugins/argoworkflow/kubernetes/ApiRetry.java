package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Retries the runtime's writes (pod and claim creates and deletes) while the API server is unreachable or
 * pushes back, for a bounded time, with exponential backoff. fabric8 7.3.1's HTTP client already retries
 * each request itself (IOException, 429 honouring {@code Retry-After}, 5xx; {@code requestRetryBackoffLimit}
 * times, by default 10 in about 20 s); this is the layer above it, for outages longer than that and for
 * answers fabric8 does not retry: 409 Conflict other than AlreadyExists (a resource quota being updated,
 * which Argo's {@code util/errors} also counts transient).
 *
 * <p>What is retried: no answer at all (the connection refused, reset, timed out), 429, 503, 504 and that
 * 409, which Argo's {@code IsTransientErr} ({@code util/errors/errors.go}) counts transient too, and 500 and
 * 502, which it does not but fabric8 retries as any 5xx. Anything else (403, 404, 422, AlreadyExists) is the
 * caller's to handle and is thrown at once.
 */
final class ApiRetry {

    /** How long a write is retried before its node fails (a create) or the pod is reported left (a delete). */
    static final Duration DEFAULT_BOUND = Duration.ofMinutes(2);
    private static final Duration FIRST_DELAY = Duration.ofMillis(250);
    private static final Duration MAX_DELAY = Duration.ofSeconds(8);

    /** Waits between attempts; a test's sleeper records instead. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** Told when a write went through after at least one retryable failure: the API server is back. */
    interface Recovery {
        void recovered();
    }

    private final Duration bound;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private final Recovery recovery;

    ApiRetry(Duration bound, Sleeper sleeper, LongSupplier nanoTime, Recovery recovery) {
        this.bound = bound;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
        this.recovery = recovery;
    }

    /** Retries for {@link #DEFAULT_BOUND} on the real clock. */
    static ApiRetry standard(Recovery recovery) {
        return new ApiRetry(DEFAULT_BOUND, Thread::sleep, System::nanoTime, recovery);
    }

    /**
     * Runs {@code call} until it returns or fails with an error that is not retryable, or until the bound
     * has passed; then the last error is thrown, its message saying how long it was retried.
     *
     * @param what the write in words, for the message ({@code "creating pod x"})
     * @throws KubernetesClientException the last error
     * @throws InterruptedException when the thread is interrupted while it waits
     */
    <T> T call(String what, Supplier<T> call) throws InterruptedException {
        long start = nanoTime.getAsLong();
        long delay = FIRST_DELAY.toMillis();
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                T result = call.get();
                if (attempts > 1) {
                    recovery.recovered();
                }
                return result;
            } catch (KubernetesClientException e) {
                if (!retryable(e)) {
                    throw e;
                }
                long elapsed = nanoTime.getAsLong() - start;
                long left = bound.toMillis() - elapsed / 1_000_000;
                if (left <= 0) {
                    throw new KubernetesClientException(what + " failed " + attempts + " times in "
                            + Math.round(elapsed / 1e9) + " s (retried for up to " + bound.toSeconds() + " s): "
                            + e.getMessage(), e.getCode(), e.getStatus());
                }
                long wait = Math.min(left, Math.max(delay, retryAfterMillis(e)));
                sleeper.sleep(wait);
                delay = Math.min(delay * 2, MAX_DELAY.toMillis());
            }
        }
    }

    /** Whether the error is a transient one of the API server's (see the class comment). */
    static boolean retryable(KubernetesClientException e) {
        int code = e.getCode();
        if (code == 429 || code == 500 || code == 502 || code == 503 || code == 504) {
            return true;
        }
        if (code == 409) {
            return !alreadyExists(e);
        }
        if (code > 0) {
            return false;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** A create's 409 that says the object is there already (not a conflict to retry). */
    static boolean alreadyExists(KubernetesClientException e) {
        return e.getCode() == 409 && e.getStatus() != null && "AlreadyExists".equals(e.getStatus().getReason());
    }

    /** The server's {@code Retry-After}, as the Status of a 429 carries it ({@code details.retryAfterSeconds}). */
    private static long retryAfterMillis(KubernetesClientException e) {
        Status status = e.getStatus();
        if (status == null || status.getDetails() == null || status.getDetails().getRetryAfterSeconds() == null) {
            return 0;
        }
        return status.getDetails().getRetryAfterSeconds() * 1000L;
    }
}
