package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The retry of the runtime's writes, on a clock that moves only when the retry sleeps. */
class ApiRetryTest {

    private final AtomicLong now = new AtomicLong();
    private final List<Long> sleeps = new ArrayList<>();
    private final AtomicInteger recoveries = new AtomicInteger();
    private final ApiRetry retry = new ApiRetry(Duration.ofSeconds(60), millis -> {
        sleeps.add(millis);
        now.addAndGet(millis * 1_000_000);
    }, now::get, recoveries::incrementAndGet);

    @Test
    void retriesARefusedConnectionWithGrowingWaitsAndSaysWhenTheServerIsBack() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        String result = retry.call("creating pod p", () -> {
            if (calls.incrementAndGet() <= 4) {
                throw new KubernetesClientException("An error has occurred.", new ConnectException("Connection refused"));
            }
            return "created";
        });

        assertThat(result).isEqualTo("created");
        assertThat(calls).hasValue(5);
        assertThat(sleeps).containsExactly(250L, 500L, 1000L, 2000L);
        assertThat(recoveries).hasValue(1);
    }

    @Test
    void waitsAsLongAsA429sRetryAfterSays() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        retry.call("creating pod p", () -> {
            if (calls.incrementAndGet() == 1) {
                throw new KubernetesClientException("Too many requests", 429, status(429, "TooManyRequests", 5));
            }
            return null;
        });

        assertThat(sleeps).containsExactly(5000L);
    }

    @Test
    void retriesAQuotaConflictButNotAlreadyExistsOrForbidden() throws Exception {
        AtomicInteger conflicts = new AtomicInteger();
        retry.call("creating pod p", () -> {
            if (conflicts.incrementAndGet() == 1) {
                throw new KubernetesClientException("conflict", 409, status(409, "Conflict", null));
            }
            return null;
        });
        assertThat(conflicts).hasValue(2);

        for (Status refusal : List.of(status(409, "AlreadyExists", null), status(403, "Forbidden", null))) {
            AtomicInteger calls = new AtomicInteger();
            assertThatThrownBy(() -> retry.call("creating pod p", () -> {
                calls.incrementAndGet();
                throw new KubernetesClientException(refusal.getReason(), refusal.getCode(), refusal);
            })).isInstanceOf(KubernetesClientException.class).hasMessage(refusal.getReason());
            assertThat(calls).as(refusal.getReason()).hasValue(1);
        }
    }

    @Test
    void givesUpWhenTheBoundHasPassedSayingHowLongItTried() {
        AtomicInteger calls = new AtomicInteger();

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> retry.call("deleting pod p", () -> {
            calls.incrementAndGet();
            throw new KubernetesClientException("Service Unavailable", 503, status(503, "ServiceUnavailable", null));
        }));

        assertThat(thrown).isInstanceOf(KubernetesClientException.class)
                .hasMessageStartingWith("deleting pod p failed " + calls.get() + " times in 60 s (retried for up to 60 s):")
                .hasMessageEndingWith("Service Unavailable");
        // 250 ms doubling to 8 s: 250+500+1000+2000+4000+8000 = 15.75 s, then 8 s waits until 60 s have passed
        assertThat(sleeps).startsWith(250L, 500L, 1000L, 2000L, 4000L, 8000L, 8000L);
        assertThat(sleeps.stream().mapToLong(Long::longValue).sum()).isEqualTo(60_000L);
        assertThat(calls).hasValue(sleeps.size() + 1);
        assertThat(recoveries).hasValue(0);
    }

    private static Status status(int code, String reason, Integer retryAfterSeconds) {
        return new StatusBuilder().withCode(code).withReason(reason).withStatus("Failure").withNewDetails()
                .withRetryAfterSeconds(retryAfterSeconds).endDetails().build();
    }
}
