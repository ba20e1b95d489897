package io.jenkins.plugins.argoworkflow.ui.view;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.argoworkflow.ui.graph.FoldOptions;
import io.jenkins.plugins.argoworkflow.ui.graph.NodeFinder;
import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The answer to the page's search ({@code GET api/find?q=TEXT&expand=...&collapse=...}, the view's folding):
 * every node whose name contains the text, folded ones included, each with the groups to expand and the
 * Steps/DAG nodes to open so that the view shows it. Every host serves it beside the view, at the path the page
 * reads from its {@code data-find-url}.
 */
public final class FindJson {

    /** The path of searches below the page. */
    public static final String PATH = "api/find";

    private static final JsonFactory FACTORY = new JsonFactory();

    private FindJson() {
    }

    /** {@code {"query", "total", "matches": [{"id", "name", "displayName", "phase", "expand", "open"}]}}. */
    public static byte[] render(RunSnapshot run, FoldOptions fold, String query) {
        NodeFinder.Result result = NodeFinder.find(run, fold, query);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + 160 * result.matches().size());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("query", query == null ? "" : query);
            g.writeNumberField("total", result.total());
            g.writeArrayFieldStart("matches");
            for (NodeFinder.Match m : result.matches()) {
                g.writeStartObject();
                g.writeStringField("id", m.node().id());
                g.writeStringField("name", m.node().name());
                if (m.node().displayName() != null) {
                    g.writeStringField("displayName", m.node().displayName());
                }
                if (m.node().phase() != null) {
                    g.writeStringField("phase", m.node().phase());
                }
                strings(g, "expand", m.expand());
                strings(g, "open", m.open());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
