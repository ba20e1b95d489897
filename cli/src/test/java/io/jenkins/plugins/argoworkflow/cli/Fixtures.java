package io.jenkins.plugins.argoworkflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test fixtures and the checkout are, as paths relative to the module, the way a user types them. */
final class Fixtures {

    /** Surefire runs in the module directory, so this path is relative, as a user's would be. */
    static final String LINT = "src/test/resources/lint";

    private Fixtures() {
    }

    static String lint(String name) {
        return LINT + "/" + name;
    }

    /** The checkout root: surefire passes it; an IDE run starts in the module directory. */
    static Path root() {
        String root = System.getProperty("argowf.root");
        if (root != null && Files.isDirectory(Path.of(root, "bin"))) {
            return Path.of(root);
        }
        return Path.of("").toAbsolutePath().getParent();
    }
}
