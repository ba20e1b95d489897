package io.jenkins.plugins.argoworkflow.engine.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code {{...}}} tags of a string, found as Argo's fasttemplate finds them: a tag runs from
 * {@code {{} to the next {@code }}}; an unclosed {@code {{} ends the search.
 */
public final class Tags {

    /** A tag's text between the braces and the offset of its opening braces. */
    public record Tag(String text, int offset) {
        public boolean isExpression() {
            return text.stripLeading().startsWith("=");
        }
    }

    private Tags() {
    }

    public static List<Tag> of(String s) {
        List<Tag> tags = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = s.indexOf("{{", from);
            if (start < 0) {
                return tags;
            }
            int end = s.indexOf("}}", start + 2);
            if (end < 0) {
                return tags;
            }
            tags.add(new Tag(s.substring(start + 2, end), start));
            from = end + 2;
        }
    }

    /** {@code s} with every tag replaced by {@code placeholder}, for parsing the text around the tags. */
    public static String substitute(String s, String placeholder) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int start = s.indexOf("{{", from);
            int end = start < 0 ? -1 : s.indexOf("}}", start + 2);
            if (end < 0) {
                return out.append(s.substring(from)).toString();
            }
            out.append(s, from, start).append(placeholder);
            from = end + 2;
        }
    }
}
