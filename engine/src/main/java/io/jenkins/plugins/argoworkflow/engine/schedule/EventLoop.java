package io.jenkins.plugins.argoworkflow.engine.schedule;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread that changes a run's state. Runtimes report from their own threads; those reports are
 * posted here and handled one at a time, in order, so the run's state needs no locks.
 *
 * <p>Events come in two kinds. Internal events (a child fulfilled, the run beginning) follow from earlier
 * events alone. External events (a leaf's report, a resume, stop or terminate, a timer firing) come from
 * outside: each is written to the run's journal with its position, the number of events handled before it.
 * Given the same external events at the same positions the scheduler does the same work, so a run is
 * recovered by replaying its journal: {@link #replay} feeds the recorded events back at their positions,
 * and external events that arrive meanwhile wait until the replay has caught up.
 */
final class EventLoop implements AutoCloseable {

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final ExecutorService loop;
    private final ScheduledExecutorService timers;
    private final Consumer<Throwable> onFailure;
    private volatile Thread loopThread;
    /** Where external events are recorded, and what applies one (live or replayed). */
    private Journal journal = Journal.NONE;
    private Consumer<JournalEntry> dispatcher = e -> {
    };
    private java.time.Clock clock = java.time.Clock.systemUTC();
    /** State-changing events handled so far: the position of the next one. Loop thread only. */
    private long handled;
    /** Recorded events still to replay, in order. Loop thread only. */
    private final Deque<JournalEntry> replaying = new ArrayDeque<>();
    /** External events that arrived during a replay, handled after it. Loop thread only. */
    private final List<JournalEntry> deferred = new ArrayList<>();
    /** Timers armed so far (their number identifies a timer in the journal), and the events of those not run. */
    private long timersArmed;
    private final Map<Long, Runnable> armedTimers = new HashMap<>();
    private final java.util.Set<Long> timersFiredInJournal = new java.util.HashSet<>();
    private boolean replayingNow;
    /**
     * Whether the replay and the events that follow from its last entry are done (then the run's clock is the
     * real one). Before that, the time of the last replayed event (or the run's start) stands.
     */
    private volatile boolean replayOver = true;
    /** The time of the external event being handled: what the run's clock says while it is handled. */
    private volatile Instant eventTime;
    /** The time of the last replayed event: the run's clock while it replays. */
    private volatile Instant replayTime;

    EventLoop(String name, Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
        this.loop = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, queue, r -> {
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

    /** Records external events to {@code to} and applies each (live or replayed) with {@code apply}. */
    void journal(Journal to, Consumer<JournalEntry> apply, java.time.Clock runClock) {
        this.journal = to;
        this.dispatcher = apply;
        this.clock = runClock;
    }

    /**
     * Replays {@code entries} (a journal's external events, in order) as the run goes on; the first event
     * posted afterwards starts it. Call before posting anything.
     */
    void replay(List<JournalEntry> entries, Instant startedAt) {
        for (JournalEntry e : entries) {
            if (e.kind() == JournalEntry.Kind.TIMER) {
                timersFiredInJournal.add(e.timer());
            }
        }
        replaying.addAll(entries);
        replayTime = startedAt;
        replayOver = false;
    }

    /** Whether the event being handled is replayed from the journal (rather than happening now). */
    boolean replayingNow() {
        return replayingNow;
    }

    /** The time the run's events see while a replay goes on, else null. */
    Instant replayTime() {
        if (eventTime != null) {
            return eventTime;
        }
        return replayOver ? null : replayTime;
    }

    /** Runs the internal event {@code event} on the loop after those already posted. Ignored once closed. */
    void post(Runnable event) {
        submit(() -> {
            handled++;
            event.run();
            catchUp();
        });
    }

    /** Runs {@code event}, which changes nothing (a log line, a read of the state), on the loop. */
    void postQuiet(Runnable event) {
        submit(event);
    }

    /** Records and applies the external event {@code entry} on the loop (after any replay has caught up). */
    void external(JournalEntry entry) {
        submit(() -> {
            if (replaying.isEmpty()) {
                apply(entry);
                catchUp();
            } else {
                deferred.add(entry);
            }
        });
    }

    /**
     * Arms a timer: {@code event} runs on the loop after {@code delayMillis}, as an external event. A timer that
     * fired in the journal being replayed fires at its recorded position instead of on the clock; one armed
     * during a replay that had not fired waits only for what is left of its delay.
     */
    void postLater(Runnable event, long delayMillis) {
        long number = ++timersArmed;
        armedTimers.put(number, event);
        if (timersFiredInJournal.remove(number)) {
            return; // the replay fires it at its recorded position
        }
        Instant armedAt = replayTime();
        // A timer armed while replaying was armed that long ago in the run's life: only what is left of it waits.
        long left = armedAt == null ? delayMillis
                : Math.max(0, delayMillis - java.time.Duration.between(armedAt, Instant.now()).toMillis());
        timers.schedule(() -> external(JournalEntry.timer(number)), left, TimeUnit.MILLISECONDS);
    }

    /** The event a timer runs, once: null when it already ran. */
    Runnable timerEvent(long number) {
        return armedTimers.remove(number);
    }

    private void apply(JournalEntry entry) {
        JournalEntry at = entry.at(handled, clock.instant());
        journal.append(at);
        handled++;
        eventTime = at.time();
        try {
            dispatcher.accept(at);
        } finally {
            eventTime = null;
        }
    }

    /**
     * Applies recorded events whose position has come (or every next one once nothing else is queued: the
     * replay went another way than the journal, which a changed workflow file can cause); once none is
     * left, the live events that waited.
     */
    private void catchUp() {
        while (!replaying.isEmpty() && (replaying.peek().position() <= handled || queue.isEmpty())) {
            JournalEntry next = replaying.poll();
            replayTime = next.time();
            handled++;
            replayingNow = true;
            eventTime = next.time();
            try {
                dispatcher.accept(next);
            } finally {
                replayingNow = false;
                eventTime = null;
            }
        }
        if (replaying.isEmpty() && queue.isEmpty()) {
            replayOver = true;
        }
        if (replaying.isEmpty() && !deferred.isEmpty()) {
            List<JournalEntry> late = List.copyOf(deferred);
            deferred.clear();
            late.forEach(this::external);
        }
    }

    private void submit(Runnable task) {
        try {
            loop.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    // A bug in handling one event must end the run with an error, not kill the loop silently.
                    onFailure.accept(e);
                }
            });
        } catch (RejectedExecutionException e) {
            // the run has ended: late reports from a runtime have nothing left to change
        }
    }

    boolean inLoop() {
        return Thread.currentThread() == loopThread;
    }

    @Override
    public void close() {
        timers.shutdownNow();
        loop.shutdown();
        journal.close();
    }
}
