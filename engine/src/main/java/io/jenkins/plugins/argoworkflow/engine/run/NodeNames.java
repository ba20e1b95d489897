package io.jenkins.plugins.argoworkflow.engine.run;

import java.nio.charset.StandardCharsets;

/**
 * Argo's node name grammar, node IDs, display names and pod names. A node's name is its full path from the
 * workflow ({@code wf[0].build(1:linux)(0)}); everything else is derived from it, exactly as Argo derives it,
 * so that Argo users and tools recognise the nodes.
 */
public final class NodeNames {

    /** Argo cuts a pod name's prefix to 253 - 10 - 1 characters, keeping room for "-" and the hash. */
    static final int MAX_POD_PREFIX = 242;

    private NodeNames() {
    }

    /** Group {@code index} (0-based) of the steps node {@code steps}: {@code N[i]}. */
    public static String stepGroup(String steps, int index) {
        return steps + "[" + index + "]";
    }

    /** Step {@code step} of a step group: {@code N[i].step}. */
    public static String step(String group, String step) {
        return group + "." + step;
    }

    /** Task {@code task} of the DAG node {@code dag}: {@code D.task}. */
    public static String task(String dag, String task) {
        return dag + "." + task;
    }

    /** Loop child {@code index} of a step or task: {@code name(index:description)}. */
    public static String loopChild(String name, int index, LoopItem item) {
        return name + "(" + index + ":" + item.description() + ")";
    }

    /** Attempt {@code attempt} (0-based) of the retry node {@code retry}: {@code R(n)}. */
    public static String retryAttempt(String retry, int attempt) {
        return retry + "(" + attempt + ")";
    }

    /** The exit handler of a node (or of the workflow, for the workflow's own name). */
    public static String onExit(String node) {
        return node + ".onExit";
    }

    /** Lifecycle hook {@code hook} of a node (or of the workflow). */
    public static String hook(String node, String hook) {
        return node + ".hooks." + hook;
    }

    /**
     * Argo's node ID: the workflow's name for the root node, else {@code <wf>-<fnv32a(node name)>} with the
     * 32-bit FNV-1a hash of the full name printed as an unsigned decimal.
     */
    public static String nodeId(String workflowName, String nodeName) {
        if (nodeName.equals(workflowName)) {
            return workflowName;
        }
        return workflowName + "-" + hash(nodeName);
    }

    /** FNV-1a, 32 bits, over the UTF-8 bytes of {@code text}, as an unsigned decimal. */
    public static String hash(String text) {
        // An ASCII character is its own UTF-8 byte: hashed from the string, without encoding it into a new array
        // for every node; any other character falls back to the encoded bytes.
        int h = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return hashOfBytes(text);
            }
            h ^= c;
            h *= 0x01000193;
        }
        return Integer.toUnsignedString(h);
    }

    private static String hashOfBytes(String text) {
        int h = 0x811c9dc5;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return Integer.toUnsignedString(h);
    }

    /**
     * The display name: the name without its boundary node's name and a leading {@code [i].} or {@code .}
     * ({@code N[0].hello} shows as {@code hello}, the group {@code N[0]} as {@code [0]}); the full name
     * when the node has no boundary (the root, the workflow's exit handler and hooks).
     */
    public static String displayName(String nodeName, String boundaryName) {
        if (boundaryName == null || boundaryName.isEmpty() || !nodeName.startsWith(boundaryName)) {
            return nodeName;
        }
        return nodeName.substring(boundaryName.length() + leadingGroupAndDot(nodeName, boundaryName.length()));
    }

    /**
     * The length of a {@code [digits].} or {@code .} at {@code from} in {@code name}, else 0 (written out rather
     * than a regular expression, as it runs for every node).
     */
    private static int leadingGroupAndDot(String name, int from) {
        int i = from;
        if (i < name.length() && name.charAt(i) == '[') {
            int digits = i + 1;
            while (digits < name.length() && name.charAt(digits) >= '0' && name.charAt(digits) <= '9') {
                digits++;
            }
            if (digits > i + 1 && digits < name.length() && name.charAt(digits) == ']') {
                i = digits + 1;
            }
        }
        return i < name.length() && name.charAt(i) == '.' ? i + 1 - from : 0;
    }

    /**
     * Argo's v2 pod name: {@code <wf>-<template>-<hash of the node name>} (the hash is the node ID's), the
     * workflow's name alone for a pod at the root, no template part for an inline template.
     */
    public static String podName(String workflowName, String nodeName, String templateName) {
        if (nodeName.equals(workflowName)) {
            return workflowName;
        }
        String prefix = workflowName;
        if (templateName != null && !templateName.isEmpty()) {
            prefix = prefix + "-" + templateName;
        }
        if (prefix.length() > MAX_POD_PREFIX) {
            prefix = prefix.substring(0, MAX_POD_PREFIX);
        }
        return prefix + "-" + hash(nodeName);
    }
}
