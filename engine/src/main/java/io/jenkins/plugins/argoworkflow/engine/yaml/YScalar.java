package io.jenkins.plugins.argoworkflow.engine.yaml;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A scalar with the type Kubernetes YAML gives it. Kubernetes (and so Argo) reads YAML through
 * sigs.k8s.io/yaml, which resolves plain scalars with go-yaml v2's YAML 1.1 rules: {@code y}, {@code yes},
 * {@code on}... are booleans, {@code 010} is octal, {@code 0x1F} hexadecimal, {@code 1_000} an integer,
 * {@code 1e3} a float, {@code ~} and the empty scalar null. Quoted scalars and scalars tagged {@code !!str}
 * are strings. {@link #text()} keeps the characters as written, so a field that Argo types as a string can
 * still be given its source text where that is Argo's rule.
 */
public record YScalar(String text, Kind kind, Location location) implements YNode {

    /** The YAML 1.1 type of a scalar after resolution. */
    public enum Kind {
        STRING, INT, FLOAT, BOOL, NULL
    }

    private static final Set<String> TRUE = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
    private static final Set<String> FALSE = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> SPECIAL_FLOATS = Set.of(".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF",
            "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF");
    /** go-yaml v2's yamlStyleFloat. */
    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    public YScalar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
    }

    /** A quoted or {@code !!str}-tagged scalar: always a string. */
    public static YScalar string(String text, Location location) {
        return new YScalar(text, Kind.STRING, location);
    }

    /** A plain scalar, resolved with go-yaml v2's rules. */
    public static YScalar plain(String text, Location location) {
        return new YScalar(text, resolve(text), location);
    }

    /** go-yaml v2 resolve(): the first character decides which rules are tried. */
    static Kind resolve(String in) {
        if (NULLS.contains(in)) {
            return Kind.NULL;
        }
        char first = in.charAt(0);
        if ("yYnNtTfFoO".indexOf(first) >= 0) {
            if (TRUE.contains(in) || FALSE.contains(in)) {
                return Kind.BOOL;
            }
            return Kind.STRING;
        }
        if (first == '.') {
            if (SPECIAL_FLOATS.contains(in)) {
                return Kind.FLOAT;
            }
            return parseGoFloat(in) != null ? Kind.FLOAT : Kind.STRING;
        }
        if (first == '+' || first == '-' || (first >= '0' && first <= '9')) {
            if (SPECIAL_FLOATS.contains(in)) {
                return Kind.FLOAT;
            }
            String plain = in.replace("_", "");
            if (parseGoInt(plain) != null) {
                return Kind.INT;
            }
            if (YAML_FLOAT.matcher(plain).matches()) {
                return Kind.FLOAT;
            }
        }
        return Kind.STRING;
    }

    /** strconv.ParseInt(s, 0, 64) then ParseUint: sign, 0x/0o/0b prefixes, a leading 0 means octal. */
    static BigInteger parseGoInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = false;
        String body = s;
        if (body.charAt(0) == '+' || body.charAt(0) == '-') {
            negative = body.charAt(0) == '-';
            body = body.substring(1);
        }
        int radix = 10;
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0x")) {
            radix = 16;
            body = body.substring(2);
        } else if (lower.startsWith("0o")) {
            radix = 8;
            body = body.substring(2);
        } else if (lower.startsWith("0b")) {
            radix = 2;
            body = body.substring(2);
        } else if (body.length() > 1 && body.charAt(0) == '0') {
            radix = 8;
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            return null;
        }
        for (int i = 0; i < body.length(); i++) {
            if (Character.digit(body.charAt(i), radix) < 0) {
                return null;
            }
        }
        BigInteger value = new BigInteger(body, radix);
        if (negative) {
            value = value.negate();
        }
        BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
        BigInteger maxUnsigned = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        if (value.compareTo(min) < 0 || value.compareTo(maxUnsigned) > 0) {
            return null;
        }
        return value;
    }

    private static Double parseGoFloat(String s) {
        String plain = s.replace("_", "");
        if (!YAML_FLOAT.matcher(plain).matches()) {
            return null;
        }
        return Double.valueOf(plain);
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** The boolean value of a {@link Kind#BOOL} scalar. */
    public boolean booleanValue() {
        if (kind != Kind.BOOL) {
            throw new IllegalStateException("not a boolean: " + text);
        }
        return TRUE.contains(text);
    }

    /** The integer value of an {@link Kind#INT} scalar (may exceed a long for large unsigned values). */
    public BigInteger integerValue() {
        if (kind != Kind.INT) {
            throw new IllegalStateException("not an integer: " + text);
        }
        return parseGoInt(text.replace("_", ""));
    }

    /** The numeric value of an {@link Kind#INT} or {@link Kind#FLOAT} scalar. */
    public double doubleValue() {
        return switch (kind) {
            case INT -> integerValue().doubleValue();
            case FLOAT -> switch (text.toLowerCase(Locale.ROOT)) {
                case ".nan" -> Double.NaN;
                case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
                case "-.inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(text.replace("_", ""));
            };
            default -> throw new IllegalStateException("not a number: " + text);
        };
    }

    @Override
    public String kindName() {
        return switch (kind) {
            case STRING -> "string";
            case INT -> "integer";
            case FLOAT -> "number";
            case BOOL -> "boolean";
            case NULL -> "null";
        };
    }

    @Override
    public Object toJava() {
        return switch (kind) {
            case STRING -> text;
            case BOOL -> booleanValue();
            case NULL -> null;
            case FLOAT -> doubleValue();
            case INT -> {
                BigInteger v = integerValue();
                yield v.bitLength() < 64 ? (Object) v.longValue() : v;
            }
        };
    }
}
