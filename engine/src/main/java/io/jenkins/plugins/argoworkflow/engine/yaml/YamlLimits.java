package io.jenkins.plugins.argoworkflow.engine.yaml;

/**
 * Bounds on what the loader reads, against alias bombs and oversized input.
 *
 * @param maxCodePoints characters in one file
 * @param maxAliases aliases to collections in one document (SnakeYAML counts them while composing)
 * @param maxDepth nesting of mappings and sequences
 * @param maxNodes nodes in one document after aliases are expanded; an alias costs the size of what it names
 */
public record YamlLimits(int maxCodePoints, int maxAliases, int maxDepth, long maxNodes) {

    /** Generous for real workflows (a 5 MB file reads fine), tight enough that a bomb fails at once. */
    public static final YamlLimits DEFAULT = new YamlLimits(64 * 1024 * 1024, 100, 200, 5_000_000L);

    public YamlLimits {
        if (maxCodePoints <= 0 || maxAliases < 0 || maxDepth <= 0 || maxNodes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
