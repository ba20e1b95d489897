package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.Variables;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    private final Scope parent;
    private final Map<String, Object> own = new HashMap<>();

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

    @Override
    public boolean contains(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.own.containsKey(name)) {
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
            s.own.forEach((k, v) -> out.put(k, v == ABSENT ? null : v));
        }
        return out;
    }
}
