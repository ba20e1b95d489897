package io.jenkins.plugins.argoworkflow.engine.expr;

import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.ArrayLiteral;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Binary;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Call;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Closure;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Conditional;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Ident;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Let;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Literal;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.MapLiteral;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Member;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Pointer;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Slice;
import io.jenkins.plugins.argoworkflow.engine.expr.ExprNode.Unary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates one expr-lang tree over an environment; one instance per evaluation (it keeps closure frames). */
final class ExprLangEvaluator {

    /** The element, index and accumulator of the innermost closure call. */
    private record Frame(Object element, long index, Object acc) {
    }

    private final String text;
    private final Map<String, Object> env;
    private final Map<String, Object> lets = new HashMap<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int guarded;

    ExprLangEvaluator(String text, Map<String, Object> env) {
        this.text = text;
        this.env = env;
    }

    Object eval(ExprNode node) {
        try {
            return dispatch(node);
        } catch (IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
            throw error(e.getMessage(), node.pos());
        }
    }

    private Object dispatch(ExprNode node) {
        if (node instanceof Literal l) {
            return l.value();
        } else if (node instanceof Ident i) {
            return identifier(i);
        } else if (node instanceof Pointer p) {
            return pointer(p);
        } else if (node instanceof Member m) {
            return member(m);
        } else if (node instanceof Slice s) {
            return slice(s);
        } else if (node instanceof Call c) {
            return call(c);
        } else if (node instanceof Unary u) {
            return unary(u);
        } else if (node instanceof Binary b) {
            return binary(b);
        } else if (node instanceof Conditional c) {
            return bool(eval(c.cond()), "the condition of ? :", c.pos()) ? eval(c.then()) : eval(c.otherwise());
        } else if (node instanceof ArrayLiteral a) {
            return evalAll(a.items());
        } else if (node instanceof MapLiteral m) {
            return mapLiteral(m);
        } else if (node instanceof Let l) {
            return let(l);
        }
        throw error("a closure {...} can only be an argument of filter, map, all, any...", node.pos());
    }

    private ExpressionException error(String problem, int pos) {
        return new ExpressionException(problem, text, pos);
    }

    private Object identifier(Ident i) {
        String name = i.name();
        if (lets.containsKey(name)) {
            return lets.get(name);
        }
        if (name.equals("sprig")) {
            return Sprig.FUNCTIONS;
        }
        if (Builtins.isArgoAddition(name)) {
            return Builtins.get(name);
        }
        if (env.containsKey(name)) {
            return env.get(name);
        }
        if (guarded > 0) {
            return null;
        }
        throw ExpressionException.missing(name, text, i.pos());
    }

    private Object pointer(Pointer p) {
        Frame frame = frames.peek();
        if (frame == null) {
            throw error("#" + p.name() + " can only be used inside a closure such as filter(list, {# > 1})", p.pos());
        }
        return switch (p.name()) {
            case "" -> frame.element();
            case "index" -> frame.index();
            case "acc" -> frame.acc();
            default -> throw error("unknown closure variable #" + p.name() + "; use #, #index or #acc", p.pos());
        };
    }

    private Object member(Member m) {
        Object target = eval(m.target());
        if (target == null) {
            if (m.optional() || guarded > 0 || optionalChain(m.target())) {
                return null;
            }
            throw error("cannot fetch " + Values.goString(eval(m.key())) + " from nil" + describeNil(m.target())
                    + "; use ?. or ?? when a value may be missing", m.pos());
        }
        Object key = eval(m.key());
        if (target instanceof Map<?, ?> map) {
            if (!(key instanceof String)) {
                throw error("a map is indexed by strings, got " + Values.typeName(key), m.key().pos());
            }
            return map.get(key);
        }
        if (target instanceof List<?> list) {
            return list.get(index(key, list.size(), m.key().pos()));
        }
        if (target instanceof String s) {
            int[] runes = s.codePoints().toArray();
            return new String(runes, index(key, runes.length, m.key().pos()), 1);
        }
        throw error("cannot fetch " + Values.goString(key) + " from " + Values.typeName(target), m.pos());
    }

    private static boolean optionalChain(ExprNode node) {
        return node instanceof Member m && (m.optional() || optionalChain(m.target()));
    }

    private static String describeNil(ExprNode target) {
        String path = ExprLangExpression.path(target);
        return path == null ? "" : " (" + path + " is nil)";
    }

    private int index(Object key, int size, int pos) {
        if (!Values.isNumber(key)) {
            throw error("an array is indexed by integers, got " + Values.typeName(key), pos);
        }
        long i = ((Number) key).longValue();
        long at = i < 0 ? size + i : i;
        if (at < 0 || at >= size) {
            throw error("index out of range: " + i + " (array length is " + size + ")", pos);
        }
        return (int) at;
    }

    private Object slice(Slice s) {
        Object target = eval(s.target());
        int size = target instanceof List<?> l ? l.size() : target instanceof String str ? str.length() : -1;
        if (size < 0) {
            throw error("cannot slice " + Values.typeName(target) + "; slices work on arrays and strings", s.pos());
        }
        int from = s.from() == null ? 0 : bound(eval(s.from()), size, s.from().pos());
        int to = s.to() == null ? size : bound(eval(s.to()), size, s.to().pos());
        if (to < from) {
            to = from;
        }
        return target instanceof List<?> l ? new ArrayList<Object>(l.subList(from, to))
                : ((String) target).substring(from, to);
    }

    private int bound(Object v, int size, int pos) {
        if (!Values.isNumber(v)) {
            throw error("a slice bound must be an integer, got " + Values.typeName(v), pos);
        }
        long i = ((Number) v).longValue();
        return (int) Math.max(0, Math.min(size, i < 0 ? size + i : i));
    }

    private Object call(Call c) {
        if (c.callee() instanceof Ident id && !lets.containsKey(id.name())) {
            String name = id.name();
            if (Builtins.PREDICATE_FUNCTIONS.contains(name)) {
                return new ClosureCalls(this, text).call(name, c);
            }
            ExprFunction f = Builtins.get(name);
            if (f != null) {
                return invoke(name, f, c);
            }
            if (Builtins.NOT_SUPPORTED.contains(name)) {
                throw error(name + "() is an expr-lang function that argowf does not support yet", id.pos());
            }
            if (!env.containsKey(name)) {
                throw error(ExprLangExpression.unknownFunction(name), id.pos());
            }
        }
        Object callee = eval(c.callee());
        String name = ExprLangExpression.path(c.callee());
        if (callee instanceof ExprFunction f) {
            return invoke(name, f, c);
        }
        if (callee == null && c.callee() instanceof Member m && m.target() instanceof Ident i
                && i.name().equals("sprig")) {
            throw error(Sprig.unknown(ExprLangExpression.path(c.callee())), c.callee().pos());
        }
        throw error((name == null ? "the value" : name) + " is " + Values.typeName(callee) + ", not a function",
                c.callee().pos());
    }

    private Object invoke(String name, ExprFunction f, Call c) {
        List<Object> args = evalAll(c.args());
        try {
            return f.apply(args);
        } catch (IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw error(message.startsWith(lastName(name)) ? message : name + "(): " + message, c.pos());
        }
    }

    private static String lastName(String name) {
        return name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
    }

    /** Evaluates {@code body} with a closure frame, for {@link ClosureCalls}. */
    Object inFrame(ExprNode body, Object element, long index, Object acc) {
        frames.push(new Frame(element, index, acc));
        try {
            return eval(body);
        } finally {
            frames.pop();
        }
    }

    private Object unary(Unary u) {
        Object v = eval(u.operand());
        return switch (u.op()) {
            case "!" -> !bool(v, "!", u.pos());
            case "-" -> {
                if (v instanceof Long l) {
                    yield -l;
                }
                if (v instanceof Double d) {
                    yield -d;
                }
                throw error("invalid operation: -" + Values.typeName(v) + "; '-' needs a number", u.pos());
            }
            default -> {
                if (!Values.isNumber(v)) {
                    throw error("invalid operation: +" + Values.typeName(v) + "; '+' needs a number", u.pos());
                }
                yield v;
            }
        };
    }

    private Object binary(Binary b) {
        switch (b.op()) {
            case "&&" -> {
                return bool(eval(b.left()), "&&", b.pos()) && bool(eval(b.right()), "&&", b.pos());
            }
            case "||" -> {
                return bool(eval(b.left()), "||", b.pos()) || bool(eval(b.right()), "||", b.pos());
            }
            case "??" -> {
                guarded++;
                Object left;
                try {
                    left = eval(b.left());
                } finally {
                    guarded--;
                }
                return left != null ? left : eval(b.right());
            }
            default -> {
                Object left = eval(b.left());
                Object right = eval(b.right());
                try {
                    return ExprLangOperators.apply(b.op(), left, right);
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw error(e.getMessage(), b.pos());
                }
            }
        }
    }

    boolean bool(Object v, String what, int pos) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw error(what + " needs a bool, got " + Values.typeName(v)
                + (v instanceof String s ? " '" + s + "'; compare it, e.g. x == 'true'" : ""), pos);
    }

    private List<Object> evalAll(List<ExprNode> nodes) {
        List<Object> out = new ArrayList<>(nodes.size());
        for (ExprNode n : nodes) {
            out.add(eval(n));
        }
        return out;
    }

    private Map<String, Object> mapLiteral(MapLiteral m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < m.keys().size(); i++) {
            out.put(m.keys().get(i), eval(m.values().get(i)));
        }
        return out;
    }

    private Object let(Let l) {
        Object value = eval(l.value());
        boolean had = lets.containsKey(l.name());
        Object previous = lets.put(l.name(), value);
        try {
            return eval(l.body());
        } finally {
            if (had) {
                lets.put(l.name(), previous);
            } else {
                lets.remove(l.name());
            }
        }
    }
}
