package io.jenkins.plugins.argoworkflow.local;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The host's processes as {@code ps} shows them, and waiting on a condition with a deadline. */
final class Processes {

    private Processes() {
    }

    /**
     * Live {@code sleep SECONDS} processes. The executable is matched, not the command line, because the
     * shells and bwrap that started a sleep carry its text in their own arguments.
     */
    static List<ProcessHandle> sleeping(String seconds) {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").endsWith("/sleep")
                        && p.info().arguments().map(a -> List.of(a).equals(List.of(seconds))).orElse(false))
                .toList();
    }

    /** Polls {@code condition} until it holds; fails with {@code what} when {@code deadline} passes first. */
    static void awaitTrue(Duration deadline, String what, BooleanSupplier condition) {
        Instant end = Instant.now().plus(deadline);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within " + deadline + ": " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what, e);
            }
        }
    }
}
