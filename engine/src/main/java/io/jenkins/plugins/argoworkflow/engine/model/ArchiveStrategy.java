package io.jenkins.plugins.argoworkflow.engine.model;

/** How an output artifact is packed: tar+gzip (default, with an optional compression level), none, or zip. */
public record ArchiveStrategy(Kind kind, Long compressionLevel) {

    public enum Kind { TAR, NONE, ZIP }

    public static final ArchiveStrategy DEFAULT = new ArchiveStrategy(Kind.TAR, null);
}
