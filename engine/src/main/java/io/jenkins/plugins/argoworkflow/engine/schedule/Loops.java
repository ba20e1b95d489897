package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.TemplateText;
import io.jenkins.plugins.argoworkflow.engine.expr.Unresolved;
import io.jenkins.plugins.argoworkflow.engine.expr.Variables;
import io.jenkins.plugins.argoworkflow.engine.model.IntOrString;
import io.jenkins.plugins.argoworkflow.engine.model.Sequence;
import io.jenkins.plugins.argoworkflow.engine.run.JsonValue;
import io.jenkins.plugins.argoworkflow.engine.run.LoopItem;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;

/** Expands a step's or task's loop ({@code withItems}, {@code withParam}, {@code withSequence}) into items. */
final class Loops {

    /** Argo's message for a node whose loop expands to nothing. */
    static final String EMPTY = "Skipped, empty params";

    /**
     * The most items one loop may expand to. Argo has no such limit of its own (a workflow too big for its
     * 1 MiB status fails as a whole); here every child is a node held in memory, so a loop that would make
     * millions of them ends its node with this bound named instead of exhausting the controller's memory.
     */
    static final int MAX_ITEMS = 100_000;

    /** A loop that cannot be expanded; the message is Argo's. */
    static final class LoopException extends Exception {
        private static final long serialVersionUID = 1L;

        LoopException(String message) {
            super(message);
        }
    }

    private Loops() {
    }

    /**
     * The loop's items in order, or null when the step or task has no loop. {@code withParam} is the text
     * after substitution.
     */
    static List<LoopItem> expand(List<YNode> withItems, String withParam, Sequence withSequence) throws LoopException {
        return expand(withItems, withParam, withSequence, MAX_ITEMS);
    }

    /** {@link #expand(List, String, Sequence)} with at most {@code maxItems} items. */
    static List<LoopItem> expand(List<YNode> withItems, String withParam, Sequence withSequence, int maxItems)
            throws LoopException {
        if (!withItems.isEmpty()) {
            bound("withItems", withItems.size(), maxItems);
            return withItems.stream().map(n -> new LoopItem(JsonValue.fromYaml(n))).toList();
        }
        if (withParam != null) {
            return param(withParam, maxItems);
        }
        if (withSequence != null) {
            return sequence(withSequence, maxItems);
        }
        return null;
    }

    /** Refuses a loop of more than {@code maxItems} items, before any of them is made. */
    private static void bound(String field, long size, int maxItems) throws LoopException {
        if (size > maxItems) {
            throw new LoopException(field + " expands to " + size + " items, more than the " + maxItems
                    + " one loop may have (each item becomes a node the run keeps); split the work into batches,"
                    + " for example an outer loop over ranges whose template loops over one range");
        }
    }

    private static List<LoopItem> param(String text, int maxItems) throws LoopException {
        JsonValue value;
        try {
            value = JsonValue.parse(text);
        } catch (IllegalArgumentException e) {
            throw new LoopException("withParam value could not be parsed as a JSON list: " + text.trim() + ": "
                    + e.getMessage());
        }
        if (!(value instanceof JsonValue.JArray list)) {
            throw new LoopException("withParam value could not be parsed as a JSON list: " + text.trim());
        }
        bound("withParam", list.items().size(), maxItems);
        return list.items().stream().map(LoopItem::new).toList();
    }

    /** The sequence with {@code {{...}}} in its fields replaced (Argo substitutes them before expanding). */
    static Sequence render(Sequence seq, Variables scope) {
        if (seq == null) {
            return null;
        }
        return new Sequence(render(seq.count(), scope), render(seq.start(), scope), render(seq.end(), scope),
                seq.format());
    }

    private static IntOrString render(IntOrString value, Variables scope) {
        if (value == null || value.isInt() || !value.stringValue().contains("{{")) {
            return value;
        }
        return IntOrString.of(TemplateText.parse(value.stringValue())
                .render(scope, Unresolved.keepExcept("steps.", "tasks.")));
    }

    /** Argo's expandSequence: start (default 0) to end inclusive, or count items; each item the formatted number. */
    private static List<LoopItem> sequence(Sequence seq, int maxItems) throws LoopException {
        long start = seq.start() == null ? 0 : number(seq.start(), "start");
        long end;
        if (seq.end() != null) {
            end = number(seq.end(), "end");
        } else if (seq.count() != null) {
            long count = number(seq.count(), "count");
            if (count == 0) {
                return List.of();
            }
            bound("withSequence", count, maxItems);
            try {
                end = Math.addExact(start, count - 1);
            } catch (ArithmeticException e) {
                throw new LoopException("withSequence start " + start + " plus count " + count + " is past the"
                        + " largest number a sequence can reach");
            }
        } else {
            throw new LoopException("neither end nor count was specified in withSequence");
        }
        long size;
        try {
            size = Math.addExact(Math.absExact(Math.subtractExact(end, start)), 1);
        } catch (ArithmeticException e) {
            size = Long.MAX_VALUE; // start and end lie further apart than a long counts
        }
        bound("withSequence", size, maxItems);
        String format = seq.format() == null || seq.format().isEmpty() ? "%d" : seq.format().replace("%v", "%d");
        List<LoopItem> items = new ArrayList<>((int) size);
        long step = start <= end ? 1 : -1;
        for (long i = start; step > 0 ? i <= end : i >= end; i += step) {
            try {
                items.add(new LoopItem(new JsonValue.JString(String.format(format, i))));
            } catch (IllegalFormatException e) {
                throw new LoopException("withSequence format '" + seq.format() + "' cannot print a number: " + e.getMessage());
            }
        }
        return items;
    }

    private static long number(IntOrString value, String field) throws LoopException {
        if (value.isInt()) {
            return value.intValue();
        }
        try {
            return Long.parseLong(value.stringValue().trim());
        } catch (NumberFormatException e) {
            throw new LoopException("withSequence " + field + " '" + value.stringValue() + "' is not a number");
        }
    }
}
