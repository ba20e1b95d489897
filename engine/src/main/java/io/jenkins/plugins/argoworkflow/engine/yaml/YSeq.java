package io.jenkins.plugins.argoworkflow.engine.yaml;

import java.util.ArrayList;
import java.util.List;

/** A YAML sequence (JSON array). */
public record YSeq(List<YNode> items, Location location) implements YNode {

    public YSeq {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public YNode get(int index) {
        return items.get(index);
    }

    @Override
    public String kindName() {
        return "list";
    }

    @Override
    public Object toJava() {
        List<Object> out = new ArrayList<>(items.size());
        for (YNode item : items) {
            out.add(item.toJava());
        }
        return out;
    }
}
