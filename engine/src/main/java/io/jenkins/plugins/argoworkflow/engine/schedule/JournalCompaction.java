package io.jenkins.plugins.argoworkflow.engine.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shortest journal that a replay cannot tell from the one given: entries that change nothing when replayed
 * are left out, and the positions of the entries after each are lowered by one, so the scheduler meets every
 * kept event after exactly the internal events it met it after before. What is left out, and why it changes
 * nothing ({@link Leaves#apply}, {@link Recovery}):
 * <ul>
 * <li>a leaf's {@code LAUNCHED} once its {@code FINISHED} follows: recovery takes an ended leaf as ended, whatever
 *     else the journal says (a leaf launched twice keeps both lines, so a double launch stays visible);</li>
 * <li>a report about a leaf after its {@code FINISHED} other than another {@code FINISHED}: the leaf has left the
 *     running leaves, and such a report is ignored (a second {@code FINISHED} is kept as the evidence of a
 *     runtime reporting twice);</li>
 * <li>a {@code PENDING} reason followed by another {@code PENDING} or a {@code RUNNING} of the same leaf: a pending
 *     reason only sets the message of a leaf that stays Pending (its watchers run on phase changes only), the
 *     next reason replaces it and {@code RUNNING} clears it, and nothing reads a message before the leaf ends.</li>
 * </ul>
 * A leaf's {@code RUNNING} is kept even when it ended: it moves the leaf to Running, which lifecycle hooks watch
 * and which decides the message the end leaves (a pending reason is kept by a failure without a message).
 * Everything else (timers, resume, stop, terminate, container and readiness reports) is kept as it is.
 */
final class JournalCompaction {

    private JournalCompaction() {
    }

    /**
     * @param entries the journal's entries in order, in one numbering of positions
     * @param dropped how many replayed entries were left out (the positions of later entries are that much lower)
     */
    record Compacted(List<JournalEntry> entries, long dropped) {
    }

    static Compacted compact(List<JournalEntry> entries) {
        boolean[] drop = new boolean[entries.size()];
        markEndedLeaves(entries, drop);
        markSupersededPendingReasons(entries, drop);
        List<JournalEntry> kept = new ArrayList<>(entries.size());
        long dropped = 0;
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry e = entries.get(i);
            if (drop[i]) {
                if (e.kind().replayed()) {
                    dropped++;
                }
            } else {
                kept.add(e.kind().replayed() && dropped > 0 ? e.at(e.position() - dropped, e.time()) : e);
            }
        }
        return new Compacted(kept, dropped);
    }

    /** Launches of leaves that end later in the journal, and reports about leaves that had ended. */
    private static void markEndedLeaves(List<JournalEntry> entries, boolean[] drop) {
        Map<String, Integer> launches = new HashMap<>();
        Set<String> endsLater = new HashSet<>();
        for (JournalEntry e : entries) {
            if (e.kind() == JournalEntry.Kind.LAUNCHED) {
                launches.merge(e.node(), 1, Integer::sum);
            }
        }
        Set<String> ended = new HashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            JournalEntry e = entries.get(i);
            if (e.kind() == JournalEntry.Kind.FINISHED) {
                endsLater.add(e.node());
            } else if (e.kind() == JournalEntry.Kind.LAUNCHED && endsLater.contains(e.node())
                    && launches.get(e.node()) == 1) {
                drop[i] = true;
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry e = entries.get(i);
            if (isLeafReport(e.kind()) && e.kind() != JournalEntry.Kind.FINISHED && ended.contains(e.node())) {
                drop[i] = true;
            } else if (e.kind() == JournalEntry.Kind.FINISHED) {
                ended.add(e.node());
            }
        }
    }

    /** Pending reasons that a later kept pending reason or {@code RUNNING} of the same leaf supersedes. */
    private static void markSupersededPendingReasons(List<JournalEntry> entries, boolean[] drop) {
        Set<String> supersededLater = new HashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            JournalEntry e = entries.get(i);
            if (drop[i]) {
                continue;
            }
            if (e.kind() == JournalEntry.Kind.PENDING && supersededLater.contains(e.node())) {
                drop[i] = true;
            } else if (e.kind() == JournalEntry.Kind.PENDING || e.kind() == JournalEntry.Kind.RUNNING) {
                supersededLater.add(e.node());
            }
        }
    }

    private static boolean isLeafReport(JournalEntry.Kind kind) {
        return switch (kind) {
            case PENDING, RUNNING, READY, CONTAINER, FINISHED -> true;
            default -> false;
        };
    }
}
