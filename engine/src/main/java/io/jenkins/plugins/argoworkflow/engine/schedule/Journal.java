package io.jenkins.plugins.argoworkflow.engine.schedule;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Instant;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run records its external events, one JSON line each, appended and flushed as they happen (O(1)
 * per event). A process killed at any point leaves every line it wrote to the operating system; a torn
 * last line is ignored on reading. (No fsync per line: a crash of the machine itself may lose the last
 * events, which then happen again on recovery, as a pod's status would be read again.)
 */
public interface Journal extends AutoCloseable {

    Journal NONE = new Journal() {
        @Override
        public void append(JournalEntry entry) {
        }

        @Override
        public void close() {
        }
    };

    /** The file name of a run's journal in its state directory (the segment being appended to). */
    String FILE = "journal.jsonl";

    /** The file name of the snapshot of a run's journal in its state directory. */
    String SNAPSHOT_FILE = JournalFiles.SNAPSHOT;

    /**
     * Entries a journal segment holds before a snapshot is taken (at least; past that, as many as the snapshot
     * holds): about 1.2 MB, a few thousand leaves, which a recovery reads and replays in tens of milliseconds,
     * so that runs of that size never pay for a snapshot.
     */
    long DEFAULT_SNAPSHOT_EVERY = 10_000;

    void append(JournalEntry entry);

    @Override
    void close();

    /** A journal appended to {@code file} (created when missing). */
    static Journal appendingTo(Path file) {
        try {
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            return new Journal() {
                @Override
                public synchronized void append(JournalEntry entry) {
                    try {
                        out.write(Json.MAPPER.writeValueAsString(entry));
                        out.write('\n');
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the run's journal " + file, e);
                    }
                }

                @Override
                public synchronized void close() {
                    try {
                        out.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot close the run's journal " + file, e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the run's journal " + file, e);
        }
    }

    /**
     * The journal of the run whose state directory is {@code dir}, appended to and compacted into a snapshot
     * now and then ({@link #DEFAULT_SNAPSHOT_EVERY}); what it holds already is carried on (a recovered run).
     * Leftovers of a snapshot being written when the writer was killed are removed, and so is a torn last line.
     */
    static Journal inStateDir(Path dir) {
        return inStateDir(dir, DEFAULT_SNAPSHOT_EVERY);
    }

    /** As {@link #inStateDir(Path)}, a snapshot once the segment holds {@code snapshotEvery} entries (at least). */
    static Journal inStateDir(Path dir, long snapshotEvery) {
        return StateDirJournal.open(dir, snapshotEvery);
    }

    /**
     * The journal of the run whose state directory is {@code dir}, as {@link WorkflowRun#recover} takes it: the
     * snapshot's entries, then the segment's after them (empty when there is neither). A damaged snapshot is
     * an IOException that names it and says what to do, unless the segment still holds the whole journal, which
     * is then read instead. Journals written before snapshots existed (one file) read as they always did.
     */
    static List<JournalEntry> readStateDir(Path dir) throws IOException {
        return JournalFiles.load(dir).entries();
    }

    /** Removes the journal files of {@code dir} (a run that never began starts afresh). */
    static void discardStateDir(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(FILE));
        Files.deleteIfExists(dir.resolve(SNAPSHOT_FILE));
        JournalFiles.removeTemporaries(dir);
    }

    /**
     * The entries of the journal {@code file}, in order; a torn last line (the writer was killed) is left out.
     * This reads one file as it is: a state directory's journal with a snapshot is read by {@link #readStateDir}.
     */
    static List<JournalEntry> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<JournalEntry> entries = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || i == 0 && line.startsWith("{\"segmentFrom\"")) {
                continue;
            }
            try {
                entries.add(Json.MAPPER.readValue(line, JournalEntry.class));
            } catch (IOException e) {
                if (i == lines.size() - 1) {
                    break; // the last line was being written when the run was killed
                }
                throw new IOException(file + ":" + (i + 1) + ": not a journal entry: " + e.getMessage(), e);
            }
        }
        return entries;
    }

    /** The journal's JSON form; instants as ISO-8601 text (no extra Jackson module inside Jenkins). */
    final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new SimpleModule()
                        .addSerializer(Instant.class, new JsonSerializer<>() {
                            @Override
                            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
                                    throws IOException {
                                gen.writeString(value.toString());
                            }
                        })
                        .addDeserializer(Instant.class, new JsonDeserializer<>() {
                            @Override
                            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                                return Instant.parse(p.getValueAsString());
                            }
                        }))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        private Json() {
        }
    }
}
