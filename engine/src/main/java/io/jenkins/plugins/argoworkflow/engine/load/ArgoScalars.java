package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How Argo sees a YAML scalar in a field it types as a string. sigs.k8s.io/yaml converts YAML to JSON
 * looking at the Go field it is headed for: when that field is a string, a resolved int is written in
 * decimal ({@code 010} becomes {@code "8"}, {@code 0x1F} becomes {@code "31"}), a float with Go's
 * {@code strconv.FormatFloat(f, 'g', -1, 32)} ({@code 1.0} becomes {@code "1"}, {@code 1e3} becomes
 * {@code "1000"}), a boolean as {@code "true"}/{@code "false"} ({@code yes} becomes {@code "true"}).
 * Quoted scalars keep their text. docs/COMPATIBILITY.md states the rule per field.
 */
public final class ArgoScalars {

    private ArgoScalars() {
    }

    /** The string a Go string field receives; {@code null} for a YAML null (the field stays unset). */
    public static String asGoString(YScalar scalar) {
        return switch (scalar.kind()) {
            case STRING -> scalar.text();
            case NULL -> null;
            case BOOL -> scalar.booleanValue() ? "true" : "false";
            case INT -> scalar.integerValue().toString();
            case FLOAT -> formatFloat32g(scalar.doubleValue());
        };
    }

    /** Go's {@code strconv.FormatFloat(v, 'g', -1, 32)}: shortest float32 digits, %e past exponent 6 or below -4. */
    static String formatFloat32g(double value) {
        float f = (float) value;
        if (Float.isNaN(f)) {
            return "NaN";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "+Inf" : "-Inf";
        }
        if (f == 0) {
            return (1 / f) < 0 ? "-0" : "0";
        }
        BigDecimal shortest = new BigDecimal(Float.toString(Math.abs(f))).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String sign = f < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 6) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format("%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        return sign + shortest.toPlainString();
    }

    /** The value a Go integer field receives: integers, and floats with no fraction (JSON 3.0 decodes as 3). */
    public static BigInteger asGoInteger(YScalar scalar) {
        return switch (scalar.kind()) {
            case INT -> scalar.integerValue();
            case FLOAT -> {
                double d = scalar.doubleValue();
                if (Double.isFinite(d) && d == Math.rint(d)) {
                    yield BigDecimal.valueOf(d).toBigIntegerExact();
                }
                yield null;
            }
            default -> null;
        };
    }
}
