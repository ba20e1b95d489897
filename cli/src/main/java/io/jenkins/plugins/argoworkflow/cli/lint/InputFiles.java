package io.jenkins.plugins.argoworkflow.cli.lint;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the paths on the command line into the files to read. A file is taken as named, whatever its
 * extension; a directory is searched recursively for {@code .yaml}, {@code .yml} and {@code .json} files,
 * in sorted order, skipping hidden files and directories ({@code .git}, {@code .github}, editor files) that
 * hold no workflows. Paths keep the form the user gave, so that diagnostics print them the same way.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The files under {@code paths}, each once, in the order given (directories sorted).
     *
     * @throws InputException when a path does not exist, cannot be read, or is a directory with no workflow file
     */
    public static List<Path> expand(List<Path> paths) throws InputException {
        Map<Path, Path> files = new LinkedHashMap<>();
        for (Path path : paths) {
            for (Path file : expand(path)) {
                files.putIfAbsent(file.toAbsolutePath().normalize(), file);
            }
        }
        return List.copyOf(files.values());
    }

    private static List<Path> expand(Path path) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException(path + ": no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(readable(path));
        }
        List<Path> found = walk(path);
        if (found.isEmpty()) {
            throw new InputException(path + ": the directory holds no .yaml, .yml or .json file"
                    + " (hidden files and directories are skipped)");
        }
        return found;
    }

    private static List<Path> walk(Path dir) throws InputException {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // attrs describe a symbolic link itself; Files.isRegularFile follows it to a file.
                    if (!isHidden(file) && isWorkflowFile(file) && Files.isRegularFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(describe(e), e);
        }
        found.sort(null);
        List<Path> readable = new ArrayList<>(found.size());
        for (Path file : found) {
            readable.add(readable(file));
        }
        return readable;
    }

    private static Path readable(Path file) throws InputException {
        if (!Files.isReadable(file)) {
            throw new InputException(file + ": permission denied; the file cannot be read");
        }
        return file;
    }

    static boolean isWorkflowFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return e.getMessage() + ": permission denied";
        }
        return "cannot read: " + e;
    }
}
