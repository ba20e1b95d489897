package io.jenkins.plugins.argoworkflow.cli.bench;

import io.jenkins.plugins.argoworkflow.engine.lint.Linter;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Where the time of one {@code argowf lint FILE} goes: JVM start, loading (YAML and model), linting. Run with
 * the CLI jar on the class path, as bench/lint-bench.sh does:
 * {@code java -cp cli/target/argowf.jar LintPhases.java FILE}. Single-source launch compiles this file
 * first, so the start-up figure here is larger than the CLI's own; the load and lint figures are comparable.
 */
public final class LintPhases {

    private LintPhases() {
    }

    public static void main(String[] args) {
        long atMain = ManagementFactory.getRuntimeMXBean().getUptime();
        Path file = Path.of(args[0]);
        long t0 = System.nanoTime();
        LoadedFile loaded = new WorkflowLoader().load(file);
        long t1 = System.nanoTime();
        new Linter(new TemplateStore().addAll(loaded.documents())).lint(loaded);
        long t2 = System.nanoTime();
        System.out.printf("%-22s to main %d ms (incl. compiling this file), load %d ms, lint %d ms%n",
                file.getFileName(), atMain, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }
}
