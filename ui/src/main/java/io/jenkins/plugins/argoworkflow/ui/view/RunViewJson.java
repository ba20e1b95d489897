package io.jenkins.plugins.argoworkflow.ui.view;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.argoworkflow.engine.run.NodeNames;
import io.jenkins.plugins.argoworkflow.ui.graph.BoundaryBoxes;
import io.jenkins.plugins.argoworkflow.ui.graph.FoldOptions;
import io.jenkins.plugins.argoworkflow.ui.graph.Graph;
import io.jenkins.plugins.argoworkflow.ui.graph.GraphBuilder;
import io.jenkins.plugins.argoworkflow.ui.graph.LayeredLayout;
import io.jenkins.plugins.argoworkflow.ui.graph.RunSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON view of a run (version {@value #VERSION}): the workflow, each visible node with its position and
 * everything the side panel shows, the edges with their polylines, and the foldable groups. The page only
 * draws what this says; docs/ARCHITECTURE.md ("The JSON view") documents every field. Fields are added, never
 * renamed or removed, within a version.
 */
public final class RunViewJson {

    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

    /** Sizes of the boxes the page draws, by kind; the page reads them back from the view. */
    static final double NODE_W = 180;
    static final double NODE_H = 36;
    static final double DOT = 14;
    static final double GROUP_W = 200;
    static final double GROUP_H = 40;

    private RunViewJson() {
    }

    /** The view of {@code run} as UTF-8 JSON; {@code revision} names the state it shows. No downloads. */
    public static byte[] render(RunSnapshot run, FoldOptions fold, String revision) {
        return render(run, fold, revision, null);
    }

    /**
     * The view of {@code run} as UTF-8 JSON; {@code revision} names the state it shows. Each artifact kept in
     * the host's artifact repository, whose location kind is {@code artifactKind} (null: the host serves none),
     * carries a {@code downloadUrl} relative to the page ({@link ArtifactDownload#url}).
     */
    public static byte[] render(RunSnapshot run, FoldOptions fold, String revision, String artifactKind) {
        Graph graph = GraphBuilder.build(run, fold);
        double[][] sizes = sizes(graph);
        LayeredLayout.Result layout = layout(graph, sizes[0], sizes[1]);
        List<BoundaryBoxes.Box> boxes = BoundaryBoxes.of(graph, layout, sizes[0], sizes[1]);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 600 * graph.vertices().size());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            new Writer(g, run, graph, layout, boxes, artifactKind).write(fold, revision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static LayeredLayout.Result layout(Graph graph) {
        double[][] sizes = sizes(graph);
        return layout(graph, sizes[0], sizes[1]);
    }

    /** The width and height of each vertex, by kind. */
    private static double[][] sizes(Graph graph) {
        int size = graph.vertices().size();
        double[] w = new double[size];
        double[] h = new double[size];
        for (int i = 0; i < size; i++) {
            switch (graph.vertices().get(i).kind()) {
                case DOT -> {
                    w[i] = DOT;
                    h[i] = DOT;
                }
                case GROUP -> {
                    w[i] = GROUP_W;
                    h[i] = GROUP_H;
                }
                default -> {
                    w[i] = NODE_W;
                    h[i] = NODE_H;
                }
            }
        }
        return new double[][] {w, h};
    }

    private static LayeredLayout.Result layout(Graph graph, double[] w, double[] h) {
        int[] from = new int[graph.edges().size()];
        int[] to = new int[from.length];
        for (int e = 0; e < from.length; e++) {
            from[e] = graph.edges().get(e).from();
            to[e] = graph.edges().get(e).to();
        }
        List<Graph.Boundary> boundaries = graph.boundaries();
        int[][] clusters = new int[boundaries.size()][];
        double[] pad = new double[clusters.length];
        for (int c = 0; c < clusters.length; c++) {
            Graph.Boundary b = boundaries.get(c);
            clusters[c] = java.util.Arrays.copyOf(b.members(), b.members().length + 1);
            clusters[c][b.members().length] = b.vertex();
            pad[c] = BoundaryBoxes.padding(b);
        }
        return LayeredLayout.layout(w, h, from, to, LayeredLayout.Spacing.DEFAULT, clusters, pad);
    }

    /** One rendering: the generator and what it writes from. */
    private record Writer(JsonGenerator g, RunSnapshot run, Graph graph, LayeredLayout.Result layout,
            List<BoundaryBoxes.Box> boxes, String artifactKind) {

        void write(FoldOptions fold, String revision) throws IOException {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeStringField("revision", revision);
            workflow();
            g.writeNumberField("threshold", fold.threshold());
            g.writeNumberField("width", Math.round(layout.width()));
            g.writeNumberField("height", Math.round(layout.height()));
            nodes();
            edges();
            groups();
            boundaries();
            g.writeEndObject();
        }

        /** The boxes around Steps and DAG insides, outermost first. */
        private void boundaries() throws IOException {
            g.writeArrayFieldStart("boundaries");
            for (BoundaryBoxes.Box box : boxes) {
                Graph.Vertex v = graph.vertices().get(box.boundary().vertex());
                g.writeStartObject();
                g.writeStringField("id", box.boundary().nodeId());
                string("phase", v.node().phase());
                g.writeNumberField("level", box.boundary().level());
                g.writeNumberField("x", Math.round(box.x()));
                g.writeNumberField("y", Math.round(box.y()));
                g.writeNumberField("width", Math.round(box.width()));
                g.writeNumberField("height", Math.round(box.height()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void workflow() throws IOException {
            g.writeObjectFieldStart("workflow");
            g.writeStringField("name", run.workflowName());
            string("phase", run.phase());
            string("startedAt", run.startedAt());
            string("finishedAt", run.finishedAt());
            duration(run.startedAt(), run.finishedAt());
            string("message", run.message());
            string("progress", run.progress());
            json("outputs", run.outputs());
            g.writeNumberField("nodeCount", run.nodes().size());
            g.writeEndObject();
        }

        private void nodes() throws IOException {
            Map<String, RunSnapshot.Node> retryParents = retryParents();
            g.writeArrayFieldStart("nodes");
            for (int i = 0; i < graph.vertices().size(); i++) {
                Graph.Vertex v = graph.vertices().get(i);
                g.writeStartObject();
                if (v.node() == null) {
                    groupVertex(v.group());
                } else {
                    node(v.node(), retryParents.get(v.node().id()));
                    if (v.group() != null) {
                        g.writeStringField("folded", v.group().id());
                    }
                }
                g.writeStringField("kind", v.kind().name().toLowerCase(java.util.Locale.ROOT));
                g.writeNumberField("x", Math.round(layout.x()[i]));
                g.writeNumberField("y", Math.round(layout.y()[i]));
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void groupVertex(Graph.Group group) throws IOException {
            g.writeStringField("id", group.id());
            g.writeStringField("type", "Group");
            g.writeStringField("displayName", (group.label() == null ? "" : group.label() + " ")
                    + "\u00d7" + group.members());
            g.writeStringField("phase", group.phase());
            g.writeStringField("group", group.id());
        }

        private void node(RunSnapshot.Node n, RunSnapshot.Node retryParent) throws IOException {
            g.writeStringField("id", n.id());
            g.writeStringField("name", n.name());
            string("displayName", n.displayName());
            string("type", n.type());
            string("templateName", n.templateName());
            string("phase", n.phase());
            string("boundaryID", n.boundaryId());
            string("message", n.message());
            string("startedAt", n.startedAt());
            string("finishedAt", n.finishedAt());
            duration(n.startedAt(), n.finishedAt());
            if ("Pod".equals(n.type())) {
                g.writeStringField("podName", NodeNames.podName(run.workflowName(), n.name(), n.templateName()));
            }
            string("podIP", n.podIp());
            string("hostNodeName", n.hostNodeName());
            string("exitCode", n.exitCode());
            if ("Retry".equals(n.type())) {
                g.writeNumberField("retries", Math.max(0, n.children().size() - 1));
            }
            if (retryParent != null) {
                g.writeNumberField("attempt", retryParent.children().indexOf(n.id()));
            }
            io("inputs", n.id(), n.inputs());
            io("outputs", n.id(), n.outputs());
            if (!n.children().isEmpty()) {
                g.writeArrayFieldStart("children");
                for (String c : n.children()) {
                    g.writeString(c);
                }
                g.writeEndArray();
            }
        }

        /** The Retry node above each attempt, so an attempt can say which one it is. */
        private Map<String, RunSnapshot.Node> retryParents() {
            Map<String, RunSnapshot.Node> parents = new HashMap<>();
            for (RunSnapshot.Node n : run.nodes()) {
                if ("Retry".equals(n.type())) {
                    n.children().forEach(c -> parents.put(c, n));
                }
            }
            return parents;
        }

        private void edges() throws IOException {
            g.writeArrayFieldStart("edges");
            List<Graph.Edge> edges = graph.edges();
            for (int e = 0; e < edges.size(); e++) {
                g.writeStartObject();
                g.writeStringField("from", graph.vertices().get(edges.get(e).from()).id());
                g.writeStringField("to", graph.vertices().get(edges.get(e).to()).id());
                g.writeArrayFieldStart("points");
                for (double p : layout.edgePoints().get(e)) {
                    g.writeNumber(Math.round(p));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void groups() throws IOException {
            g.writeArrayFieldStart("groups");
            for (Graph.Group group : graph.groups()) {
                g.writeStartObject();
                g.writeStringField("id", group.id());
                g.writeStringField("parentID", group.parentId());
                g.writeStringField("kind", group.kind());
                string("label", group.label());
                g.writeNumberField("members", group.members());
                g.writeNumberField("hidden", group.hidden());
                g.writeObjectFieldStart("phases");
                for (Map.Entry<String, Integer> p : group.phases().entrySet()) {
                    g.writeNumberField(p.getKey(), p.getValue());
                }
                g.writeEndObject();
                g.writeStringField("phase", group.phase());
                g.writeBooleanField("collapsed", group.collapsed());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void duration(String startedAt, String finishedAt) throws IOException {
            if (startedAt == null || finishedAt == null) {
                return;
            }
            try {
                g.writeNumberField("duration",
                        Duration.between(Instant.parse(startedAt), Instant.parse(finishedAt)).toSeconds());
            } catch (DateTimeParseException e) {
                // A status from elsewhere with a time we cannot read: the page shows the two times only.
                g.writeNullField("duration");
            }
        }

        /** A node's inputs or outputs as Argo wrote them, each artifact in the host's repository with its link. */
        private void io(String field, String nodeId, JsonNode value) throws IOException {
            JsonNode artifacts = value == null ? null : value.get("artifacts");
            if (artifactKind == null || artifacts == null || !artifacts.isArray()) {
                json(field, value);
                return;
            }
            g.writeObjectFieldStart(field);
            for (Map.Entry<String, JsonNode> f : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
                if (!f.getKey().equals("artifacts")) {
                    g.writeFieldName(f.getKey());
                    g.writeTree(f.getValue());
                    continue;
                }
                g.writeArrayFieldStart("artifacts");
                for (JsonNode a : artifacts) {
                    if (!a.isObject() || ArtifactDownload.keyIn(a, artifactKind) == null || !a.hasNonNull("name")) {
                        g.writeTree(a);
                        continue;
                    }
                    g.writeStartObject();
                    for (Map.Entry<String, JsonNode> af : (Iterable<Map.Entry<String, JsonNode>>) a::fields) {
                        g.writeFieldName(af.getKey());
                        g.writeTree(af.getValue());
                    }
                    g.writeStringField("downloadUrl", ArtifactDownload.url(nodeId, field, a.get("name").asText()));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }

        private void json(String field, JsonNode value) throws IOException {
            if (value != null && !value.isNull()) {
                g.writeFieldName(field);
                g.writeTree(value);
            }
        }

        private void string(String field, String value) throws IOException {
            if (value != null && !value.isEmpty()) {
                g.writeStringField(field, value);
            }
        }
    }
}
