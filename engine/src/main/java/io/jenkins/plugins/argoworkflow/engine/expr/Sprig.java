package io.jenkins.plugins.argoworkflow.engine.expr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * The Sprig v3 functions Argo puts under {@code sprig} ({@code sprig.upper(x)}). Sprig converts rather than
 * fails: {@code int("x")} is 0, {@code fromJson("x")} is "". Arguments come in Sprig's pipeline order, the
 * subject last: {@code sprig.trimPrefix("v", x)}, {@code sprig.replace("a", "b", x)}.
 */
final class Sprig {

    /** Every name of Sprig's generic function map except env and expandenv, which Argo removes. */
    static final Set<String> ALL_NAMES = Set.of("hello", "ago", "date", "date_in_zone", "date_modify", "dateInZone",
            "dateModify", "duration", "durationRound", "htmlDate", "htmlDateInZone", "must_date_modify",
            "mustDateModify", "mustToDate", "now", "toDate", "unixEpoch", "abbrev", "abbrevboth", "trunc", "trim",
            "upper", "lower", "title", "untitle", "substr", "repeat", "trimall", "trimAll", "trimSuffix", "trimPrefix",
            "nospace", "initials", "randAlphaNum", "randAlpha", "randAscii", "randNumeric", "swapcase", "shuffle",
            "snakecase", "camelcase", "kebabcase", "wrap", "wrapWith", "contains", "hasPrefix", "hasSuffix", "quote",
            "squote", "cat", "indent", "nindent", "replace", "plural", "sha1sum", "sha256sum", "sha512sum",
            "adler32sum", "toString", "atoi", "int64", "int", "float64", "seq", "toDecimal", "split", "splitList",
            "splitn", "toStrings", "until", "untilStep", "add1", "add", "sub", "div", "mod", "mul", "randInt", "add1f",
            "addf", "subf", "divf", "mulf", "biggest", "max", "min", "maxf", "minf", "ceil", "floor", "round", "join",
            "sortAlpha", "default", "empty", "coalesce", "all", "any", "compact", "mustCompact", "fromJson", "toJson",
            "toPrettyJson", "toRawJson", "mustFromJson", "mustToJson", "mustToPrettyJson", "mustToRawJson", "ternary",
            "deepCopy", "mustDeepCopy", "typeOf", "typeIs", "typeIsLike", "kindOf", "kindIs", "deepEqual",
            "getHostByName", "base", "dir", "clean", "ext", "isAbs", "osBase", "osClean", "osDir", "osExt", "osIsAbs",
            "b64enc", "b64dec", "b32enc", "b32dec", "tuple", "list", "dict", "get", "set", "unset", "hasKey", "pluck",
            "keys", "pick", "omit", "merge", "mergeOverwrite", "mustMerge", "mustMergeOverwrite", "values", "append",
            "mustAppend", "prepend", "mustPrepend", "first", "mustFirst", "rest", "mustRest", "last", "mustLast",
            "initial", "mustInitial", "reverse", "mustReverse", "uniq", "mustUniq", "without", "mustWithout", "has",
            "mustHas", "slice", "mustSlice", "concat", "dig", "chunk", "mustChunk", "bcrypt", "htpasswd",
            "genPrivateKey", "derivePassword", "buildCustomCert", "genCA", "genCAWithKey", "genSelfSignedCert",
            "genSelfSignedCertWithKey", "genSignedCert", "genSignedCertWithKey", "encryptAES", "decryptAES",
            "randBytes", "uuidv4", "semver", "semverCompare", "fail", "regexMatch", "mustRegexMatch", "regexFindAll",
            "mustRegexFindAll", "regexFind", "mustRegexFind", "regexReplaceAll", "mustRegexReplaceAll",
            "regexReplaceAllLiteral", "mustRegexReplaceAllLiteral", "regexSplit", "mustRegexSplit", "regexQuoteMeta",
            "urlParse", "urlJoin");

    /** The functions argowf evaluates, by name; {@code sprig} in an expression is this map. */
    static final Map<String, Object> FUNCTIONS = table();

    private Sprig() {
    }

    static boolean isKnown(String name) {
        return ALL_NAMES.contains(name);
    }

    static String unknown(String qualifiedName) {
        String name = qualifiedName.substring(qualifiedName.indexOf('.') + 1);
        if (ALL_NAMES.contains(name)) {
            return qualifiedName + "() is a Sprig function that argowf does not support yet; see "
                    + "docs/COMPATIBILITY.md for the supported ones";
        }
        return "unknown function " + qualifiedName + "(); Sprig has no function '" + name + "' (see "
                + "https://masterminds.github.io/sprig/)";
    }

    private static Map<String, Object> table() {
        Map<String, ExprFunction> t = new HashMap<>();
        strings(t);
        SprigMore.numbers(t);
        SprigMore.collections(t);
        Map<String, Object> out = new HashMap<>();
        for (String name : ALL_NAMES) {
            ExprFunction f = t.get(name);
            out.put(name, f != null ? f : (ExprFunction) args -> {
                throw new IllegalArgumentException(unknown("sprig." + name));
            });
        }
        return Map.copyOf(out);
    }

    private static void strings(Map<String, ExprFunction> t) {
        t.put("upper", a -> str(Args.of("upper", a).count(1, 1).get(0)).toUpperCase(Locale.ROOT));
        t.put("lower", a -> str(Args.of("lower", a).count(1, 1).get(0)).toLowerCase(Locale.ROOT));
        t.put("trim", a -> str(Args.of("trim", a).count(1, 1).get(0)).strip());
        t.put("trimAll", a -> GoStrings.trim(str(Args.of("trimAll", a).count(2, 2).get(1)), str(a.get(0))));
        t.put("trimall", t.get("trimAll"));
        t.put("trimPrefix", a -> {
            String s = str(Args.of("trimPrefix", a).count(2, 2).get(1));
            String p = str(a.get(0));
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        t.put("trimSuffix", a -> {
            String s = str(Args.of("trimSuffix", a).count(2, 2).get(1));
            String p = str(a.get(0));
            return s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        });
        t.put("replace", a -> str(Args.of("replace", a).count(3, 3).get(2)).replace(str(a.get(0)), str(a.get(1))));
        t.put("contains", a -> str(Args.of("contains", a).count(2, 2).get(1)).contains(str(a.get(0))));
        t.put("hasPrefix", a -> str(Args.of("hasPrefix", a).count(2, 2).get(1)).startsWith(str(a.get(0))));
        t.put("hasSuffix", a -> str(Args.of("hasSuffix", a).count(2, 2).get(1)).endsWith(str(a.get(0))));
        t.put("split", a -> {
            List<Object> parts = GoStrings.split(str(Args.of("split", a).count(2, 2).get(1)), str(a.get(0)), -1, false);
            return indexed(parts);
        });
        t.put("splitn", a -> {
            Args x = Args.of("splitn", a).count(3, 3);
            return indexed(GoStrings.split(str(x.get(2)), str(x.get(0)), (int) SprigMore.toInt64(x.get(1)), false));
        });
        t.put("splitList", a -> GoStrings.split(str(Args.of("splitList", a).count(2, 2).get(1)), str(a.get(0)), -1,
                false));
        t.put("join", a -> {
            Args x = Args.of("join", a).count(2, 2);
            List<String> parts = new ArrayList<>();
            for (Object o : x.get(1) instanceof List<?> l ? l : List.of(x.get(1))) {
                if (o != null) {
                    parts.add(str(o));
                }
            }
            return String.join(str(x.get(0)), parts);
        });
        t.put("toString", a -> str(Args.of("toString", a).count(1, 1).get(0)));
        t.put("b64enc", a -> Base64.getEncoder().encodeToString(
                str(Args.of("b64enc", a).count(1, 1).get(0)).getBytes(StandardCharsets.UTF_8)));
        t.put("b64dec", a -> {
            try {
                return new String(Base64.getDecoder().decode(str(Args.of("b64dec", a).count(1, 1).get(0))),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "illegal base64 data: " + e.getMessage(); // Sprig returns the error text as the value
            }
        });
        t.put("quote", a -> quoteAll(a, '"'));
        t.put("squote", a -> quoteAll(a, '\''));
        t.put("repeat", a -> GoStrings.repeat("sprig.repeat", str(Args.of("repeat", a).count(2, 2).get(1)),
                Math.max(0, SprigMore.toInt64(a.get(0)))));
        t.put("substr", a -> substr(Args.of("substr", a).count(3, 3)));
        t.put("trunc", a -> {
            String s = str(Args.of("trunc", a).count(2, 2).get(1));
            long c = SprigMore.toInt64(a.get(0));
            if (c < 0 && s.length() + c > 0) {
                return s.substring((int) (s.length() + c));
            }
            return c >= 0 && s.length() > c ? s.substring(0, (int) c) : s;
        });
        t.put("nospace", a -> str(Args.of("nospace", a).count(1, 1).get(0)).replaceAll("\\s", ""));
        t.put("title", a -> title(str(Args.of("title", a).count(1, 1).get(0))));
        t.put("cat", a -> {
            List<String> parts = new ArrayList<>();
            a.stream().filter(java.util.Objects::nonNull).forEach(o -> parts.add(str(o)));
            return String.join(" ", parts);
        });
        t.put("indent", a -> indent(str(Args.of("indent", a).count(2, 2).get(1)), SprigMore.toInt64(a.get(0))));
        t.put("nindent", a -> "\n" + indent(str(Args.of("nindent", a).count(2, 2).get(1)),
                SprigMore.toInt64(a.get(0))));
    }

    /** Sprig's {@code strval}: strings as they are, anything else as Go prints it. */
    static String str(Object v) {
        return v instanceof String s ? s : Values.goString(v);
    }

    private static Map<String, Object> indexed(List<Object> parts) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            out.put("_" + i, parts.get(i));
        }
        return out;
    }

    private static String quoteAll(List<Object> args, char quote) {
        List<String> out = new ArrayList<>();
        for (Object o : args) {
            if (o != null) {
                String s = str(o);
                out.add(quote == '"' ? Values.toJson(s).replace("\\u003c", "<").replace("\\u003e", ">")
                        .replace("\\u0026", "&") : "'" + s + "'");
            }
        }
        return String.join(" ", out);
    }

    private static String substr(Args x) {
        String s = str(x.get(2));
        long start = SprigMore.toInt64(x.get(0));
        long end = SprigMore.toInt64(x.get(1));
        if (start < 0) {
            return s.substring(0, (int) Math.min(Math.max(end, 0), s.length()));
        }
        if (start > s.length()) {
            return "";
        }
        if (end < 0 || end > s.length()) {
            return s.substring((int) start);
        }
        return end < start ? "" : s.substring((int) start, (int) end);
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            out.append(start && Character.isLetter(c) ? Character.toTitleCase(c) : c);
            start = !Character.isLetterOrDigit(c) && c != '_' && c != '\'';
        }
        return out.toString();
    }

    private static String indent(String s, long spaces) {
        String pad = GoStrings.repeat("sprig.indent", " ", Math.max(0, spaces));
        return pad + s.replace("\n", "\n" + pad);
    }

    static Object longOp(List<Object> args, LongBinaryOperator op) {
        long acc = SprigMore.toInt64(args.get(0));
        for (int i = 1; i < args.size(); i++) {
            acc = op.applyAsLong(acc, SprigMore.toInt64(args.get(i)));
        }
        return acc;
    }

    static Object doubleOp(List<Object> args, DoubleBinaryOperator op) {
        double acc = SprigMore.toFloat64(args.get(0));
        for (int i = 1; i < args.size(); i++) {
            acc = op.applyAsDouble(acc, SprigMore.toFloat64(args.get(i)));
        }
        return acc;
    }
}
