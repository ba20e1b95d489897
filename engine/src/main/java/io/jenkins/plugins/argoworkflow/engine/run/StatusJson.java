package io.jenkins.plugins.argoworkflow.engine.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.argoworkflow.engine.model.ArchiveStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.ArtifactLocation;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes a {@link WorkflowStatus} as Argo's {@code status} JSON: Argo's field names and order, timestamps
 * in RFC 3339 UTC with seconds ({@code null} when unset, as Go writes a zero time), empty fields left out
 * as Go's {@code omitempty} does. Streams, so a status of thousands of nodes builds no tree in memory.
 */
public final class StatusJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private StatusJson() {
    }

    public static String toJson(WorkflowStatus status, boolean pretty) {
        StringWriter out = new StringWriter();
        write(status, out, pretty);
        return out.toString();
    }

    public static void write(WorkflowStatus status, Writer out, boolean pretty) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            write(status, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the status object at the generator's current position. */
    public static void write(WorkflowStatus status, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (status.phase() != null) {
            g.writeStringField("phase", status.phase().argoName());
        }
        time(g, "startedAt", status.startedAt());
        time(g, "finishedAt", status.finishedAt());
        string(g, "progress", workflowProgress(status));
        string(g, "message", status.message());
        g.writeObjectFieldStart("nodes");
        for (NodeStatus node : status.nodes()) {
            g.writeFieldName(node.id());
            node(g, node);
        }
        g.writeEndObject();
        io(g, "outputs", status.outputs());
        g.writeEndObject();
    }

    private static void node(JsonGenerator g, NodeStatus n) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", n.id());
        g.writeStringField("name", n.name());
        string(g, "displayName", n.displayName());
        g.writeStringField("type", n.type().argoName());
        string(g, "templateName", n.templateName());
        templateRef(g, n.templateRef());
        string(g, "templateScope", n.templateScope());
        g.writeStringField("phase", n.phase().argoName());
        string(g, "boundaryID", n.boundaryId());
        string(g, "message", n.message());
        time(g, "startedAt", n.startedAt());
        time(g, "finishedAt", n.finishedAt());
        if (n.type().executable()) {
            g.writeStringField("progress", done(n) ? "1/1" : "0/1");
        }
        string(g, "podIP", n.podIp());
        if (n.daemoned()) {
            g.writeBooleanField("daemoned", true);
        }
        nodeFlag(g, n);
        io(g, "inputs", n.inputs());
        io(g, "outputs", n.outputs());
        ids(g, "children", n.children());
        ids(g, "outboundNodes", n.outboundNodes());
        string(g, "hostNodeName", n.hostNodeName());
        g.writeEndObject();
    }

    /**
     * Argo's workflow progress: of the nodes that do work (pods, containers, suspends...), how many are done
     * out of how many there are; null before any exists.
     */
    private static String workflowProgress(WorkflowStatus status) {
        int total = 0;
        int done = 0;
        for (NodeStatus n : status.nodes()) {
            if (n.type().executable()) {
                total++;
                done += done(n) ? 1 : 0;
            }
        }
        return total == 0 ? null : done + "/" + total;
    }

    /** Argo counts a node's work done when it Succeeded, or was Skipped or Omitted. */
    private static boolean done(NodeStatus n) {
        return n.phase() == NodePhase.SUCCEEDED || n.phase() == NodePhase.SKIPPED || n.phase() == NodePhase.OMITTED;
    }

    /** Argo sets nodeFlag on hook and retry nodes, and an empty one on skipped and group nodes. */
    private static void nodeFlag(JsonGenerator g, NodeStatus n) throws IOException {
        boolean emptyFlag = n.type() == NodeType.SKIPPED || n.type() == NodeType.STEP_GROUP
                || n.type() == NodeType.TASK_GROUP;
        if (!n.hooked() && !n.retried() && !emptyFlag) {
            return;
        }
        g.writeObjectFieldStart("nodeFlag");
        if (n.hooked()) {
            g.writeBooleanField("hooked", true);
        }
        if (n.retried()) {
            g.writeBooleanField("retried", true);
        }
        g.writeEndObject();
    }

    private static void templateRef(JsonGenerator g, TemplateRef ref) throws IOException {
        if (ref == null) {
            return;
        }
        g.writeObjectFieldStart("templateRef");
        string(g, "name", ref.name());
        string(g, "template", ref.template());
        if (ref.clusterScope()) {
            g.writeBooleanField("clusterScope", true);
        }
        g.writeEndObject();
    }

    private static void io(JsonGenerator g, String field, NodeIo io) throws IOException {
        if (io == null || io.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(field);
        if (!io.parameters().isEmpty()) {
            g.writeArrayFieldStart("parameters");
            for (NodeIo.Parameter p : io.parameters()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                string(g, "value", p.value());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!io.artifacts().isEmpty()) {
            g.writeArrayFieldStart("artifacts");
            for (NodeIo.Artifact a : io.artifacts()) {
                g.writeStartObject();
                g.writeStringField("name", a.name());
                string(g, "path", a.path());
                g.writeObjectFieldStart(a.kind());
                g.writeStringField(ArtifactLocation.valueField(a.kind()), a.value() == null ? "" : a.value());
                g.writeEndObject();
                if (a.archive() == ArchiveStrategy.Kind.NONE) {
                    g.writeObjectFieldStart("archive");
                    g.writeObjectFieldStart("none");
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        string(g, "result", io.result());
        string(g, "exitCode", io.exitCode());
        g.writeEndObject();
    }

    private static void ids(JsonGenerator g, String field, List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (String id : ids) {
            g.writeString(id);
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }

    private static void time(JsonGenerator g, String field, Instant t) throws IOException {
        if (t == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, t.truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }
}
