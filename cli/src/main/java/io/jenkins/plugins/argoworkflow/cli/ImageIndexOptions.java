package io.jenkins.plugins.argoworkflow.cli;

import io.jenkins.plugins.argoworkflow.engine.image.ImageEntrypoint;
import io.jenkins.plugins.argoworkflow.engine.image.ImageIndexFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The image index a command line adds to the built-in one: {@code --image-index} files, then
 * {@code --image-command}s.
 */
final class ImageIndexOptions {

    private ImageIndexOptions() {
    }

    /**
     * The entries of {@code files} in order, then {@code commands} ({@code IMAGE → CMD}, words split on
     * blanks); a later entry for an image replaces an earlier one.
     *
     * @throws IllegalArgumentException naming the option and the file, for a file that cannot be read or parsed
     */
    static Map<String, ImageEntrypoint> read(List<Path> files, Map<String, String> commands) {
        Map<String, ImageEntrypoint> images = new LinkedHashMap<>();
        for (Path index : files) {
            try {
                images.putAll(ImageIndexFile.read(index));
            } catch (IOException e) {
                throw new IllegalArgumentException("--image-index: cannot read " + index + ": " + e.getMessage(), e);
            }
        }
        for (Map.Entry<String, String> e : commands.entrySet()) {
            images.put(e.getKey(), ImageEntrypoint.of(List.of(e.getValue().trim().split("\\s+"))));
        }
        return images;
    }
}
