package io.jenkins.plugins.argoworkflow.engine.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a run's journal: an external event (what a runtime reported about a leaf, a resume, stop or
 * terminate, a timer firing), or the run's identity ({@link Kind#BEGIN}) and its leaves' launches, which
 * recovery needs to name the run and to adopt the leaves that were running.
 *
 * @param position how many events the run had handled before this one (where a replay applies it)
 * @param time when it was handled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(Kind kind, long position, Instant time, String node, NodePhase phase, String message,
        String ip, String container, NodeIo outputs, Long timer, String workflowName, String uid) {

    /** What happened. */
    public enum Kind {
        /** The run began: its name, uid and creation time (the first line). */
        BEGIN,
        /** A leaf was handed to the runtime (not an event: recovery adopts launched leaves that never ended). */
        LAUNCHED,
        /** A leaf still Pending, and why (an image being pulled, no node to run on). */
        PENDING,
        RUNNING,
        READY,
        CONTAINER,
        FINISHED,
        RESUME,
        STOP,
        TERMINATE,
        TIMER;

        /** Whether the event changes the run's state (and is replayed); BEGIN and LAUNCHED only inform. */
        public boolean replayed() {
            return this != BEGIN && this != LAUNCHED;
        }
    }

    public JournalEntry {
        Objects.requireNonNull(kind, "kind");
    }

    static JournalEntry begin(String workflowName, String uid, Instant created) {
        return new JournalEntry(Kind.BEGIN, 0, created, null, null, null, null, null, null, null, workflowName, uid);
    }

    static JournalEntry launched(String node) {
        return of(Kind.LAUNCHED, node);
    }

    static JournalEntry of(Kind kind, String node) {
        return new JournalEntry(kind, 0, null, node, null, null, null, null, null, null, null, null);
    }

    static JournalEntry reported(Kind kind, String node, String ip) {
        return new JournalEntry(kind, 0, null, node, null, null, ip, null, null, null, null, null);
    }

    static JournalEntry pending(String node, String reason) {
        return new JournalEntry(Kind.PENDING, 0, null, node, null, reason, null, null, null, null, null, null);
    }

    static JournalEntry container(String node, String container, NodePhase phase, String message) {
        return new JournalEntry(Kind.CONTAINER, 0, null, node, phase, message, null, container, null, null, null, null);
    }

    static JournalEntry finished(String node, NodePhase phase, String message, NodeIo outputs) {
        return new JournalEntry(Kind.FINISHED, 0, null, node, phase, message, null, null, outputs, null, null, null);
    }

    static JournalEntry timer(long number) {
        return new JournalEntry(Kind.TIMER, 0, null, null, null, null, null, null, null, number, null, null);
    }

    /** This event at {@code position}, handled at {@code when}. */
    JournalEntry at(long newPosition, Instant when) {
        return new JournalEntry(kind, newPosition, when, node, phase, message, ip, container, outputs, timer,
                workflowName, uid);
    }
}
