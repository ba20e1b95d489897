package io.jenkins.plugins.argoworkflow.kubernetes;

import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.load.LoadedFile;
import io.jenkins.plugins.argoworkflow.engine.load.WorkflowLoader;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import java.nio.file.Path;

/** Workflow fixtures of this module's tests, loaded as the CLI loads them. */
final class Fixtures {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    private Fixtures() {
    }

    record Loaded(Workflow workflow, TemplateStore store) {
    }

    static Loaded load(Path file) {
        LoadedFile loaded = new WorkflowLoader().load(file);
        if (loaded.hasErrors()) {
            throw new IllegalArgumentException(file + " has errors: " + loaded);
        }
        Workflow workflow = loaded.documents().stream().filter(Workflow.class::isInstance).map(Workflow.class::cast)
                .findFirst().orElseThrow();
        return new Loaded(workflow, new TemplateStore().addAll(loaded.documents()));
    }
}
