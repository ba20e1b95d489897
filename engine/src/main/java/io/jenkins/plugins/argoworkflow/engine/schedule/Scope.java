package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.Variables;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables of one place in a run, layered as Argo's scopes are: the workflow's globals, a template's
 * inputs, the steps or tasks finished so far, a loop item. A child copies nothing from its parent and looks
 * names up through the chain, so scopes cost what they add; the nested view that expressions need is built
 * only when an expression asks for it.
 */
final class Scope implements Variables {

    /** Marks a name that is present with no value: the output of a skipped node (Argo's absent optional). */
    private static final Object ABSENT = new Object();

    /** The names {@link #putNode} stands for, after the node's prefix. */
    private static final List<String> NODE_FIELDS = List.of(".id", ".status", ".startedAt", ".finishedAt");

    private final Scope parent;
    private final Map<String, Object> own = new HashMap<>();
    /**
     * Finished nodes' {@code id}, {@code status}, {@code startedAt} and {@code finishedAt} by prefix ({@code
     * tasks.a}): one entry per node instead of four names, and times formatted only when read, since a DAG of
     * 10,000 tasks offers 40,000 such names that are rarely used. Names put one by one win over these in the
     * same layer (no caller puts both). Null until the first node.
     */
    private Map<String, NodeFacts> nodes;

    Scope(Scope parent) {
        this.parent = parent;
    }

    Scope child() {
        return new Scope(this);
    }

    Scope put(String name, Object value) {
        own.put(name, value == null ? ABSENT : value);
        return this;
    }

    /**
     * A finished node's {@code PREFIX.id}, {@code PREFIX.status}, {@code PREFIX.startedAt} and {@code
     * PREFIX.finishedAt} (times to the second, as Argo formats them; absent while null), as they are now.
     */
    Scope putNode(String prefix, NodeStatus node) {
        if (nodes == null) {
            nodes = new HashMap<>();
        }
        nodes.put(prefix, new NodeFacts(node.id(), node.phase().argoName(), node.startedAt(), node.finishedAt()));
        return this;
    }

    @Override
    public boolean contains(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.own.containsKey(name) || s.nodeFact(name) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object get(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Object v = s.own.get(name);
            if (v != null) {
                return v == ABSENT ? null : v;
            }
            String fact = s.nodeFact(name);
            if (fact != null) {
                return fact;
            }
        }
        return null;
    }

    /** The value of a name {@link #putNode} stands for in this layer, or null. */
    private String nodeFact(String name) {
        if (nodes == null) {
            return null;
        }
        for (String field : NODE_FIELDS) {
            if (name.endsWith(field)) {
                NodeFacts facts = nodes.get(name.substring(0, name.length() - field.length()));
                return facts == null ? null : facts.value(field);
            }
        }
        return null;
    }

    @Override
    public Map<String, Object> tree() {
        return Variables.of(flat()).tree();
    }

    @Override
    public Variables with(Map<String, ?> more) {
        Scope s = child();
        more.forEach(s::put);
        return s;
    }

    /** Every name visible here, nearer layers winning. */
    Map<String, Object> flat() {
        Deque<Scope> chain = new ArrayDeque<>();
        for (Scope s = this; s != null; s = s.parent) {
            chain.push(s);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Scope s : chain) {
            if (s.nodes != null) {
                s.nodes.forEach((prefix, facts) -> {
                    for (String field : NODE_FIELDS) {
                        String v = facts.value(field);
                        if (v != null) {
                            out.put(prefix + field, v);
                        }
                    }
                });
            }
            s.own.forEach((k, v) -> out.put(k, v == ABSENT ? null : v));
        }
        return out;
    }

    /** What {@link #putNode} keeps of a node. */
    private record NodeFacts(String id, String status, Instant startedAt, Instant finishedAt) {
        String value(String field) {
            return switch (field) {
                case ".id" -> id;
                case ".status" -> status;
                case ".startedAt" -> seconds(startedAt);
                default -> seconds(finishedAt);
            };
        }

        private static String seconds(Instant t) {
            return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }
}
