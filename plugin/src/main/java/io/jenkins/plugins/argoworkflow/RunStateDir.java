package io.jenkins.plugins.argoworkflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.argoworkflow.engine.schedule.Journal;
import io.jenkins.plugins.argoworkflow.engine.schedule.JournalEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workflow's state in its build's directory, laid out as {@code argowf run --state-dir DIR} lays out DIR, so that
 * {@code argowf dashboard DIR} and the build's Argo page read it alike: {@value Journal#FILE} and
 * {@value Journal#SNAPSHOT_FILE} (the engine's journal, which a restarted Jenkins replays), {@value #RECORD} (how the CLI would run it again), {@code _run/} (status and
 * node logs, written by the ui module's StateRecorder), plus {@value #WORKFLOW}, the text the step was given, which
 * recovery reads rather than the workspace (gone, or changed, after a restart).
 *
 * <p>The first {@code argoWorkflow} call of a build uses {@code <build>/argo}; a later call in the same build uses
 * {@code argo-2}, {@code argo-3}...
 */
final class RunStateDir {

    static final String FIRST = "argo";
    static final String WORKFLOW = "workflow.yaml";
    static final String RECORD = "argowf-run.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    RunStateDir(Path dir) {
        this.dir = dir;
    }

    /** The name of the state directory a new call in the build directory {@code buildDir} takes. */
    static String nextName(Path buildDir) {
        if (!Files.exists(buildDir.resolve(FIRST))) {
            return FIRST;
        }
        int n = 2;
        while (Files.exists(buildDir.resolve(FIRST + "-" + n))) {
            n++;
        }
        return FIRST + "-" + n;
    }

    Path path() {
        return dir;
    }

    /**
     * Creates the directory and records the run before it starts: the workflow's text, and the {@code argowf run}
     * command line that runs it on the same namespace with the same parameters (RunRecord's fields, so that
     * {@code argowf recover DIR} can finish it from a machine with a kubeconfig).
     */
    void begin(String text, Map<String, String> parameters, String namespace, boolean allowResourceTemplates)
            throws IOException {
        Files.createDirectories(dir);
        Path workflow = dir.resolve(WORKFLOW).toAbsolutePath();
        Files.writeString(workflow, text, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>();
        args.add(workflow.toString());
        parameters.forEach((k, v) -> {
            args.add("--parameter");
            args.add(k + "=" + v);
        });
        args.add("--runtime");
        args.add("kubernetes");
        if (namespace != null) {
            args.add("--namespace");
            args.add(namespace);
        }
        if (allowResourceTemplates) {
            args.add("--allow-resource-templates");
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("args", args);
        record.put("workflowFile", workflow.toString());
        record.put("workflowSha256", sha256(text));
        Files.writeString(dir.resolve(RECORD), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(record));
    }

    /** The workflow text the run began with. */
    String workflowText() throws IOException {
        Path file = dir.resolve(WORKFLOW);
        if (!Files.isReadable(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    "the workflow's state is missing from the build directory; run the build again");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** What the run journaled so far; empty when it had not begun. */
    List<JournalEntry> journal() throws IOException {
        return Journal.readStateDir(dir);
    }

    /** The journal, appended to. */
    Journal openJournal() {
        return Journal.inStateDir(dir);
    }

    /** Forgets a journal that never began a run, so that the run starts afresh. */
    void discardJournal() throws IOException {
        Journal.discardStateDir(dir);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
