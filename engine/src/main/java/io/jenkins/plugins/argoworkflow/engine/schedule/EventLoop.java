package io.jenkins.plugins.argoworkflow.engine.schedule;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread that changes a run's state. Runtimes report from their own threads; those reports are
 * posted here and handled one at a time, in order, so the run's state needs no locks.
 */
final class EventLoop implements AutoCloseable {

    private final ExecutorService loop;
    private final ScheduledExecutorService timers;
    private final Consumer<Throwable> onFailure;
    private volatile Thread loopThread;

    EventLoop(String name, Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
        this.loop = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            loopThread = t;
            return t;
        });
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name + "-timers");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code event} on the loop after the events already posted. Ignored once the loop is closed. */
    void post(Runnable event) {
        try {
            loop.execute(() -> {
                try {
                    event.run();
                } catch (RuntimeException | Error e) {
                    // A bug in handling one event must end the run with an error, not kill the loop silently.
                    onFailure.accept(e);
                }
            });
        } catch (RejectedExecutionException e) {
            // the run has ended: late reports from a runtime have nothing left to change
        }
    }

    /** Posts {@code event} after {@code delayMillis}. */
    ScheduledFuture<?> postLater(Runnable event, long delayMillis) {
        return timers.schedule(() -> post(event), delayMillis, TimeUnit.MILLISECONDS);
    }

    boolean inLoop() {
        return Thread.currentThread() == loopThread;
    }

    @Override
    public void close() {
        timers.shutdownNow();
        loop.shutdown();
    }
}
