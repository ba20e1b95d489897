package io.jenkins.plugins.argoworkflow.engine.expr;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * govaluate's tokenizer, with its token-kind transitions (Knetic/govaluate parsing.go and lexerState.go), so that
 * {@code when} expressions are accepted and refused as Argo accepts and refuses them: a bare word is a variable
 * (a string for Argo), a word with a dot is an accessor, operators are runs of symbol characters.
 */
final class GovaluateLexer {

    enum Kind {
        UNKNOWN, PREFIX, NUMERIC, BOOLEAN, STRING, PATTERN, TIME, VARIABLE, FUNCTION, SEPARATOR, ACCESSOR,
        COMPARATOR, LOGICALOP, MODIFIER, CLAUSE, CLAUSE_CLOSE, TERNARY
    }

    record Token(Kind kind, String text, Object value, int pos) {
    }

    private static final Set<String> PREFIXES = Set.of("-", "!", "~");
    private static final Set<String> MODIFIERS = Set.of("+", "-", "*", "/", "%", "**", "&", "|", "^", ">>", "<<");
    private static final Set<String> LOGICAL = Set.of("&&", "||");
    private static final Set<String> COMPARATORS = Set.of("==", "!=", ">", ">=", "<", "<=", "=~", "!~", "in");
    private static final Set<String> TERNARY = Set.of("?", ":", "??");

    private static final Set<Kind> VALUES = EnumSet.of(Kind.PREFIX, Kind.NUMERIC, Kind.BOOLEAN, Kind.VARIABLE,
            Kind.PATTERN, Kind.FUNCTION, Kind.ACCESSOR, Kind.STRING, Kind.TIME, Kind.CLAUSE);
    private static final Map<Kind, Set<Kind>> NEXT = Map.ofEntries(
            Map.entry(Kind.UNKNOWN, VALUES),
            Map.entry(Kind.CLAUSE, with(VALUES, Kind.CLAUSE_CLOSE)),
            Map.entry(Kind.CLAUSE_CLOSE, EnumSet.of(Kind.COMPARATOR, Kind.MODIFIER, Kind.NUMERIC, Kind.BOOLEAN,
                    Kind.VARIABLE, Kind.STRING, Kind.PATTERN, Kind.TIME, Kind.CLAUSE, Kind.CLAUSE_CLOSE,
                    Kind.LOGICALOP, Kind.TERNARY, Kind.SEPARATOR)),
            Map.entry(Kind.NUMERIC, afterValue(true)),
            Map.entry(Kind.BOOLEAN, afterValue(true)),
            Map.entry(Kind.STRING, afterValue(true)),
            Map.entry(Kind.TIME, afterValue(false)),
            Map.entry(Kind.PATTERN, afterValue(false)),
            Map.entry(Kind.VARIABLE, afterValue(true)),
            Map.entry(Kind.MODIFIER, EnumSet.of(Kind.PREFIX, Kind.NUMERIC, Kind.VARIABLE, Kind.FUNCTION,
                    Kind.ACCESSOR, Kind.STRING, Kind.BOOLEAN, Kind.CLAUSE, Kind.CLAUSE_CLOSE)),
            Map.entry(Kind.COMPARATOR, with(with(VALUES, Kind.CLAUSE_CLOSE), Kind.PATTERN)),
            Map.entry(Kind.LOGICALOP, with(VALUES, Kind.CLAUSE_CLOSE)),
            Map.entry(Kind.PREFIX, EnumSet.of(Kind.NUMERIC, Kind.BOOLEAN, Kind.VARIABLE, Kind.FUNCTION,
                    Kind.ACCESSOR, Kind.CLAUSE, Kind.CLAUSE_CLOSE)),
            Map.entry(Kind.TERNARY, EnumSet.of(Kind.PREFIX, Kind.NUMERIC, Kind.BOOLEAN, Kind.STRING, Kind.TIME,
                    Kind.VARIABLE, Kind.FUNCTION, Kind.ACCESSOR, Kind.CLAUSE, Kind.SEPARATOR)),
            Map.entry(Kind.FUNCTION, EnumSet.of(Kind.CLAUSE)),
            Map.entry(Kind.ACCESSOR, EnumSet.of(Kind.CLAUSE, Kind.MODIFIER, Kind.COMPARATOR, Kind.LOGICALOP,
                    Kind.CLAUSE_CLOSE, Kind.TERNARY, Kind.SEPARATOR)),
            Map.entry(Kind.SEPARATOR, EnumSet.of(Kind.PREFIX, Kind.NUMERIC, Kind.BOOLEAN, Kind.STRING, Kind.TIME,
                    Kind.VARIABLE, Kind.FUNCTION, Kind.ACCESSOR, Kind.CLAUSE)));
    private static final Set<Kind> CAN_END = EnumSet.of(Kind.CLAUSE_CLOSE, Kind.NUMERIC, Kind.BOOLEAN, Kind.STRING,
            Kind.TIME, Kind.PATTERN, Kind.VARIABLE, Kind.ACCESSOR);

    private final String text;
    private int pos;

    private GovaluateLexer(String text) {
        this.text = text;
    }

    private static Set<Kind> afterValue(boolean ternary) {
        Set<Kind> s = EnumSet.of(Kind.MODIFIER, Kind.COMPARATOR, Kind.LOGICALOP, Kind.CLAUSE_CLOSE, Kind.SEPARATOR);
        if (ternary) {
            s.add(Kind.TERNARY);
        }
        return s;
    }

    private static Set<Kind> with(Set<Kind> kinds, Kind more) {
        Set<Kind> s = EnumSet.copyOf(kinds);
        s.add(more);
        return s;
    }

    static List<Token> tokens(String text) {
        GovaluateLexer lexer = new GovaluateLexer(text);
        List<Token> out = new ArrayList<>();
        Kind state = Kind.UNKNOWN;
        Token last = null;
        Token token;
        while ((token = lexer.next(state)) != null) {
            if (!NEXT.get(state).contains(token.kind())) {
                throw new ExpressionException("Cannot transition token types from " + state
                        + (last == null ? "" : " [" + last.text() + "]") + " to " + token.kind() + " [" + token.text()
                        + "]; quote values that contain spaces or '-', e.g. '{{inputs.parameters.x}}' == 'a-b'",
                        text, token.pos());
            }
            out.add(token);
            state = token.kind();
            last = token;
        }
        if (out.isEmpty()) {
            throw new ExpressionException("the expression is empty; write a comparison such as "
                    + "\"{{steps.flip.outputs.result}} == heads\"", text, 0);
        }
        if (!CAN_END.contains(state)) {
            throw new ExpressionException("Unexpected end of expression after '" + last.text() + "'", text,
                    text.length());
        }
        return out;
    }

    private Token next(Kind state) {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length()) {
            return null;
        }
        int start = pos;
        char c = text.charAt(pos);
        if (Character.isDigit(c) || c == '.') {
            return number(start);
        }
        if (c == ',') {
            pos++;
            return new Token(Kind.SEPARATOR, ",", ",", start);
        }
        if (c == '[') {
            int end = text.indexOf(']', pos + 1);
            if (end < 0) {
                throw new ExpressionException("Unclosed parameter bracket; close it with ]", text, start);
            }
            pos = end + 1;
            String name = text.substring(start + 1, end);
            return new Token(Kind.VARIABLE, text.substring(start, pos), name, start);
        }
        if (Character.isLetter(c)) {
            return word(start);
        }
        if (c == '\'' || c == '"') {
            return quoted(start);
        }
        if (c == '(' || c == ')') {
            pos++;
            return new Token(c == '(' ? Kind.CLAUSE : Kind.CLAUSE_CLOSE, String.valueOf(c), c, start);
        }
        return symbol(start, state);
    }

    private Token number(int start) {
        if (text.startsWith("0x", pos)) {
            pos += 2;
            while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
                pos++;
            }
            String hex = text.substring(start + 2, pos);
            try {
                return new Token(Kind.NUMERIC, text.substring(start, pos), (double) Long.parseUnsignedLong(hex, 16),
                        start);
            } catch (NumberFormatException e) {
                throw new ExpressionException("Unable to parse hex value '" + hex + "' to uint64", text, start);
            }
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String s = text.substring(start, pos);
        if (!s.matches("\\d*\\.?\\d*") || s.equals(".")) {
            throw new ExpressionException("Unable to parse numeric value '" + s + "' to float64; quote values such "
                    + "as versions, e.g. '{{inputs.parameters.version}}' == '1.2.3'", text, start);
        }
        return new Token(Kind.NUMERIC, s, Double.parseDouble(s), start);
    }

    private Token word(int start) {
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '.')) {
            pos++;
        }
        String w = text.substring(start, pos);
        if (w.equals("true") || w.equals("false")) {
            return new Token(Kind.BOOLEAN, w, Boolean.valueOf(w), start);
        }
        if (w.equals("in") || w.equals("IN")) {
            return new Token(Kind.COMPARATOR, w, "in", start);
        }
        if (w.indexOf('.') > 0) {
            if (w.endsWith(".")) {
                throw new ExpressionException("Hanging accessor on token '" + w + "'; quote the value", text, start);
            }
            String[] parts = w.split("\\.");
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].isEmpty() || Character.isLowerCase(parts[i].charAt(0))) {
                    throw new ExpressionException("Unable to access unexported field '" + parts[i] + "' in token '"
                            + w + "'; a bare word with '.' is not a string in govaluate: quote it, e.g. '" + w + "'",
                            text, start);
                }
            }
            return new Token(Kind.ACCESSOR, w, w, start);
        }
        return new Token(Kind.VARIABLE, w, w, start);
    }

    private Token quoted(int start) {
        char quote = text.charAt(pos);
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < text.length() && text.charAt(pos) != '\'' && text.charAt(pos) != '"') {
            char ch = text.charAt(pos);
            if (ch == '\\' && pos + 1 < text.length()) {
                ch = text.charAt(++pos);
            }
            value.append(ch);
            pos++;
        }
        if (pos >= text.length()) {
            throw new ExpressionException("Unclosed string literal; end it with " + quote, text, start);
        }
        pos++;
        String s = value.toString();
        Double time = parseTime(s);
        return time != null ? new Token(Kind.TIME, text.substring(start, pos), time, start)
                : new Token(Kind.STRING, text.substring(start, pos), s, start);
    }

    private Token symbol(int start, Kind state) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || "()[]'\"".indexOf(c) >= 0) {
                break;
            }
            pos++;
        }
        String s = text.substring(start, pos);
        Kind kind;
        if (NEXT.get(state).contains(Kind.PREFIX) && PREFIXES.contains(s)) {
            kind = Kind.PREFIX;
        } else if (MODIFIERS.contains(s)) {
            kind = Kind.MODIFIER;
        } else if (LOGICAL.contains(s)) {
            kind = Kind.LOGICALOP;
        } else if (COMPARATORS.contains(s)) {
            kind = Kind.COMPARATOR;
        } else if (TERNARY.contains(s)) {
            kind = Kind.TERNARY;
        } else {
            throw new ExpressionException("Invalid token: '" + s + "'; operators are == != < > <= >= =~ !~ && || ! "
                    + "+ - * / and parentheses, separated from values by spaces", text, start);
        }
        return new Token(kind, s, s, start);
    }

    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

    /** govaluate's tryParseTime for the ISO forms: a quoted date is a number of Unix seconds. */
    static Double parseTime(String s) {
        try {
            if (s.length() == 10) {
                return (double) LocalDate.parse(s).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            if (s.indexOf('T') == 10) {
                return (double) OffsetDateTime.parse(s).toEpochSecond();
            }
        } catch (DateTimeParseException e) {
            return null; // not a date: the token stays a string, as in govaluate
        }
        for (DateTimeFormatter f : LOCAL_TIMES) {
            try {
                return (double) LocalDateTime.parse(s, f).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // try the next layout, as govaluate does
            }
        }
        return null;
    }
}
