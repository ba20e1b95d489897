package io.jenkins.plugins.argoworkflow.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting a node's directory trees (state directories, unpacking scratch). */
final class FileTrees {

    private FileTrees() {
    }

    /** Deletes {@code dir} and everything below it (links are removed, not followed); nothing if it is absent. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> old = Files.walk(dir)) {
            for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
