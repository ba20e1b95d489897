package io.jenkins.plugins.argoworkflow.engine.schedule;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The files of a run's journal in its state directory, and how they are read back as one journal. Two files:
 * <ul>
 * <li>{@value Journal#FILE}, the segment being appended to: entries from the {@code from}-th of the run on (its
 *     first line says which, {@code {"segmentFrom":N,"uid":...}}; a journal without that line, as every journal
 *     before snapshots, starts at the run's first entry);</li>
 * <li>{@value #SNAPSHOT}, the compacted journal of the run's first {@code covers} entries
 *     ({@link JournalCompaction}): a header line ({@code {"snapshot":1,"workflowName":...,"uid":...,"covers":N,
 *     "dropped":K,"entries":E,"sha256":...}}), then its E entries; K replayed entries were left out of it, so
 *     the positions of the entries after it, which the segment holds as they were written, are K lower.</li>
 * </ul>
 * The snapshot covers at least everything before the segment: when it covers more (a crash between a snapshot
 * and the start of the next segment) the segment's first entries are the snapshot's and are skipped.
 */
final class JournalFiles {

    /** The file name of a run's journal snapshot in its state directory. */
    static final String SNAPSHOT = "journal-snapshot.jsonl";
    /** Where a snapshot, and a new segment, are written before they are renamed into place. */
    static final String TEMP_SUFFIX = ".tmp";
    static final int FORMAT = 1;

    private JournalFiles() {
    }

    /** The first line of a snapshot. */
    record SnapshotHeader(int snapshot, String workflowName, String uid, long covers, long dropped, long entries,
            String sha256) {
    }

    /** The first line of a segment that does not start at the run's first entry. */
    record SegmentHeader(long segmentFrom, String uid) {
    }

    /** A verified snapshot. */
    record Snapshot(SnapshotHeader header, List<JournalEntry> entries) {
    }

    /**
     * A segment as read: its first entry's index in the run, its entries, and how many of its bytes hold whole
     * entries (a torn last line is not counted).
     */
    record Segment(long from, String uid, List<JournalEntry> entries, long validBytes) {
    }

    /**
     * The journal of the state directory {@code dir}, as one list in the numbering of the snapshot; and how many
     * replayed entries its snapshot left out (what the positions of entries appended after it are lowered by).
     *
     * @param written the index in the run of the next entry to append
     * @param snapshot the snapshot used, or null (none, or a damaged one while the segment still starts at 0)
     */
    record Loaded(List<JournalEntry> entries, long dropped, Snapshot snapshot, Segment segment, long written) {
    }

    static Loaded load(Path dir) throws IOException {
        Path segmentFile = dir.resolve(Journal.FILE);
        Path snapshotFile = dir.resolve(SNAPSHOT);
        Segment segment = Files.exists(segmentFile) ? readSegment(segmentFile, Long.MAX_VALUE)
                : new Segment(0, null, List.of(), 0);
        Snapshot snapshot = null;
        if (Files.exists(snapshotFile)) {
            try {
                snapshot = readSnapshot(snapshotFile);
            } catch (IOException e) {
                if (segment.from() != 0) {
                    throw new IOException(e.getMessage() + "; the first " + segment.from() + " entries of the run's"
                            + " journal are only in it (" + segmentFile + " starts after them), so the run cannot be"
                            + " recovered: start the workflow again (argowf run, or a new build)", e);
                }
                System.getLogger(JournalFiles.class.getName()).log(System.Logger.Level.WARNING, e.getMessage()
                        + "; " + segmentFile + " still holds the whole journal, so the run is recovered from it"
                        + " (the next snapshot replaces the damaged one)");
            }
        } else if (segment.from() != 0) {
            throw new IOException(segmentFile + " starts at entry " + segment.from() + " of the run, and the"
                    + " snapshot of the entries before it (" + snapshotFile + ") is missing: the run cannot be"
                    + " recovered; start the workflow again (argowf run, or a new build)");
        }
        long written = segment.from() + segment.entries().size();
        if (snapshot == null) {
            return new Loaded(segment.entries(), 0, null, segment, written);
        }
        SnapshotHeader header = snapshot.header();
        if (segment.from() > header.covers()) {
            throw new IOException(segmentFile + " starts at entry " + segment.from() + " but " + snapshotFile
                    + " covers only the first " + header.covers() + ": entries are missing between them, so the"
                    + " run cannot be recovered; start the workflow again (argowf run, or a new build)");
        }
        if (segment.uid() != null && !segment.uid().equals(header.uid())) {
            throw new IOException(segmentFile + " belongs to run " + segment.uid() + " and " + snapshotFile
                    + " to run " + header.uid() + "; remove the state directory's journal files of the other run");
        }
        List<JournalEntry> all = new ArrayList<>(snapshot.entries());
        all.addAll(after(segment, header.covers(), header.dropped()));
        return new Loaded(all, header.dropped(), snapshot, segment, Math.max(written, header.covers()));
    }

    /** The entries of {@code segment} from the run's {@code index}-th on, positions lowered by {@code dropped}. */
    static List<JournalEntry> after(Segment segment, long index, long dropped) {
        List<JournalEntry> out = new ArrayList<>();
        long i = segment.from();
        for (JournalEntry e : segment.entries()) {
            if (i++ >= index) {
                out.add(e.kind().replayed() && dropped != 0 ? e.at(e.position() - dropped, e.time()) : e);
            }
        }
        return out;
    }

    private static final byte[] SEGMENT_PREFIX = "{\"segmentFrom\"".getBytes(StandardCharsets.UTF_8);

    private static boolean startsWith(byte[] bytes, int start, int end, byte[] prefix) {
        if (end - start < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The segment {@code file}, read no further than {@code limit} bytes; a torn last line is left out. */
    static Segment readSegment(Path file, long limit) throws IOException {
        byte[] bytes;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = Math.min(limit, in.size());
            if (size > Integer.MAX_VALUE - 8) {
                throw new IOException(file + " is larger than 2 GiB; it cannot be read into memory");
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // read on
            }
            bytes = buffer.array();
        }
        List<JournalEntry> entries = new ArrayList<>();
        long from = 0;
        String uid = null;
        int start = 0;
        int line = 0;
        long valid = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end == bytes.length) {
                break; // a line without its newline was being written when the writer was killed
            }
            line++;
            try {
                if (line == 1 && startsWith(bytes, start, end, SEGMENT_PREFIX)) {
                    SegmentHeader header = Journal.Json.MAPPER.readValue(bytes, start, end - start,
                            SegmentHeader.class);
                    from = header.segmentFrom();
                    uid = header.uid();
                } else if (!blank(bytes, start, end)) {
                    entries.add(Journal.Json.MAPPER.readValue(bytes, start, end - start, JournalEntry.class));
                }
            } catch (IOException e) {
                if (end == bytes.length - 1) {
                    break; // the last line was being written when the run was killed
                }
                throw new IOException(file + ":" + line + ": not a journal entry: " + e.getMessage(), e);
            }
            valid = end + 1;
            start = end + 1;
        }
        return new Segment(from, uid, entries, valid);
    }

    /** The snapshot {@code file}, verified: an IOException names the file and what is wrong with it. */
    static Snapshot readSnapshot(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int firstEnd = 0;
        while (firstEnd < bytes.length && bytes[firstEnd] != '\n') {
            firstEnd++;
        }
        SnapshotHeader header;
        try {
            header = Journal.Json.MAPPER.readValue(new String(bytes, 0, firstEnd, StandardCharsets.UTF_8),
                    SnapshotHeader.class);
        } catch (IOException e) {
            throw new IOException(file + " is not a journal snapshot (its first line does not read as one: "
                    + e.getMessage() + ")", e);
        }
        if (header.snapshot() != FORMAT) {
            throw new IOException(file + " is a journal snapshot of format " + header.snapshot() + ", which this"
                    + " version does not read (it reads format " + FORMAT + ")");
        }
        int bodyStart = Math.min(firstEnd + 1, bytes.length);
        String digest = sha256(bytes, bodyStart, bytes.length - bodyStart);
        if (!digest.equals(header.sha256())) {
            throw new IOException(file + " is damaged: its checksum does not match its content (sha256 " + digest
                    + ", the header says " + header.sha256() + ")");
        }
        List<JournalEntry> entries = new ArrayList<>((int) Math.min(header.entries(), 1 << 20));
        int start = bodyStart;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            entries.add(Journal.Json.MAPPER.readValue(bytes, start, end - start, JournalEntry.class));
            start = end + 1;
        }
        if (entries.size() != header.entries()) {
            throw new IOException(file + " is damaged: it holds " + entries.size() + " entries, its header says "
                    + header.entries());
        }
        return new Snapshot(header, entries);
    }

    /** The bytes of a snapshot of {@code entries}, which stand for the run's first {@code covers} entries. */
    static byte[] snapshotBytes(List<JournalEntry> entries, long covers, long dropped) throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (JournalEntry e : entries) {
            body.write(Journal.Json.MAPPER.writeValueAsBytes(e));
            body.write('\n');
        }
        byte[] bodyBytes = body.toByteArray();
        JournalEntry begin = entries.isEmpty() ? null : entries.get(0);
        if (begin == null || begin.kind() != JournalEntry.Kind.BEGIN) {
            throw new IllegalStateException("a journal snapshot must start with the run's BEGIN entry");
        }
        SnapshotHeader header = new SnapshotHeader(FORMAT, begin.workflowName(), begin.uid(), covers, dropped,
                entries.size(), sha256(bodyBytes, 0, bodyBytes.length));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bodyBytes.length + 256);
        out.write(Journal.Json.MAPPER.writeValueAsBytes(header));
        out.write('\n');
        out.write(bodyBytes);
        return out.toByteArray();
    }

    static byte[] segmentHeader(long from, String uid) throws IOException {
        byte[] json = Journal.Json.MAPPER.writeValueAsBytes(new SegmentHeader(from, uid));
        byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
    }

    /**
     * Writes {@code bytes} to {@code file} so that a crash at any point leaves either the old file or the new
     * one: to a temporary file, forced to the disk, renamed over {@code file}, and the rename forced too.
     */
    static void replace(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + TEMP_SUFFIX);
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(file.getParent());
    }

    /** Makes a rename in {@code dir} durable (where the platform allows a directory to be opened). */
    static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory; there a rename is durable once it returns (NTFS journals it).
            System.getLogger(JournalFiles.class.getName()).log(System.Logger.Level.DEBUG,
                    "cannot force directory " + dir + ": " + e);
        }
    }

    /** Removes what a writer killed while writing a snapshot or a segment left behind. */
    static void removeTemporaries(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(SNAPSHOT + TEMP_SUFFIX));
        Files.deleteIfExists(dir.resolve(Journal.FILE + TEMP_SUFFIX));
    }

    private static String sha256(byte[] bytes, int offset, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, offset, length);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
