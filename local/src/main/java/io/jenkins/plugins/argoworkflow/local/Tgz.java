package io.jenkins.plugins.argoworkflow.local;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Argo's artifact archives (util/archive and the executor's untar): a file or directory packed as tar+gzip
 * under its own base name, and unpacked so that a single top-level entry becomes the destination itself.
 * Modes and symbolic links are kept; entries that would land outside the destination are refused.
 */
final class Tgz {

    /** Go's gzip.DefaultCompression, which Argo uses when a tar strategy gives no level. */
    static final int DEFAULT_LEVEL = -1;

    private Tgz() {
    }

    /** Packs {@code source} (a regular file or a directory tree) into {@code tgz} at gzip {@code level}. */
    static void pack(Path source, Path tgz, int level) throws IOException {
        GzipParameters gzip = new GzipParameters();
        gzip.setCompressionLevel(level);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tgz));
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file, gzip))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            Path base = source.getParent();
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(source)) {
                paths = walk.sorted().toList();
            }
            for (Path p : paths) {
                String name = base.relativize(p).toString();
                TarArchiveEntry entry;
                if (Files.isSymbolicLink(p)) {
                    entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                    entry.setLinkName(Files.readSymbolicLink(p).toString());
                } else {
                    entry = new TarArchiveEntry(p, Files.isDirectory(p) ? name + "/" : name, LinkOption.NOFOLLOW_LINKS);
                    entry.setMode(mode(p) | (Files.isDirectory(p) ? 040000 : 0100000));
                }
                tar.putArchiveEntry(entry);
                if (entry.isFile()) {
                    Files.copy(p, tar);
                }
                tar.closeArchiveEntry();
            }
        }
    }

    /** Whether {@code file} is a gzipped tarball with at least one entry (Argo's isTarball). */
    static boolean isTarball(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (!GzipCompressorInputStream.matches(in.readNBytes(2), 2)) {
                return false;
            }
        }
        try (TarArchiveInputStream tar = open(file)) {
            return tar.getNextEntry() != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Unpacks {@code tgz} to {@code dest} by way of the empty directory {@code scratch}: a tarball of one file or
     * directory becomes {@code dest}; one of several entries becomes a directory {@code dest} holding them.
     */
    static void unpack(Path tgz, Path dest, Path scratch) throws IOException {
        try (TarArchiveInputStream tar = open(tgz)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = inside(scratch, entry.getName());
                Files.createDirectories(target.getParent());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    inside(scratch, scratch.relativize(target.getParent().resolve(entry.getLinkName())).toString());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                }
            }
        }
        List<Path> top;
        try (Stream<Path> list = Files.list(scratch)) {
            top = list.toList();
        }
        Files.createDirectories(dest.getParent());
        Files.move(top.size() == 1 ? top.get(0) : scratch, dest);
    }

    /** Sets {@code mode} (permission bits) on {@code path}, and on everything below it when {@code recurse}. */
    static void chmod(Path path, long mode, boolean recurse) throws IOException {
        if (!recurse) {
            Files.setPosixFilePermissions(path, permissions((int) mode));
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setPosixFilePermissions(p, permissions((int) mode));
                }
            }
        }
    }

    private static TarArchiveInputStream open(Path tgz) throws IOException {
        return new TarArchiveInputStream(new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(tgz)), true));
    }

    /** {@code name} resolved in {@code dir}; refuses names that leave it (Argo: illegal file path). */
    private static Path inside(Path dir, String name) throws IOException {
        Path target = dir.resolve(name).normalize();
        if (!target.startsWith(dir) || target.equals(dir)) {
            throw new IOException("illegal file path in archive: " + name);
        }
        return target;
    }

    private static int mode(Path p) throws IOException {
        int mode = 0;
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        for (PosixFilePermission perm : PosixFilePermission.values()) {
            if (perms.contains(perm)) {
                mode |= 1 << (8 - perm.ordinal());
            }
        }
        return mode;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> perms = java.util.EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission perm : PosixFilePermission.values()) {
            if ((mode & (1 << (8 - perm.ordinal()))) != 0) {
                perms.add(perm);
            }
        }
        return perms;
    }
}
