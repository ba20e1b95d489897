package io.jenkins.plugins.argoworkflow.engine.schedule;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A parallelism limit: at most {@code limit} starts are active; later ones wait, in order, until an
 * active one is released. No limit (null or not positive) starts everything at once.
 */
final class Slots {

    private final long limit;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private long active;

    Slots(Long limit) {
        this.limit = limit == null || limit <= 0 ? Long.MAX_VALUE : limit;
    }

    void submit(Runnable start) {
        if (active < limit) {
            active++;
            start.run();
        } else {
            waiting.add(start);
        }
    }

    /** One active start ended: the oldest waiting one, if any, starts now. */
    void release() {
        Runnable next = waiting.poll();
        if (next != null) {
            next.run();
        } else {
            active--;
        }
    }
}
