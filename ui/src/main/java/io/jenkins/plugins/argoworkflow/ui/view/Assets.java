package io.jenkins.plugins.argoworkflow.ui.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The page's static files (graph.js, graph.css) and its HTML shell. Every host serves the same files; the
 * shell carries the URLs and the action token in {@code data-*} attributes, so the page needs no inline script
 * or style and runs under a strict Content-Security-Policy (Jenkins's included).
 */
public final class Assets {

    private static final String BASE = "/io/jenkins/plugins/argoworkflow/ui/assets/";
    private static final Map<String, String> TYPES = Map.of(
            "graph.js", "text/javascript; charset=utf-8",
            "graph.css", "text/css; charset=utf-8");

    /** The Content-Security-Policy the dashboard serves its page with: nothing inline, nothing from elsewhere. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    private Assets() {
    }

    /** A static file by name and its content type, or empty for a name that is not one. */
    public static Optional<Asset> get(String name) {
        String type = TYPES.get(name);
        return type == null ? Optional.empty() : Optional.of(new Asset(read(name), type));
    }

    /** A file and its content type. */
    public record Asset(byte[] bytes, String contentType) {
    }

    /**
     * The page: {@code title} shown in the browser's tab, {@code urls} the {@code data-*} attributes the script
     * reads (view, log, action, static), {@code token} sent back with every action. All values are escaped.
     */
    public static String page(String title, String staticUrl, Map<String, String> dataAttributes) {
        StringBuilder data = new StringBuilder();
        dataAttributes.forEach((k, v) -> data.append(" data-").append(k).append("=\"").append(escape(v)).append('"'));
        return new String(read("page.html"), StandardCharsets.UTF_8)
                .replace("@TITLE@", escape(title))
                .replace("@STATIC@", escape(staticUrl))
                .replace("@DATA@", data.toString());
    }

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing asset " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
