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
        if (!withItems.isEmpty()) {
            return withItems.stream().map(n -> new LoopItem(JsonValue.fromYaml(n))).toList();
        }
        if (withParam != null) {
            return param(withParam);
        }
        if (withSequence != null) {
            return sequence(withSequence);
        }
        return null;
    }

    private static List<LoopItem> param(String text) throws LoopException {
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
    static List<LoopItem> sequence(Sequence seq) throws LoopException {
        long start = seq.start() == null ? 0 : number(seq.start(), "start");
        long end;
        if (seq.end() != null) {
            end = number(seq.end(), "end");
        } else if (seq.count() != null) {
            long count = number(seq.count(), "count");
            if (count == 0) {
                return List.of();
            }
            end = start + count - 1;
        } else {
            throw new LoopException("neither end nor count was specified in withSequence");
        }
        String format = seq.format() == null || seq.format().isEmpty() ? "%d" : seq.format().replace("%v", "%d");
        List<LoopItem> items = new ArrayList<>((int) Math.min(Math.abs(end - start) + 1, 1_000_000));
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
