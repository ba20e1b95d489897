package io.jenkins.plugins.argoworkflow.engine.conformance;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Argo conformance corpus in {@code ../shared/argo-conformance}: its folder and the rows of EXPECTED.tsv,
 * for the tests that compare argowf with Argo (lint, the engine, the local runtime).
 */
public final class Corpus {

    /** One row of EXPECTED.tsv (see the corpus README for the meaning of each column). */
    public record Row(String path, String kinds, String lint, String local, String nodes, String source) {

        /** The {@code templates=a+b} note of the source column: files whose templates the row needs. */
        public List<String> templateFiles() {
            String files = note("templates=");
            return files == null ? List.of() : List.of(files.split("\\+"));
        }

        /**
         * Whether the row's outcome is random ({@code random=<p>} note): the corpus gives the likely phase and
         * {@code p}, the chance of the other one.
         */
        public boolean random() {
            return note("random=") != null;
        }

        private String note(String prefix) {
            for (String note : source.split(";")) {
                String n = note.strip();
                if (n.startsWith(prefix)) {
                    return n.substring(prefix.length());
                }
            }
            return null;
        }

        /** Whether the row names a phase to reach locally (rather than {@code skip:...}). */
        public boolean runnable() {
            return !local.startsWith("skip");
        }
    }

    private Corpus() {
    }

    /** {@code <argowf.root>/../shared/argo-conformance}, else the first such folder above the working directory. */
    public static Path folder() {
        String root = System.getProperty("argowf.root");
        if (root != null) {
            Path p = Path.of(root).resolve("../shared/argo-conformance").normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared/argo-conformance");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no shared/argo-conformance folder above " + Path.of("").toAbsolutePath()
                + " (set -Dargowf.root)");
    }

    public static List<Row> rows() {
        Path folder = folder();
        List<String> lines;
        try {
            lines = Files.readAllLines(folder.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Row(f[header.indexOf("path")], f[header.indexOf("kinds")], f[header.indexOf("lint")],
                    f[header.indexOf("local")], f[header.indexOf("nodes")], f[header.indexOf("source")]));
        }
        return rows;
    }

    /**
     * What contradicts the row's {@code nodes} column ({@code displayName=Phase}, several accepted phases
     * joined by {@code |}) in {@code status}; empty when every assertion holds.
     */
    public static List<String> nodeMismatches(Row row, WorkflowStatus status) {
        List<String> mismatches = new ArrayList<>();
        if (row.nodes().isEmpty()) {
            return mismatches;
        }
        for (String assertion : row.nodes().split(";")) {
            int eq = assertion.lastIndexOf('=');
            String displayName = assertion.substring(0, eq);
            List<String> accepted = List.of(assertion.substring(eq + 1).split("\\|"));
            List<String> seen = status == null ? List.of() : status.nodes().stream()
                    .filter(n -> n.displayName().equals(displayName))
                    .map(n -> n.phase().argoName()).toList();
            if (seen.stream().noneMatch(accepted::contains)) {
                mismatches.add("node " + displayName + " expected " + String.join("|", accepted) + ", got "
                        + (seen.isEmpty() ? "no such node" : String.join(",", seen)));
            }
        }
        return mismatches;
    }

    /** The templates a row needs ({@code templates=}) plus {@code extra}'s own, in one store. */
    public static TemplateStore templates(Row row, WorkflowLoader loader) {
        TemplateStore store = new TemplateStore();
        for (String extra : row.templateFiles()) {
            store.addAll(loader.load(folder().resolve(extra)).documents());
        }
        return store;
    }
}
