package io.jenkins.plugins.argoworkflow.engine.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A run's journal in its state directory, compacted now and then into a snapshot ({@link JournalFiles}).
 * Appending writes one line to the segment, as {@link Journal#appendingTo} does. Once the segment holds at
 * least {@code snapshotEvery} entries and at least as many as the snapshot, a background thread compacts the
 * snapshot and the segment's entries so far into a new snapshot (written aside, forced, renamed into place),
 * then starts a new segment holding what was appended meanwhile (written aside, forced, renamed). The segment
 * grows to the snapshot's size before the next one, so the bytes rewritten are at most twice those appended:
 * O(1) per entry, amortized; the run's loop waits only for the few entries copied to the new segment.
 *
 * <p>Entries are written with the positions the run's loop gives them plus the entries the snapshot it was
 * recovered from left out ({@link JournalFiles.Loaded#dropped}), so the segment keeps one numbering across
 * recoveries.
 */
final class StateDirJournal implements Journal {

    private static final System.Logger LOG = System.getLogger(StateDirJournal.class.getName());

    private final Path dir;
    private final Path segmentFile;
    private final long snapshotEvery;
    /** Added to the position of each replayed entry written (the numbering of the segment). */
    private final long positionShift;
    private FileChannel out;
    /** The run's index of the next entry, of the segment's first, and the segment's length in bytes. */
    private long written;
    private long segmentFrom;
    private long segmentBytes;
    /** The snapshot in place: how many entries of the run it covers, how many it holds, how many it left out. */
    private long snapshotCovers;
    private long snapshotEntries;
    private long snapshotDropped;
    /** Whether the snapshot file in place is the one described (not a damaged one being replaced). */
    private boolean snapshotInPlace;
    private boolean snapshotting;
    /** After a snapshot failed, the run's index of the entry at which the next is tried. */
    private long nextTry;
    private long snapshotsTaken;
    private boolean closed;
    private ExecutorService snapshots;

    private StateDirJournal(Path dir, long snapshotEvery) throws IOException {
        this.dir = dir;
        this.segmentFile = dir.resolve(Journal.FILE);
        this.snapshotEvery = snapshotEvery;
        JournalFiles.removeTemporaries(dir);
        JournalFiles.Loaded loaded = JournalFiles.load(dir);
        this.positionShift = loaded.dropped();
        this.written = loaded.written();
        this.segmentFrom = loaded.segment().from();
        if (loaded.snapshot() != null) {
            snapshotInPlace = true;
            snapshotCovers = loaded.snapshot().header().covers();
            snapshotEntries = loaded.snapshot().header().entries();
            snapshotDropped = loaded.dropped();
        }
        out = FileChannel.open(segmentFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        // A line torn by a kill is cut off, so that what is appended starts a line of its own.
        out.truncate(loaded.segment().validBytes());
        out.position(loaded.segment().validBytes());
        segmentBytes = loaded.segment().validBytes();
        if (written < snapshotCovers) {
            // The segment lost entries that the snapshot has (the machine crashed): go on after the snapshot.
            startSegment(snapshotCovers, segmentBytes, loaded.snapshot().header().uid());
            written = snapshotCovers;
        }
    }

    static StateDirJournal open(Path dir, long snapshotEvery) {
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("snapshotEvery must be at least 1, not " + snapshotEvery);
        }
        try {
            Files.createDirectories(dir);
            return new StateDirJournal(dir, snapshotEvery);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the run's journal in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void append(JournalEntry entry) {
        if (closed) {
            throw new IllegalStateException("the run's journal in " + dir + " is closed");
        }
        JournalEntry shifted = entry.kind().replayed() && positionShift != 0
                ? entry.at(entry.position() + positionShift, entry.time()) : entry;
        try {
            byte[] json = Journal.Json.MAPPER.writeValueAsBytes(shifted);
            ByteBuffer line = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
            // One write per line: a kill leaves whole lines, or a last one cut short.
            while (line.hasRemaining()) {
                segmentBytes += out.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run's journal " + segmentFile, e);
        }
        written++;
        if (!snapshotting && written >= nextTry && written - segmentFrom >= Math.max(snapshotEvery, snapshotEntries)) {
            snapshotting = true;
            long covers = written;
            long coverBytes = segmentBytes;
            if (snapshots == null) {
                snapshots = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "argowf-journal-snapshot " + dir.getFileName());
                    t.setDaemon(true);
                    return t;
                });
            }
            snapshots.execute(() -> snapshotInBackground(covers, coverBytes));
        }
    }

    private void snapshotInBackground(long covers, long coverBytes) {
        try {
            snapshot(covers, coverBytes);
        } catch (IOException | RuntimeException e) {
            // The journal stays whole without the snapshot; the next one is tried after as many entries again.
            LOG.log(System.Logger.Level.WARNING, "cannot write the journal snapshot in " + dir + ": " + e, e);
            synchronized (this) {
                snapshotting = false;
                nextTry = written + snapshotEvery;
            }
        }
    }

    /** Takes a snapshot of everything appended so far, now, on the calling thread (tests). */
    void snapshotNow() throws IOException {
        long covers;
        long coverBytes;
        synchronized (this) {
            if (snapshotting) {
                throw new IllegalStateException("a snapshot is being taken");
            }
            snapshotting = true;
            covers = written;
            coverBytes = segmentBytes;
        }
        try {
            snapshot(covers, coverBytes);
        } finally {
            synchronized (this) {
                snapshotting = false;
            }
        }
    }

    /** How many snapshots this journal has put in place. */
    synchronized long snapshotsTaken() {
        return snapshotsTaken;
    }

    /** Compacts the snapshot and the segment's first {@code coverBytes} bytes (the run's first {@code covers}). */
    private void snapshot(long covers, long coverBytes) throws IOException {
        long previousCovers;
        long previousDropped;
        boolean previousInPlace;
        synchronized (this) {
            previousCovers = snapshotCovers;
            previousDropped = snapshotDropped;
            previousInPlace = snapshotInPlace;
        }
        List<JournalEntry> all = new ArrayList<>();
        if (previousInPlace) {
            all.addAll(JournalFiles.readSnapshot(dir.resolve(JournalFiles.SNAPSHOT)).entries());
        }
        JournalFiles.Segment segment = JournalFiles.readSegment(segmentFile, coverBytes);
        all.addAll(JournalFiles.after(segment, previousCovers, previousDropped));
        JournalCompaction.Compacted compacted = JournalCompaction.compact(all);
        long dropped = previousDropped + compacted.dropped();
        JournalFiles.replace(dir.resolve(JournalFiles.SNAPSHOT),
                JournalFiles.snapshotBytes(compacted.entries(), covers, dropped));
        synchronized (this) {
            snapshotCovers = covers;
            snapshotEntries = compacted.entries().size();
            snapshotDropped = dropped;
            snapshotInPlace = true;
            snapshotsTaken++;
        }
        try {
            startSegment(covers, coverBytes, compacted.entries().get(0).uid());
        } finally {
            synchronized (this) {
                snapshotting = false;
            }
        }
    }

    /**
     * Starts a new segment at the run's entry {@code from}, holding what was appended after the segment's first
     * {@code fromBytes} bytes. What was appended so far is copied and forced to the disk without the lock; the
     * run's loop waits only while the few entries appended meanwhile are copied and the new segment renamed into
     * place. (The rename need not be forced: until it is durable, the old segment with the snapshot reads the
     * same.)
     */
    private void startSegment(long from, long fromBytes, String uid) throws IOException {
        Path temp = dir.resolve(Journal.FILE + JournalFiles.TEMP_SUFFIX);
        long copiedTo;
        synchronized (this) {
            copiedTo = segmentBytes;
        }
        try (FileChannel next = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                FileChannel old = FileChannel.open(segmentFile, StandardOpenOption.READ)) {
            ByteBuffer h = ByteBuffer.wrap(JournalFiles.segmentHeader(from, uid));
            while (h.hasRemaining()) {
                next.write(h);
            }
            copy(old, fromBytes, copiedTo, next);
            next.force(true);
            synchronized (this) {
                if (closed) {
                    Files.delete(temp);
                    return; // the old segment stays, which the snapshot reads the same
                }
                copy(old, copiedTo, segmentBytes, next);
                out.close();
                try {
                    Files.move(temp, segmentFile, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                    segmentFrom = from;
                } finally {
                    // the new segment, or the old one if the rename failed: appending goes on either way
                    out = FileChannel.open(segmentFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    segmentBytes = out.size();
                    out.position(segmentBytes);
                }
            }
        }
    }

    private static void copy(FileChannel from, long start, long end, FileChannel to) throws IOException {
        long done = start;
        while (done < end) {
            done += from.transferTo(done, end - done, to);
        }
    }

    @Override
    public void close() {
        ExecutorService running;
        synchronized (this) {
            if (closed) {
                return;
            }
            running = snapshots;
        }
        if (running != null) {
            // A snapshot being written is finished (a second or so for a million entries), not left half done.
            running.shutdown();
            try {
                running.awaitTermination(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the run's journal " + segmentFile, e);
            }
        }
    }
}
