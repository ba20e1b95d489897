package io.jenkins.plugins.argoworkflow.engine.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a recovered run's journal says about each leaf: it ended (its reports are replayed, the runtime is
 * not asked again), it was launched and never ended (the runtime adopts it), or nothing (it runs as new).
 * A fresh run has an empty recovery, which records launches to the journal as they happen.
 */
final class Recovery {

    enum Leaf { NEW, LAUNCHED, ENDED }

    private final Set<String> launched = new HashSet<>();
    private final Set<String> ended = new HashSet<>();
    private final Journal journal;

    Recovery(Journal journal, List<JournalEntry> entries) {
        this.journal = journal;
        for (JournalEntry e : entries) {
            if (e.kind() == JournalEntry.Kind.LAUNCHED) {
                launched.add(e.node());
            } else if (e.kind() == JournalEntry.Kind.FINISHED) {
                ended.add(e.node());
            }
        }
    }

    Leaf of(String nodeId) {
        if (ended.contains(nodeId)) {
            return Leaf.ENDED;
        }
        return launched.contains(nodeId) ? Leaf.LAUNCHED : Leaf.NEW;
    }

    /** Records that a leaf was handed to the runtime (a node ID is launched at most once per run). */
    void launched(String nodeId) {
        if (launched.add(nodeId)) {
            journal.append(JournalEntry.launched(nodeId));
        }
    }
}
