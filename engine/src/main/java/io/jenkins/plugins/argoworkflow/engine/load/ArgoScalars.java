package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How Argo sees a YAML scalar, field type by field type. Argo turns YAML into JSON with sigs.k8s.io/yaml's
 * {@code YAMLToJSON} (go-yaml v2 types the scalars; no target type is consulted) and then decodes the JSON
 * strictly into its Go types. So:
 * <ul>
 * <li>a Go {@code string} field takes only YAML strings: {@code image: 123} or {@code labels: {a: true}}
 *     fail to decode in Argo, and are errors here;</li>
 * <li>Argo's {@code AnyString} fields (parameter {@code value}, {@code default}, {@code enum},
 *     {@code valueFrom.default}) also take numbers and booleans, as the text of their JSON form:
 *     {@code 010} is {@code "8"}, {@code 0x1F} is {@code "31"}, {@code 1.0} is {@code "1"}, {@code 1e3} is
 *     {@code "1000"}, {@code 1e-7} is {@code "0.0000001"}, {@code yes} is {@code "true"};</li>
 * <li>integer fields take integers and floats without a fraction ({@code 3.0} is JSON {@code 3}).</li>
 * </ul>
 * docs/COMPATIBILITY.md states the rule for users.
 */
public final class ArgoScalars {

    private ArgoScalars() {
    }

    /** The value of a Go string field: only strings; {@code null} for YAML null and for other types (an error). */
    public static String asGoString(YScalar scalar) {
        return scalar.kind() == YScalar.Kind.STRING ? scalar.text() : null;
    }

    /**
     * The value of an Argo AnyString field, or {@code null} for YAML null. Infinity and NaN have no JSON form
     * (Argo fails to convert the document) and give {@code null} too; the caller reports them.
     */
    public static String asAnyString(YScalar scalar) {
        return switch (scalar.kind()) {
            case STRING -> scalar.text();
            case NULL -> null;
            case BOOL -> scalar.booleanValue() ? "true" : "false";
            case INT, FLOAT -> Double.isFinite(scalar.doubleValue()) ? formatAnyStringNumber(scalar.doubleValue()) : null;
        };
    }

    /**
     * AnyString.UnmarshalJSON decodes every number as a float64 and prints it with
     * {@code strconv.FormatFloat(v, 'f', -1, 64)}: shortest digits, never an exponent, and integers past
     * 2^53 rounded ({@code 9223372036854775807} reads as {@code "9223372036854776000"}).
     */
    static String formatAnyStringNumber(double value) {
        if (value == 0) {
            return (1 / value) < 0 ? "-0" : "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /**
     * Go's {@code json.Marshal} of a float64, which is what Argo's YAML-to-JSON step writes for a YAML float:
     * shortest digits, plain from 1e-6 up to 1e21, else an exponent without leading zeros ({@code 1e-7},
     * {@code 1e+21}).
     */
    public static String goJsonFloat(double value) {
        if (value == 0) {
            return (1 / value) < 0 ? "-0" : "0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String sign = value < 0 ? "-" : "";
        double abs = Math.abs(value);
        if (abs >= 1e-6 && abs < 1e21) {
            return sign + shortest.toPlainString();
        }
        String digits = shortest.unscaledValue().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
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
