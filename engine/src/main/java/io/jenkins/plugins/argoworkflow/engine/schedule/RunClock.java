package io.jenkins.plugins.argoworkflow.engine.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A run's clock: while the run replays its journal, the time of the event being replayed, so that nodes
 * keep the times they had; afterwards the given clock.
 */
final class RunClock extends Clock {

    private final Clock base;
    private final EventLoop loop;

    RunClock(Clock base, EventLoop loop) {
        this.base = base;
        this.loop = loop;
    }

    @Override
    public Instant instant() {
        Instant replayed = loop.replayTime();
        return replayed != null ? replayed : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new RunClock(base.withZone(zone), loop);
    }
}
