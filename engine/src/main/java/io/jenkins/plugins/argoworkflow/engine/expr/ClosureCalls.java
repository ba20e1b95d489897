package io.jenkins.plugins.argoworkflow.engine.expr;

import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Call;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Closure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * expr-lang's builtins that take a predicate ({@code filter(list, {# > 1})}): the predicate is evaluated
 * once per element with {@code #} (and {@code #index}, {@code #acc}) bound.
 */
final class ClosureCalls {

    private final ExprLangEvaluator evaluator;
    private final String text;

    ClosureCalls(ExprLangEvaluator evaluator, String text) {
        this.evaluator = evaluator;
        this.text = text;
    }

    Object call(String name, Call c) {
        int min = name.equals("count") || name.equals("sum") ? 1 : 2;
        int max = name.equals("reduce") || name.equals("sortBy") ? 3 : 2;
        if (c.args().size() < min || c.args().size() > max) {
            throw new ExpressionException(name + "() takes " + (min == max ? min : min + " to " + max)
                    + " arguments, got " + c.args().size() + "; write e.g. " + name + "(list, {# > 0})", text, c.pos());
        }
        Object subject = evaluator.eval(c.args().get(0));
        if (!(subject instanceof List<?> items)) {
            throw new ExpressionException(name + "(): argument 1 must be an array, got " + Values.typeName(subject),
                    text, c.args().get(0).pos());
        }
        ExprNode predicate = c.args().size() > 1 ? body(c.args().get(1)) : null;
        return switch (name) {
            case "all" -> countMatches(items, predicate) == items.size();
            case "none" -> countMatches(items, predicate) == 0;
            case "any" -> countMatches(items, predicate) > 0;
            case "one" -> countMatches(items, predicate) == 1;
            case "count" -> (long) countMatches(items, predicate);
            case "filter" -> filter(items, predicate);
            case "map" -> map(items, predicate);
            case "find", "findIndex" -> find(items, predicate, false, name.equals("findIndex"));
            case "findLast", "findLastIndex" -> find(items, predicate, true, name.equals("findLastIndex"));
            case "sum" -> sum(predicate == null ? new ArrayList<>(items) : map(items, predicate), c);
            case "groupBy" -> groupBy(items, predicate);
            case "sortBy" -> sortBy(items, predicate, c);
            default -> reduce(items, predicate, c);
        };
    }

    /** A closure's body; a bare expression is accepted as expr-lang does ({@code filter(xs, # > 1)}). */
    private static ExprNode body(ExprNode arg) {
        return arg instanceof Closure closure ? closure.body() : arg;
    }

    private boolean test(ExprNode predicate, Object element, long index) {
        if (predicate == null) {
            return evaluator.bool(element, "count", 0);
        }
        return evaluator.bool(evaluator.inFrame(predicate, element, index, null), "the predicate",
                predicate.pos());
    }

    private int countMatches(List<?> items, ExprNode predicate) {
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            if (test(predicate, items.get(i), i)) {
                n++;
            }
        }
        return n;
    }

    private List<Object> filter(List<?> items, ExprNode predicate) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (test(predicate, items.get(i), i)) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private List<Object> map(List<?> items, ExprNode body) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(evaluator.inFrame(body, items.get(i), i, null));
        }
        return out;
    }

    private Object find(List<?> items, ExprNode predicate, boolean last, boolean index) {
        for (int k = 0; k < items.size(); k++) {
            int i = last ? items.size() - 1 - k : k;
            if (test(predicate, items.get(i), i)) {
                return index ? (Object) (long) i : items.get(i);
            }
        }
        return index ? (Object) (long) -1 : null;
    }

    private Object sum(List<Object> values, Call c) {
        Object total = 0L;
        for (Object v : values) {
            try {
                total = ExprLangOperators.apply("+", total, v);
            } catch (IllegalArgumentException e) {
                throw new ExpressionException("sum(): " + e.getMessage(), text, c.pos());
            }
        }
        return total;
    }

    private Map<String, Object> groupBy(List<?> items, ExprNode body) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = Values.goString(evaluator.inFrame(body, items.get(i), i, null));
            @SuppressWarnings("unchecked")
            List<Object> group = (List<Object>) out.computeIfAbsent(key, k -> new ArrayList<>());
            group.add(items.get(i));
        }
        return out;
    }

    private List<Object> sortBy(List<?> items, ExprNode body, Call c) {
        List<Object[]> keyed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            keyed.add(new Object[] {evaluator.inFrame(body, items.get(i), i, null), items.get(i)});
        }
        boolean descending = c.args().size() == 3 && "desc".equals(evaluator.eval(c.args().get(2)));
        Comparator<Object[]> order = (a, b) -> ExprLangOperators.compare(a[0], b[0]);
        try {
            keyed.sort(descending ? order.reversed() : order);
        } catch (IllegalArgumentException e) {
            throw new ExpressionException("sortBy(): " + e.getMessage(), text, c.pos());
        }
        List<Object> out = new ArrayList<>();
        keyed.forEach(k -> out.add(k[1]));
        return out;
    }

    private Object reduce(List<?> items, ExprNode body, Call c) {
        int start = 0;
        Object acc;
        if (c.args().size() == 3) {
            acc = evaluator.eval(c.args().get(2));
        } else if (items.isEmpty()) {
            throw new ExpressionException("reduce(): the array is empty and no initial value is given", text, c.pos());
        } else {
            acc = items.get(0);
            start = 1;
        }
        for (int i = start; i < items.size(); i++) {
            acc = evaluator.inFrame(body, items.get(i), i, acc);
        }
        return acc;
    }
}
